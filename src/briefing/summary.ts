import { cosine, type ClaimAnalysis, type Unit } from '../claims/index.js';
import type { Claim } from '../core/types.js';
import type { BriefingJson } from './schema.js';

/** Weights of the sentence selection (maximal marginal relevance). */
export const SUMMARY = {
  /** Relevance against redundancy: 1 ignores redundancy, 0 ignores relevance. */
  lambda: 0.7,
  /** Each further independent source behind a sentence's claim adds this share to its relevance. */
  corroboration: 0.25,
  /** Relevance falls with the sentence's position in its document: 1 / (1 + decay * position). */
  positionDecay: 0.15,
  /** Relevance is divided by length^this: dense sentences beat long ones under a word budget. */
  lengthPenalty: 0.6,
  /** Shorter sentences are fragments ("Biden thanked Putin,"), not summary material. */
  minWords: 8,
  /** At most this many sentences, however large the budget: a summary is read at a glance. */
  maxItems: 5,
  /** A sentence cut at a clause boundary to fill the budget keeps at least this many words. */
  minExcerptWords: 5,
};

type SummaryItem = BriefingJson['summary'][number];

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The claim a sentence states: of the claims it supports, the one with most sources. */
export function claimsBySentence(analysis: ClaimAnalysis, claims: Claim[]): Map<Unit, Claim> {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const out = new Map<Unit, Claim>();
  for (const [id, units] of analysis.unitsOf) {
    const claim = byId.get(id);
    if (!claim) continue;
    for (const u of units) {
      const current = out.get(u);
      if (!current || claim.sources > current.sources) out.set(u, claim);
    }
  }
  return out;
}

function addInto(sum: Map<string, number>, v: Map<string, number>): void {
  for (const [k, x] of v) sum.set(k, (sum.get(k) ?? 0) + x);
}

/** The event's centroid: the sum of the TF-IDF vectors of all its sentences. */
export function centroidOf(analysis: ClaimAnalysis): Map<string, number> {
  const centroid = new Map<string, number>();
  for (const u of analysis.units) addInto(centroid, analysis.similarity.vector(u));
  return centroid;
}

/**
 * For each document, the centroid of the other documents: a sentence is relevant when
 * it says what the rest of the coverage says, not what its own outlet repeats.
 */
function crossCentroids(analysis: ClaimAnalysis): Map<string, Map<string, number>> {
  const total = centroidOf(analysis);
  const own = new Map<string, Map<string, number>>();
  for (const u of analysis.units) {
    const sum = own.get(u.doc) ?? new Map<string, number>();
    addInto(sum, analysis.similarity.vector(u));
    own.set(u.doc, sum);
  }
  const out = new Map<string, Map<string, number>>();
  for (const [doc, sum] of own) {
    if (own.size === 1) {
      out.set(doc, total);
      continue;
    }
    const rest = new Map(total);
    for (const [k, x] of sum) rest.set(k, (rest.get(k) ?? 0) - x);
    out.set(doc, rest);
  }
  return out;
}

/** The statement's speaker, when the sentence reports it without naming them (a quote paragraph). */
function unnamedSpeaker(u: Unit): string | undefined {
  const span = u.statement?.speaker.span;
  if (!u.speaker || (span && span.start >= u.span.start && span.end <= u.span.end)) return undefined;
  return u.speaker.name;
}

/** The longest prefix of the sentence that ends at a clause boundary, outside quotation marks, with at most `words` words. */
function clausePrefix(unit: Unit, words: number): { start: number; end: number } | undefined {
  let best: number | undefined;
  let count = 0;
  let quotes = 0; // open quotation marks: a cut inside a quotation would leave it unclosed
  for (const m of unit.text.matchAll(/\S+/g)) {
    count++;
    if (count > words) break;
    for (const c of m[0]) {
      if (c === '“' || c === '«') quotes++;
      else if ((c === '”' || c === '»') && quotes > 0) quotes--;
      else if (c === '"') quotes = quotes > 0 ? quotes - 1 : 1;
    }
    if (count >= SUMMARY.minExcerptWords && quotes === 0 && /[,;:—–]$/.test(m[0])) best = m.index + m[0].length - 1;
  }
  return best === undefined ? undefined : { start: unit.span.start, end: unit.span.start + best };
}

interface Candidate {
  unit: Unit;
  claim?: Claim;
  relevance: number;
  length: number;
}

/**
 * Extractive summary under a word budget: sentences picked by maximal marginal relevance
 * (relevance to what the other outlets say, raised for corroborated claims and lead
 * sentences, against redundancy with what is already picked), one per claim, disputed
 * claims left to the disagreements section. A sentence that does not fit may end the
 * summary cut at a clause boundary (`excerpt`). Each item cites its own words first,
 * then the other outlets' sentences of the same claim.
 */
export function summarize(analysis: ClaimAnalysis, claims: Claim[], words: number): SummaryItem[] {
  const claimOf = claimsBySentence(analysis, claims);
  const centroids = crossCentroids(analysis);
  const candidates: Candidate[] = analysis.units
    .filter((u) => !u.heading && !u.features.question && claimOf.get(u)?.status !== 'disputed')
    .filter((u) => wordCount(u.text) >= SUMMARY.minWords)
    .map((u) => {
      const claim = claimOf.get(u);
      const length = wordCount(u.text);
      const relevance =
        (cosine(analysis.similarity.vector(u), centroids.get(u.doc)!) * (1 + SUMMARY.corroboration * ((claim?.sources ?? 1) - 1))) /
        (1 + SUMMARY.positionDecay * u.position) /
        Math.pow(length, SUMMARY.lengthPenalty);
      return { unit: u, claim, relevance, length };
    });
  const top = Math.max(...candidates.map((c) => c.relevance), 1e-9);
  const chosen: { candidate: Candidate; span: { start: number; end: number } }[] = [];
  let left = words;
  const open = new Set(candidates);
  while (open.size > 0 && left > 0 && chosen.length < SUMMARY.maxItems) {
    let best: Candidate | undefined;
    let bestScore = -Infinity;
    for (const c of open) {
      let redundancy = 0;
      for (const x of chosen) redundancy = Math.max(redundancy, analysis.similarity.compare(c.unit, x.candidate.unit).score);
      const score = SUMMARY.lambda * (c.relevance / top) - (1 - SUMMARY.lambda) * redundancy;
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (!best) break;
    open.delete(best);
    // The first sentence is taken even when alone it is over budget: a summary is never empty.
    if (best.length <= left || chosen.length === 0) {
      chosen.push({ candidate: best, span: best.unit.span });
      left -= best.length;
      for (const c of open) if (c.claim && c.claim === best.claim) open.delete(c);
      continue;
    }
    const prefix = clausePrefix(best.unit, left);
    if (prefix) {
      chosen.push({ candidate: best, span: prefix });
      break;
    }
  }
  return chosen.map(({ candidate: { unit, claim }, span }) => {
    const others = (claim?.support ?? []).filter((s) => s.doc !== unit.doc);
    const support = [{ doc: unit.doc, span }, ...others.map((s) => ({ doc: s.doc, span: { ...s.span } }))];
    const item: SummaryItem = { text: unit.text.slice(span.start - unit.span.start, span.end - unit.span.start), support };
    if (span.end < unit.span.end) item.excerpt = true;
    if (claim) {
      item.claim = claim.id;
      item.sources = claim.sources;
    }
    const speaker = unnamedSpeaker(unit);
    if (speaker) item.speaker = speaker;
    return item;
  });
}
