import type { Citation, Claim, Coverage } from '../core/types.js';
import { countWords, quotationState } from '../language/index.js';
import { ALIGNMENT, alignedPairs, attachMultiFactSentences, groupUnits, mutualBestPairs, nameStems, translatedPairs } from './align.js';
import { findConflicts, opposedTo, sameSpeaker, type Conflict, type ConflictKind } from './conflicts.js';
import { Similarity } from './similarity.js';
import { SPEAKER_PRONOUNS } from './lexicon.js';
import { SourceIndependence } from './sources.js';
import { buildUnits, leadIn, leansOnContext, speakerMention, type Unit } from './units.js';

export { sameSpeaker } from './conflicts.js';
export { contentStems } from './tokens.js';
export { Similarity, cosine } from './similarity.js';
export { SourceIndependence } from './sources.js';
export { buildUnits, leansOnContext, speakerMention, type Unit } from './units.js';
export { ALIGNMENT } from './align.js';

/** Everything the briefing needs to know about how the claims were formed. */
export interface ClaimAnalysis {
  units: Unit[];
  similarity: Similarity;
  independence: SourceIndependence;
  claims: Claim[];
  /** The sentences behind each claim, by claim id. */
  unitsOf: Map<string, Unit[]>;
  /** What makes each disputed claim disputed, by claim id. */
  conflictOf: Map<string, ConflictKind>;
  /** Whether two sentences of different documents are each other's best match (see `mutualBestPairs`). */
  counterparts: (a: Unit, b: Unit) => boolean;
  /** Whether two sentences say the same thing by `alignedPairs`, whatever claims they ended in. */
  aligned: (a: Unit, b: Unit) => boolean;
}

export function citationOf(unit: Unit): Citation {
  return { doc: unit.doc, span: { ...unit.span }, text: unit.text };
}

/**
 * The sentence of `units` that best stands for the group: most like the others (those of
 * `among`), a full sentence rather than a headline, a line that leads into the next, a
 * question, the tail of a quotation an earlier sentence opened or a sentence that leans on
 * the one before it.
 */
function representative(units: Unit[], similarity: Similarity, among: Unit[] = units): Unit {
  let best = units[0];
  let bestScore = -Infinity;
  for (const u of units) {
    let score = 0;
    for (const v of among) if (v !== u) score += similarity.compare(u, v).score;
    if (u.heading || u.label || quotationState(u.text).continuesQuotation || leansOnContext(u)) score -= 0.5;
    if (u.features.question) score -= 1;
    if (score > bestScore + 1e-9) {
      best = u;
      bestScore = score;
    }
  }
  return best;
}

/**
 * A claim is someone's statement when its sentences report a speaker and none names a
 * different one: "Putin said the US ignored the complaints" stays Putin's, even where
 * another outlet prints it as fact.
 */
function attributionOf(units: Unit[]): Claim['attribution'] {
  const speakers = units.flatMap((u) => (u.speaker ? [u.speaker] : []));
  if (speakers.length === 0 || !speakers.every((s) => sameSpeaker(s, speakers[0]))) return undefined;
  const fullest = speakers.reduce((a, b) => (b.name.length > a.name.length ? b : a));
  const entity = speakers.find((s) => s.entity)?.entity;
  return entity ? { entity, name: fullest.name } : { name: fullest.name };
}

/** Shorter sentences are fragments ("Tim Fanning told a news conference."), too thin to word a claim for others. */
const OWN_VOICE_MIN_WORDS = 8;

/**
 * A sentence in its outlet's own voice that reads alone: no one's words (no speaker, no
 * quotation mark), no headline, not a fragment, not leaning on the sentence before.
 */
