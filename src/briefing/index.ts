import { analyzeClaims, contentStems, cosine, type ClaimAnalysis, type Unit } from '../claims/index.js';
import { defaultOptions, type ParallaxOptions } from '../core/options.js';
import type { Claim, Coverage } from '../core/types.js';
import { compareSources } from './comparison.js';
import type { BriefingJson } from './schema.js';
import { groupBySpeaker } from './speakers.js';
import { summarize, SUMMARY } from './summary.js';
import { buildTimeline } from './timeline.js';
import { cleanTitle } from './title.js';
import { wordCount } from './words.js';

export { BriefingSchema, type BriefingJson } from './schema.js';
export { summarize } from './summary.js';
export { cleanTitle } from './title.js';
export { wordCount } from './words.js';

/** Key claims: every corroborated or disputed claim, then single-source ones up to this many in all. */
export const KEY_CLAIMS = 8;

/**
 * The claims' sentences. Claims the pipeline already built (`coverage.claims`) are
 * matched back to sentences through their citations, so the briefing describes exactly
 * those claims; otherwise the claims stage runs here.
 */
function claimsWithUnits(coverage: Coverage): { analysis: ClaimAnalysis; claims: Claim[] } {
  const analysis = analyzeClaims(coverage);
  if (coverage.claims.length === 0) return { analysis, claims: analysis.claims };
  const bySpan = new Map(analysis.units.map((u) => [`${u.doc} ${u.span.start} ${u.span.end}`, u]));
  const unitsOf = new Map<string, Unit[]>();
  for (const c of coverage.claims) {
    const units = c.support.flatMap((s) => bySpan.get(`${s.doc} ${s.span.start} ${s.span.end}`) ?? []);
    unitsOf.set(c.id, units);
  }
  return { analysis: { ...analysis, unitsOf, claims: coverage.claims }, claims: coverage.claims };
}

function addInto(sum: Map<string, number>, v: Map<string, number>): void {
  for (const [k, x] of v) sum.set(k, (sum.get(k) ?? 0) + x);
}

/** The event's centroid: the sum of the TF-IDF vectors of all its sentences. */
function centroidOf(analysis: ClaimAnalysis): Map<string, number> {
  const centroid = new Map<string, number>();
  for (const u of analysis.units) addInto(centroid, analysis.similarity.vector(u));
  return centroid;
}

/**
 * How central each claim is to the event: its best sentence's similarity to the
 * centroid, halved for fragments ("US President Joe Biden said,") so that full
 * sentences come first.
 */
function centrality(analysis: ClaimAnalysis, centroid: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [id, units] of analysis.unitsOf) {
    const score = (u: Unit) =>
      cosine(analysis.similarity.vector(u), centroid) * (wordCount(u.text) < SUMMARY.minWords ? 0.5 : 1);
    out.set(id, Math.max(0, ...units.map(score)));
  }
  return out;
}

function headlineOf(coverage: Coverage, analysis: ClaimAnalysis, centroid: Map<string, number>, fallback?: Claim): string {
  let best: string | undefined;
  let bestScore = -1;
  for (const doc of coverage.docs) {
    const title = doc.title?.trim() ? cleanTitle(doc.title.trim(), doc.site) : undefined;
    if (!title) continue;
    const score = cosine(analysis.similarity.vectorOf(contentStems(title, doc.language)), centroid);
    if (score > bestScore) {
      best = title;
      bestScore = score;
    }
  }
  return best ?? fallback?.text ?? 'Untitled coverage';
}

/** The briefing of one event: what is established, what rests on one source, what is contested, every line cited. */
export function buildBriefing(
  coverage: Coverage,
  options: Pick<ParallaxOptions, 'summaryWords'> = defaultOptions,
): BriefingJson {
  const { analysis, claims } = claimsWithUnits(coverage);
  const centroid = centroidOf(analysis);
  const central = centrality(analysis, centroid);
  // Most sources first; among equals, the most central to the event.
  const ranked = [...claims].sort((a, b) => b.sources - a.sources || (central.get(b.id) ?? 0) - (central.get(a.id) ?? 0));
  const keyClaims = [
    ...ranked.filter((c) => c.status !== 'single-source'),
    ...ranked.filter((c) => c.status === 'single-source'),
  ].slice(0, Math.max(KEY_CLAIMS, ranked.filter((c) => c.status !== 'single-source').length));

  return {
    schema: 'parallax/briefing@1',
    headline: headlineOf(coverage, analysis, centroid, keyClaims[0]),
    summary: summarize(coverage, analysis, claims, options.summaryWords),
    documents: coverage.docs.map((d) => ({
      id: d.id,
      input: d.input,
      title: d.title ?? null,
      site: d.site ?? null,
      source: d.source,
      url: d.url ?? null,
      published: d.published ?? null,
      author: d.author ?? [],
      language: d.language ?? null,
      pageType: d.pageType,
      text: d.text,
    })),
    entities: coverage.entities.map((e) => ({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      roles: e.roles,
      mentions: e.mentions.length,
    })),
    statements: coverage.docs.flatMap((d) =>
      (d.statements ?? []).map((s) => ({
        id: s.id,
        doc: s.doc,
        speaker: { entity: s.speaker.entity ?? null, name: s.speaker.name ?? null, span: s.speaker.span ?? null },
        text: s.text,
        span: s.span,
        kind: s.kind,
        cue: { text: s.cue.text, lemma: s.cue.lemma, span: s.cue.span ?? null },
      })),
    ),
    claims: ranked.map((c) => ({
      id: c.id,
      text: c.text,
      status: c.status,
      sources: c.sources,
      support: c.support,
      attribution: c.attribution
        ? { entity: c.attribution.entity ?? null, name: c.attribution.name, mention: c.attribution.mention ?? null }
        : null,
      sides: c.sides ?? null,
    })),
    messages: coverage.messages.map((m) => ({
      severity: m.severity,
      stage: m.stage,
      input: m.input,
      doc: m.doc ?? null,
      text: m.text,
    })),
    keyClaims: keyClaims.map((c) => c.id),
    speakers: groupBySpeaker(coverage),
    comparison: compareSources(coverage, ranked),
    timeline: buildTimeline(analysis),
  };
}
