import { leansOnContext, speakerMention, type ClaimAnalysis, type Unit } from '../claims/index.js';
import type { Claim, Coverage } from '../core/types.js';
import { speakerLabel } from './names.js';
import { consensusWords } from './consensus.js';
import { openingOf, sentenceOf, type Passage } from './passages.js';
import type { BriefingJson } from './schema.js';

/** Settings of the summary's passage selection. */
export const SUMMARY = {
  /** Shorter sentences are fragments ("Biden thanked Putin,"), not summary material. */
  minWords: 8,
  /** At most this many items, however large the budget: a summary is read at a glance. */
  maxItems: 5,
  /** A sentence cut to fill the budget keeps at least this many words. */
  minExcerptWords: 5,
  /** Partial summaries kept at each step of the search (beam width). */
  beamWidth: 20,
};

type SummaryItem = BriefingJson['summary'][number];

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

/** A partial summary: its passages, and how much of the shared wording they cover. */
interface Draft {
  passages: Passage[];
  /** Word stem -> times the draft uses it. */
  used: Map<string, number>;
  /** Content words of the draft that the consensus holds (clipped to the consensus counts). */
  covered: number;
  /** Content words of the draft. */
  tokens: number;
  words: number;
}

const stemCounts = new WeakMap<Passage, Map<string, number>>();

/** Words `p` adds to the covered consensus, given what `used` already takes. */
function gainOf(p: Passage, used: Map<string, number>, consensus: Map<string, number>): number {
  let own = stemCounts.get(p);
  if (!own) {
    own = new Map<string, number>();
    for (const s of p.stems) own.set(s, (own.get(s) ?? 0) + 1);
    stemCounts.set(p, own);
  }
  let gain = 0;
  for (const [s, n] of own) gain += Math.min(n, Math.max(0, (consensus.get(s) ?? 0) - (used.get(s) ?? 0)));
  return gain;
}

function extend(draft: Draft, p: Passage, gain: number): Draft {
  const used = new Map(draft.used);
  for (const s of p.stems) used.set(s, (used.get(s) ?? 0) + 1);
  return {
    passages: [...draft.passages, p],
    used,
    covered: draft.covered + gain,
    tokens: draft.tokens + p.stems.length,
    words: draft.words + p.words,
  };
}

const keyOf = (passages: Passage[]) =>
  passages
    .map((p) => `${p.unit.id}:${p.span.start}:${p.span.end}`)
    .sort()
    .join(' ');

/**
 * The sentences (one may be cut to fit) that best render what the sources agree on within
 * `words` words. A summary is scored as ROUGE-1 F1 of its content words against the
 * consensus (the content words at least two independent sources use, see
 * `consensusWords`): a sentence earns only the shared words the summary does not hold yet,
 * so saying a thing twice costs words and earns nothing, and one outlet's detail lowers the
 * score; nor is a claim (`claimOf`) told twice in other words. Beam search over the
 * sentences; the best draft of any length wins, so the summary stops early when what is
 * left is mostly one outlet's.
 */
function selectPassages(sentences: Passage[], shared: Map<string, number>, words: number, claimOf: (u: Unit) => string | undefined): Passage[] {
  // Long articles share far more words than the budget holds: counts are scaled to a
  // text of the budget's length, so the event's frequent words keep a few uses each and
  // rarely repeated ones a fraction of one.
  const sharedTotal = [...shared.values()].reduce((a, b) => a + b, 0);
  const scale = sharedTotal > words ? words / sharedTotal : 1;
  const consensus = new Map([...shared].map(([s, n]) => [s, n * scale]));
  const total = sharedTotal * scale;
  const f1 = (d: Draft) => (d.tokens + total > 0 ? (2 * d.covered) / (d.tokens + total) : 0);
  // What a passage adds to an empty summary bounds what it can add to any (the gain only
  // falls as the summary grows): passages are tried best bound first, and a draft stops
  // trying them once even the bound cannot reach the drafts already kept. A passage with
  // none of the shared words never helps.
  const none = new Map<string, number>();
  const bound = new Map<Passage, number>();
  for (const p of sentences) bound.set(p, gainOf(p, none, consensus));
  const order = [...bound.keys()].filter((p) => bound.get(p)! > 0).sort((a, b) => bound.get(b)! - bound.get(a)!);
  const openings = new Map<string, Passage | undefined>();
  const openingFor = (whole: Passage, left: number) => {
    const key = `${whole.unit.id}:${left}`;
    if (!openings.has(key)) openings.set(key, openingOf(whole.unit, left, Math.min(SUMMARY.minExcerptWords, words)));
    return openings.get(key);
  };
  // Room for the same passages reached in another order, which are one draft.
  const room = 2 * SUMMARY.beamWidth;
  let beam: Draft[] = [{ passages: [], used: new Map(), covered: 0, tokens: 0, words: 0 }];
  let best: Draft | undefined;
  for (let step = 0; step < SUMMARY.maxItems && beam.length > 0; step++) {
    const kept: Child[] = [];
    const floor = () => (kept.length < room ? -1 : kept[room - 1].covered);
    for (const draft of beam) {
      const taken = new Set(draft.passages.map((p) => p.unit));
      const told = new Set(draft.passages.map((p) => claimOf(p.unit)));
      const left = words - draft.words;
      for (const p of order) {
        if (draft.covered + bound.get(p)! < floor()) break;
        if (taken.has(p.unit)) continue;
        const claim = claimOf(p.unit);
        if (claim !== undefined && told.has(claim)) continue;
        // A sentence too long for what is left may close the summary, cut to fit.
        const q = p.words <= left ? p : openingFor(p, left);
        if (!q) continue;
        const gain = gainOf(q, draft.used, consensus);
        insert(kept, { draft, p: q, gain, covered: draft.covered + gain, words: draft.words + q.words }, room);
      }
    }
    const seen = new Set<string>();
    beam = [];
    for (const c of kept) {
      if (beam.length === SUMMARY.beamWidth) break;
      const key = keyOf([...c.draft.passages, c.p]);
      if (seen.has(key)) continue;
      seen.add(key);
      beam.push(extend(c.draft, c.p, c.gain));
    }
    for (const d of beam) if (!best || f1(d) > f1(best) || (f1(d) === f1(best) && d.words < best.words)) best = d;
  }
  return best?.passages ?? [];
}