function inOwnVoice(u: Unit): boolean {
  if (u.speaker || u.heading || u.label || !/^[\p{Lu}\p{N}]/u.test(u.text) || /["“”«»„]/.test(u.text) || leansOnContext(u)) return false;
  if (countWords(u.text) < OWN_VOICE_MIN_WORDS) return false;
  // "US" is a country, "us" a speaker.
  return u.language !== 'en' || !(u.text.match(/[\p{L}'’]+/gu) ?? []).some((w) => w !== 'US' && SPEAKER_PRONOUNS.has(w.toLowerCase().replace('’', "'")));
}

/**
 * The sentence that words a claim, and whose claim it is. The group's own sentences say
 * whose: a sentence taken in for stating this fact besides its own does not make a
 * narrated fact someone's words, nor does one outlet's "…, the lawsuit said" where more
 * outlets state the same fact in their own voice.
 */
function voiceOf(
  members: Unit[],
  taken: Set<Unit>,
  conflict: Conflict | undefined,
  similarity: Similarity,
  independence: SourceIndependence,
): { voice: Unit; attribution?: Claim['attribution'] } {
  // A disputed claim reads as one of the versions in dispute, not as a sentence on no side.
  const onSides = new Set(conflict?.sides.flat());
  const pick = (voiced: Unit[], among?: Unit[]) => {
    // A sentence taken in for stating this fact besides its own does not word the claim.
    let wording = voiced.some((u) => !taken.has(u)) ? voiced.filter((u) => !taken.has(u)) : voiced;
    if (wording.some((u) => onSides.has(u))) wording = wording.filter((u) => onSides.has(u));
    return representative(wording, similarity, among ?? wording);
  };
  const own = members.filter((u) => !taken.has(u));
  // A line that leads into someone's words ("Dr. Benjamin explained how she sees her role:") says none of them.
  const attribution = attributionOf(own.filter((u) => !leadIn(u.text)));
  // An attributed claim reads in the speaker's words, not in another outlet's narrative.
  const voice = pick(attribution ? members.filter((u) => u.speaker) : members);
  const narrated = own.filter(inOwnVoice);
  const outvoiced = !conflict && narrated.length > 0 && own.some((u) => u.speaker) && independence.count(narrated) > independence.count(own.filter((u) => u.speaker));
  if (outvoiced) {
    // In the outlets' own voice, provided that sentence still says what the claim's sentences say.
    const plain = pick(narrated, members);
    if (plain === voice || similarity.compare(plain, voice).score >= ALIGNMENT.pair) return { voice: plain };
  }
  return attribution ? { voice, attribution } : { voice };
}

/** A conflict is a dispute only when its versions come from different independent sources. */
function isDispute(conflict: Conflict, independence: SourceIndependence): boolean {
  const groupsPerSide = conflict.sides.map((side) => new Set(side.map((u) => independence.groupOf(u.doc))));
  return groupsPerSide.some((a, i) => groupsPerSide.some((b, j) => j > i && [...a].some((g) => !b.has(g))));
}

/**
 * A sentence that states several facts joins several groups (see
 * `attachMultiFactSentences`), so two sentences that disagree can meet in several groups
 * and dispute each of those claims: the same disagreement, once per fact. Two disputes are
 * one when they set the same two sentences on different sides. It stays with the group
 * whose own sentences take the most sides (then the one with the most sentences on its
 * sides); the others are no longer disputed by it.
 */
function oneClaimPerDispute(groups: { members: Unit[]; taken: Set<Unit>; dispute?: Conflict }[]): void {
  const sideOf = (d: Conflict) => new Map(d.sides.flatMap((side, k) => side.map((u) => [u, k] as const)));
  const candidates = groups
    .flatMap((g, i) => (g.dispute ? [{ g, i, sides: sideOf(g.dispute), kind: g.dispute.kind }] : []))
    .map((c) => ({ ...c, own: [...c.sides.keys()].filter((u) => !c.g.taken.has(u)).length }))
    .sort((x, y) => y.own - x.own || y.sides.size - x.sides.size || x.i - y.i);
  const kept: typeof candidates = [];
  const sameDispute = (c: (typeof candidates)[number], k: (typeof candidates)[number]) => {
    if (k.kind !== c.kind) return false;
    const shared = [...c.sides.keys()].filter((u) => k.sides.has(u));
    return shared.some((u) => shared.some((v) => c.sides.get(u) !== c.sides.get(v) && k.sides.get(u) !== k.sides.get(v)));
  };
  for (const c of candidates) {
    if (kept.some((k) => sameDispute(c, k))) c.g.dispute = undefined;
    else kept.push(c);
  }
}

function byReadingOrder(a: Unit, b: Unit): number {
  return a.docIndex - b.docIndex || a.span.start - b.span.start;
}

/**
 * Align the sentences of all documents into claims: a claim is one thing the coverage
 * says, with every sentence that says it as support, the number of independent sources
 * behind it and its status (corroborated, single-source or disputed, with the sides).
 */
export function analyzeClaims(coverage: Coverage): ClaimAnalysis {
  const units = buildUnits(coverage);
  const similarity = new Similarity(units, nameStems(units));
  const independence = new SourceIndependence(coverage, units);
  const edges = [...alignedPairs(units, similarity), ...translatedPairs(units)].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
  const groups = attachMultiFactSentences(units, groupUnits(units.length, edges), edges);
  const docText = new Map(coverage.docs.map((d) => [d.id, d.text.toLowerCase()]));
  const counterparts = mutualBestPairs(units, edges);

  const disputesOf = (members: Unit[]) =>
    findConflicts(members, similarity, (doc) => docText.get(doc) ?? '', counterparts).filter((c) => isDispute(c, independence));
  const disputeOf = (members: Unit[]) => disputesOf(members)[0];
  const drafts: { claim: Omit<Claim, 'id'>; members: Unit[]; conflict?: ConflictKind }[] = [];
  // Headlines and labels support claims but make none alone (HTML titles never even enter
  // the text), unless they report someone's words ("Putin: we agreed…").
  const makesClaim = (members: Unit[]) => !members.every((u) => u.label && !u.speaker);
  const candidates = groups
    .map((g) => ({ members: g.members.map((i) => units[i]).sort(byReadingOrder), taken: new Set([...g.attached].map((i) => units[i])) }))
    .filter((g) => makesClaim(g.members))
    .flatMap((g) => {
      // A group whose sentences also dispute another quantity gives that dispute a claim of
      // its own, made of the sentences on its sides and worded by the smallest side, so that
      // it does not read as the group's first claim again.
      const [first, ...more] = disputesOf(g.members);
      const ownClaim = (d: Conflict) => {
        const smallest = d.sides.reduce((a, b) => (b.length < a.length ? b : a));
        return { members: d.sides.flat().sort(byReadingOrder), taken: new Set(d.sides.flat().filter((u) => !smallest.includes(u))), dispute: d, forDispute: true };
      };
      return [{ ...g, dispute: first, forDispute: false }, ...more.map(ownClaim)];
    });
  oneClaimPerDispute(candidates);
  // A claim made for a dispute that another claim already shows has nothing of its own.
  const pending = candidates.filter((g) => !g.forDispute || g.dispute);
  while (pending.length > 0) {
    const { taken, dispute: conflict, members: groupMembers } = pending.shift()!;
    let members = groupMembers;
    const disputed = conflict !== undefined;
    if (!disputed) {
      // A sentence that says the opposite is no support, even where it is too loosely
      // worded to call the claim disputed: it becomes a claim of its own.
      const opposed = opposedTo(representative(members, similarity), members, similarity);
      if (opposed.length > 0) {
        members = members.filter((u) => !opposed.includes(u));
        if (makesClaim(opposed)) pending.push({ members: opposed, taken: new Set(), dispute: disputeOf(opposed), forDispute: false });
      }
    }
    const sources = independence.count(members);
    const { voice, attribution } = voiceOf(members, taken, conflict, similarity, independence);
    const claim: Omit<Claim, 'id'> = {
      text: voice.text,
      status: disputed ? 'disputed' : sources >= 2 ? 'corroborated' : 'single-source',
      support: members.map(citationOf),
      sources,
    };
    // Words that do not name their speaker ("We agreed on…") name them, though the claim's
    // other sentences are others' words: a reader must know whose they are.
    const whose = attribution ?? (!disputed && voice.speaker && !speakerMention(voice, voice.span) ? attributionOf([voice]) : undefined);
    if (whose) {
      const mention = speakerMention(voice, voice.span);
      claim.attribution = mention ? { ...whose, mention } : whose;
    }
    if (disputed) {
      claim.sides = conflict.sides.map((side) => ({
        text: representative(side, similarity).text,
        support: side.sort(byReadingOrder).map(citationOf),
      }));
    }
    drafts.push({ claim, members, conflict: disputed ? conflict.kind : undefined });
  }

  // Most sources first, then the order in which the coverage first says it.
  drafts.sort((a, b) => b.claim.sources - a.claim.sources || byReadingOrder(a.members[0], b.members[0]));
  const unitsOf = new Map<string, Unit[]>();
  const conflictOf = new Map<string, ConflictKind>();
  const claims = drafts.map(({ claim, members, conflict }, i) => {
    const id = `c${i + 1}`;
    unitsOf.set(id, members);
    if (conflict) conflictOf.set(id, conflict);
    return { id, ...claim };
  });
  const index = new Map(units.map((u, i) => [u, i]));
  const pairKey = (i: number, j: number) => (i < j ? i * units.length + j : j * units.length + i);
  const alignedKeys = new Set(edges.map((e) => pairKey(e.a, e.b)));
  const aligned = (a: Unit, b: Unit) => alignedKeys.has(pairKey(index.get(a)!, index.get(b)!));
  return { units, similarity, independence, claims, unitsOf, conflictOf, counterparts, aligned };
}

export function buildClaims(coverage: Coverage): Claim[] {
  return analyzeClaims(coverage).claims;
}