/** A draft extended by one passage, before it is built: what it would cover, in how many words. */
interface Child {
  draft: Draft;
  p: Passage;
  gain: number;
  covered: number;
  words: number;
}

/** Into `kept` (most covered first, then fewest words), keeping at most `room`. */
function insert(kept: Child[], child: Child, room: number): void {
  let i = kept.length;
  while (i > 0 && (kept[i - 1].covered < child.covered || (kept[i - 1].covered === child.covered && kept[i - 1].words > child.words))) i--;
  if (i >= room) return;
  kept.splice(i, 0, child);
  if (kept.length > room) kept.pop();
}

/**
 * A sentence that needs the one before it to be understood ("But he rarely landed…"), unless
 * its opening pronoun is its speaker, whom the summary names ("He said 30 of the 80…").
 */
function leansAlone(u: Unit): boolean {
  return leansOnContext(u) && u.speaker?.span?.start !== u.span.start;
}

/**
 * Extractive summary under a word budget: sentences chosen to cover what the independent
 * sources agree on (see `selectPassages`); headings, questions, disputed claims and the
 * sentences on a side of a dispute (left to the disagreements section) and, where others are left, sentences that lean on the one
 * before are not used. One item may be a sentence cut to fit the budget (`excerpt`). Items
 * come most corroborated first. Each cites its own words first (the exact span it quotes),
 * then the other outlets' sentences of the same claim.
 */
export function summarize(coverage: Coverage, analysis: ClaimAnalysis, claims: Claim[], words: number): SummaryItem[] {
  const claimOf = claimsBySentence(analysis, claims);
  // A sentence on one side of a dispute gives a contested value, whatever other claim it
  // also supports ("The 5.9-magnitude quake struck Qeshm…" against "The 6.1-magnitude…").
  const at = (c: { doc: string; span: { start: number } }) => `${c.doc}:${c.span.start}`;
  const contested = new Set(claims.flatMap((c) => (c.status === 'disputed' ? (c.sides ?? []).flatMap((side) => side.support.map(at)) : [])));
  const usable = analysis.units.filter((u) => !u.heading && !u.features.question && claimOf.get(u)?.status !== 'disputed' && !contested.has(at(u)));
  // A sentence that needs the one before it serves only where every sentence does.
  const standalone = usable.filter((u) => !leansAlone(u));
  const sentences = (standalone.length > 0 ? standalone : usable).flatMap((u) => sentenceOf(u) ?? []);
  const full = sentences.filter((p) => p.words >= SUMMARY.minWords);
  // Only fragments: use them rather than say nothing.
  const pool = full.length > 0 ? full : sentences;
  const chosen = selectPassages(pool, consensusWords(coverage, analysis.independence), words, (u) => claimOf.get(u)?.id);
  // No sentence holds a shared word (the outlets agree only in their headlines): the first
  // sentence, rather than nothing.
  if (chosen.length === 0 && pool.length > 0) {
    const first = pool[0].words <= words ? pool[0] : openingOf(pool[0].unit, words, Math.min(SUMMARY.minExcerptWords, words));
    if (first) chosen.push(first);
  }
  // Most corroborated first; among equals, in the order the coverage tells them.
  const sources = (p: Passage) => claimOf.get(p.unit)?.sources ?? 1;
  chosen.sort((a, b) => sources(b) - sources(a) || a.unit.position - b.unit.position || a.unit.docIndex - b.unit.docIndex);
  return chosen.map((p) => {
    const claim = claimOf.get(p.unit);
    const others = (claim?.support ?? []).filter((s) => s.doc !== p.unit.doc);
    const support = [{ doc: p.unit.doc, span: { ...p.span } }, ...others.map((s) => ({ doc: s.doc, span: { ...s.span } }))];
    const item: SummaryItem = { text: p.text, support };
    if (p.excerpt) item.excerpt = true;
    if (claim) {
      item.claim = claim.id;
      item.sources = claim.sources;
    }
    const speaker = speakerLabel(p.text, p.unit.speaker?.name);
    if (speaker) {
      item.speaker = speaker;
      const mention = speakerMention(p.unit, p.span);
      if (mention) item.speakerMention = mention;
    }
    return item;
  });
}
