import { postingsOf } from '../core/postings.js';
import { differentFrames, sameQuantity, type NumberMention } from './numbers.js';
import { contentStems, functionWordsOf, tokenize } from './tokens.js';
import { CAPITALIZED_NOUNS } from '../language/index.js';
import { sameSpeaker } from './conflicts.js';
import type { Similarity } from './similarity.js';
import type { Unit } from './units.js';

/** Thresholds of the alignment (weighted Dice, see `Similarity.compare`). */
export const ALIGNMENT = {
  /** Two sentences of different documents that score this much say the same thing. */
  pair: 0.3,
  /** Or: this much of the shorter one is found in the longer one... */
  cover: 0.6,
  /** ...provided the pair still scores this much overall. */
  coverPair: 0.22,
  /** Two sentences of one document are a repetition (headline and body) only at this score. */
  sameDoc: 0.7,
  /** Or: they share a rare multi-word term (see `rarePhrases`), or count the same thing, and score this much. */
  phrasePair: 0.2,
  /** Two groups merge only when their sentences score this much on average (stops chaining). */
  link: 0.2,
  /** A word in more sentences than this brings no pair together by itself (see `candidatePairs`). */
  maxPostings: 1000,
  /**
   * Sentences in two languages share no words to compare; they say the same thing when they
   * share this many anchors (quantities, days, names; see `translatedPairs`)...
   */
  translatedAnchors: 3,
  /** ...or this many, one of them a quantity. */
  translatedAnchorsWithQuantity: 2,
  /**
   * A sentence joins a lone sentence's claim as a second fact it states only when it aligns
   * with it at least this share as well as with its own group (see `attachMultiFactSentences`).
   */
  lonelyAttach: 0.5,
};

/** How `writtenInOtherLanguages` tells two documents' languages apart. */
const LANGUAGE_EVIDENCE = {
  /** Fewer words than this cannot tell. */
  leastWords: 20,
  /**
   * A text of another language uses less than this share of the function words its own
   * language's list finds in it (measured: English in German's list 0.2, French in
   * Spanish's 0.5; English labelled Scots 1.0).
   */
  foreignShare: 0.6,
};

export interface Edge {
  a: number;
  b: number;
  score: number;
}

/**
 * Stems that the coverage mostly writes capitalised, not first in a sentence: names. In a
 * language that capitalises every noun, capitals tell nothing: there the names are those
 * of the speakers the statements stage found ("Bürgermeisterin Anna Keller").
 */
export function nameStems(units: Unit[]): Set<string> {
  const capitalized = new Map<string, number>();
  const total = new Map<string, number>();
  const speakers = new Set<string>();
  for (const u of units) {
    if (CAPITALIZED_NOUNS.has(u.language)) {
      if (u.speaker) for (const s of contentStems(u.speaker.name, u.language)) speakers.add(s);
      continue;
    }
    for (const t of tokenize(u.text, 0, u.language).slice(1)) {
      if (!/^\p{L}/u.test(t.lower)) continue;
      total.set(t.stem, (total.get(t.stem) ?? 0) + 1);
      if (t.capitalized) capitalized.set(t.stem, (capitalized.get(t.stem) ?? 0) + 1);
    }
  }
  const names = speakers;
  for (const [stem, n] of total) if ((capitalized.get(stem) ?? 0) > n / 2) names.add(stem);
  return names;
}

/**
 * Multi-word terms that each document uses in one sentence at most, and that are not
 * names: "strategic stability" in one sentence of each of two outlets points at one fact.
 */
function rarePhrases(units: Unit[], names: ReadonlySet<string>): Set<string> {
  const perDoc = new Map<string, Map<string, number>>();
  for (const u of units) {
    for (const p of new Set(u.features.phrases)) {
      if (p.split(' ').every((w) => names.has(w))) continue;
      const counts = perDoc.get(p) ?? new Map<string, number>();
      counts.set(u.doc, (counts.get(u.doc) ?? 0) + 1);
      perDoc.set(p, counts);
    }
  }
  const rare = new Set<string>();
  for (const [p, counts] of perDoc) if ([...counts.values()].every((n) => n === 1)) rare.add(p);
  return rare;
}

/**
 * Pairs of sentences that say the same thing. Besides the score, a pair must share two
 * words that are not names, or one rare multi-word term: two sentences that both name
 * Biden and Putin and a meeting are not yet one fact. A shared rare term, or a count of
 * the same thing ("1,800 people were evacuated", "1,200 residents were evacuated"),
 * lets a lower score through.
 */
export function alignedPairs(units: Unit[], similarity: Similarity): Edge[] {
  const rare = rarePhrases(units, similarity.names);
  const edges: Edge[] = [];
  for (const [i, j] of candidatePairs(units, similarity)) {
    const a = units[i];
    const b = units[j];
    const { score, cover } = similarity.compare(a, b);
    if (score < Math.min(ALIGNMENT.coverPair, ALIGNMENT.phrasePair)) continue;
    const sharedPhrases = a.features.phrases.filter((p) => rare.has(p) && b.features.phrases.includes(p));
    const sharesRarePhrase = sharedPhrases.length > 0;
    // "maire Julien Morel" says who, not what: alone it aligns nothing.
    const sharesTerm = sharedPhrases.some((p) => !p.split(' ').some((w) => similarity.names.has(w)));
    const shared = similarity.contentOverlap(a, b).shared;
    const countsSameThing = shared >= 2 && a.features.numbers.some((n) => b.features.numbers.some((m) => sameQuantity(n, m)));
    const aligned =
      a.doc === b.doc
        ? score >= ALIGNMENT.sameDoc
        : score >= ALIGNMENT.pair ||
          (cover >= ALIGNMENT.cover && score >= ALIGNMENT.coverPair) ||
          (score >= ALIGNMENT.phrasePair && (sharesRarePhrase || countsSameThing));
    if (!aligned || (shared < 2 && !sharesTerm)) continue;
    // Two tallies that share no figure are two facts, however alike their words.
    if (differentFrames(a.features.numbers, b.features.numbers)) continue;
    if (a.doc !== b.doc && shared < 3 && !sharesRarePhrase && chanceMatchWithQuotation(a, b)) continue;
    edges.push({ a: i, b: j, score });
  }
  return edges.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
}

/**
 * Pairs of sentences in different languages (an outlet's translation of the story, or its
 * own report in its language) that say the same thing. Without a translation, what they
 * can share is what no language changes: quantities ("6.4 metres", "6,4 Metern"), days
 * ("Tuesday", "Dienstag") and names, words both sentences write alike and capitalise
 * where a capital marks a name. Someone's words alone (a name and "said") are no shared
 * fact, so a pair needs `translatedAnchors` of them, or fewer with a quantity. The pair
 * scores as an aligned pair at the threshold, more with each anchor past the least.
 */
export function translatedPairs(units: Unit[]): Edge[] {
  if (new Set(units.map((u) => u.language)).size < 2) return [];
  const otherLanguages = writtenInOtherLanguages(units);
  const anchors = units.map(anchorsOf);
  const edges: Edge[] = [];
  // Pairs are found through the anchors they share (a quantity's key is its rough size), so that large coverage stays fast.
  const postings = postingsOf(anchors.map((a) => [...a.names, ...a.days, ...a.quantities.map(roughSize)]));
  const seenBy = new Int32Array(units.length).fill(-1);
  for (let i = 0; i < units.length; i++) {
    const a = units[i];
    for (const key of new Set([...anchors[i].names, ...anchors[i].days, ...anchors[i].quantities.map(roughSize)])) {
      const posting = postings.get(key)!;
      // An anchor in most sentences (the event's place, its day) finds pairs only with another anchor, which finds them too.
      if (posting.length > ALIGNMENT.maxPostings) continue;
      for (const j of posting) {
        const b = units[j];
        if (j <= i || seenBy[j] === i || a.language === b.language || !otherLanguages(a.doc, b.doc)) continue;
        seenBy[j] = i;
        const [x, y] = [anchors[i], anchors[j]];
        const quantities = x.quantities.filter((n) => y.quantities.some((m) => n.low < m.high && m.low < n.high)).length;
        const shared = quantities + [...x.days].filter((d) => y.days.has(d)).length + [...x.names].filter((w) => y.names.has(w)).length;
        const least = quantities > 0 ? ALIGNMENT.translatedAnchorsWithQuantity : ALIGNMENT.translatedAnchors;
        if (shared >= least) edges.push({ a: i, b: j, score: ALIGNMENT.pair + 0.05 * (shared - least) });
      }
    }
  }
  return edges;
}

/**
 * Whether two documents are written in different languages, by their words rather than by
 * the labels language detection gave them (a short English text may be labelled Scots): a
 * text uses its own language's function words, and far fewer of another language's. A
 * document too short to tell is taken to be in the language of the others.
 */
function writtenInOtherLanguages(units: Unit[]): (a: string, b: string) => boolean {
  const words = new Map<string, string[]>();
  const language = new Map<string, string>();
  for (const u of units) {
    const list = words.get(u.doc) ?? [];
    for (const t of tokenize(u.text, 0, u.language)) if (/^\p{L}/u.test(t.lower)) list.push(t.lower);
    words.set(u.doc, list);
    language.set(u.doc, u.language);
  }
  const rates = new Map<string, number>();
  const rate = (doc: string, lang: string) => {
    const key = `${doc}\u0000${lang}`;
    let found = rates.get(key);
    if (found === undefined) {
      const functionWords = functionWordsOf(lang);
      const list = words.get(doc)!;
      rates.set(key, (found = list.filter((w) => functionWords.has(w)).length / list.length));
    }
    return found;
  };
  // Reads `doc` as a text of `other`'s language would read.
  const readsAs = (doc: string, other: string) => rate(doc, language.get(other)!) >= LANGUAGE_EVIDENCE.foreignShare * rate(doc, language.get(doc)!);
  return (a, b) => {
    if (a === b || [a, b].some((d) => words.get(d)!.length < LANGUAGE_EVIDENCE.leastWords)) return false;
    return !readsAs(a, b) && !readsAs(b, a);
  };
}

/** What a sentence says that reads the same in any language: its telling quantities, its days, its names. */
function anchorsOf(u: Unit): { quantities: NumberMention[]; days: Set<string>; names: Set<string> } {
  return {
    quantities: u.features.numbers.filter(telling),
    days: new Set(u.features.dates.map((d) => `day:${d.key}`)),
    names: new Set([...nameWords(u)].map((w) => `name:${w}`)),
  };
}

/** A quantity's size to two significant digits: quantities that overlap nearly always share it (the pair is checked in full after). */
function roughSize(n: NumberMention): string {
  return `size:${Number(((n.low + n.high) / 2).toPrecision(2))}`;
}

/** A quantity that tells a fact apart: not a small whole number ("two", "3"), which any story may count. */
function telling(n: NumberMention): boolean {
  const middle = (n.low + n.high) / 2;
  return !(Number.isInteger(Math.round(middle * 1000) / 1000) && middle <= 10);
}

/** Words a sentence capitalises past its first word and that are not function words: names, as a sentence in another language would write them. */
function nameWords(u: Unit): Set<string> {
  const functionWords = functionWordsOf(u.language);
  const words = tokenize(u.text, 0, u.language).slice(1);
  return new Set(words.filter((t) => t.capitalized && /^\p{L}{3,}/u.test(t.lower) && !functionWords.has(t.lower)).map((t) => t.lower.replace(/'s$/, '')));
}

/**
 * Whether a pair that shares few words pairs someone's quoted words with a sentence that
 * neither gives the same speaker nor repeats any of the quotation's wording: “No family
 * will be left to carry this alone,” and "neighbours left their homes with what they
 * could carry" share two words by chance. Outlets that carry one quotation repeat its word
 * sequences; outlets that paraphrase it name the same speaker.
 */
function chanceMatchWithQuotation(a: Unit, b: Unit): boolean {
  const quotation = (u: Unit) => u.statement?.kind === 'direct';
  if (!quotation(a) && !quotation(b)) return false;
  if (a.speaker && b.speaker && sameSpeaker(a.speaker, b.speaker)) return false;
  const pairs = wordPairs(a);
  for (const p of wordPairs(b)) if (pairs.has(p)) return false;
  return true;
}

const wordPairCache = new WeakMap<Unit, Set<string>>();

/** Adjacent word stems of a sentence, but for pairs of two function words ("of the"); computed once per sentence. */
function wordPairs(u: Unit): Set<string> {
  let pairs = wordPairCache.get(u);
  if (pairs) return pairs;
  const words = tokenize(u.text, 0, u.language).filter((t) => /^[\p{L}\p{N}]/u.test(t.lower));
  const functionWords = functionWordsOf(u.language);
  pairs = new Set<string>();
  for (let i = 1; i < words.length; i++) {
    if (functionWords.has(words[i - 1].lower) && functionWords.has(words[i].lower)) continue;
    pairs.add(`${words[i - 1].stem} ${words[i].stem}`);
  }
  wordPairCache.set(u, pairs);
  return pairs;
}

/**
 * The pairs `alignedPairs` may keep, in order: those that share two words other than
 * names, or a compound term (`shares ... sharesTerm` there), found through an inverted
 * index so that large events stay fast. A word in more than `ALIGNMENT.maxPostings`
 * sentences is too common to count towards that (an aligned pair's score weighs such a
 * word at almost nothing): without that bound, a coverage of thousands of sentences would
 * compare nearly every pair.
 */
function* candidatePairs(units: Unit[], similarity: Similarity): Generator<[number, number]> {
  const stems = units.map((u) => [...new Set(similarity.stemsOf(u))].filter((s) => !similarity.names.has(s)));
  const compounds = new Set(units.flatMap((u) => u.features.phrases.filter((p) => !p.includes(' '))));
  const postings = postingsOf(stems);
  const seenBy = new Int32Array(units.length).fill(-1);
  const shared = new Int32Array(units.length);
  for (let i = 0; i < units.length; i++) {
    const partners: number[] = [];
    for (const s of stems[i]) {
      const posting = postings.get(s)!;
      if (posting.length > ALIGNMENT.maxPostings) continue;
      // A shared compound term counts as two words.
      const weight = compounds.has(s) ? 2 : 1;
      for (const j of posting) {
        if (j <= i) continue;
        if (seenBy[j] !== i) {
          seenBy[j] = i;
          shared[j] = 0;
          partners.push(j);
        }
        shared[j] += weight;
      }
    }
    for (const j of partners.filter((j) => shared[j] >= 2).sort((a, b) => a - b)) yield [i, j];
  }
}

/**
 * Whether two sentences of different documents are each other's best-aligned sentence in
 * the other's document ("Some 1,800 people were evacuated" and "About 1,200 residents were
 * evacuated"): the two versions of one fact, not two facets of the event that a claim's
 * grouping happened to bring together. A sentence about another occurrence ("In an earlier
 * strike, …") is no counterpart of one about this one. `edges` come strongest first, as
 * `alignedPairs` returns them.
 */
export function mutualBestPairs(units: Unit[], edges: Edge[]): (a: Unit, b: Unit) => boolean {
  const best = new Map<string, Edge>(); // "unit doc" -> the strongest edge from the unit into that doc
  for (const e of edges) {
    if (units[e.a].features.elsewhen !== units[e.b].features.elsewhen) continue;
    for (const [from, to] of [[e.a, e.b], [e.b, e.a]]) {
      const key = `${from} ${units[to].doc}`;
      if (!best.has(key)) best.set(key, e);
    }
  }
  const index = new Map(units.map((u, i) => [u, i]));
  return (a, b) => {
    const edge = best.get(`${index.get(a)} ${b.doc}`);
    return edge !== undefined && edge === best.get(`${index.get(b)} ${a.doc}`);
  };
}

/**
 * Average-link grouping: strongest pairs first; two groups merge when their members
 * score `ALIGNMENT.link` on average, so a chain of loosely related sentences stays apart.
 */
export function groupUnits(count: number, edges: Edge[]): number[][] {
  const groupOf = Array.from({ length: count }, (_, i) => i);
  const members = new Map<number, number[]>(groupOf.map((i) => [i, [i]]));
  // The summed scores of the pairs between two groups, kept up to date as groups merge, so
  // that each merge costs the groups' neighbours rather than every pair of their members.
  const between = new Map<number, Map<number, number>>();
  const add = (g: number, h: number, x: number) => {
    let row = between.get(g);
    if (!row) between.set(g, (row = new Map()));
    row.set(h, (row.get(h) ?? 0) + x);
  };
  const seen = new Set<string>();
  for (const e of edges) {
    // A pair found twice (by its words and by its anchors) counts once, at its best score.
    const key = e.a < e.b ? `${e.a} ${e.b}` : `${e.b} ${e.a}`;
    if (seen.has(key)) continue;
    seen.add(key);
    add(e.a, e.b, e.score);
    add(e.b, e.a, e.score);
  }
  for (const e of edges) {
    const ga = groupOf[e.a];
    const gb = groupOf[e.b];
    if (ga === gb) continue;
    const A = members.get(ga)!;
    const B = members.get(gb)!;
    if ((between.get(ga)?.get(gb) ?? 0) / (A.length * B.length) < ALIGNMENT.link) continue;
    for (const j of B) groupOf[j] = ga;
    A.push(...B);
    members.delete(gb);
    for (const [c, x] of between.get(gb) ?? []) {
      between.get(c)!.delete(gb);
      if (c === ga) continue;
      add(ga, c, x);
      add(c, ga, x);
    }
    between.delete(gb);
  }
  return [...members.values()].map((m) => m.sort((x, y) => x - y)).sort((x, y) => x[0] - y[0]);
}

/** A group of aligned sentences, with those it took in from other groups. */
export interface UnitGroup {
  members: number[];
  /** Members that belong to another group's fact and also state this one (see `attachMultiFactSentences`). */
  attached: Set<number>;
}

/**
 * A sentence may state several facts ("we agreed on cyber security and strategic
 * stability"), so it may support several groups: each group also takes, from every
 * document it lacks, the sentence of that document that aligns best with one of its own.
 * A group of one sentence, one outlet's alone, takes only a sentence that says its fact
 * about as plainly as the fact of its own group: a loose match ("charged with … negligent
 * homicide" for "this type of negligence can … result in death") would make one outlet's
 * sentence look corroborated by every outlet.
 */
export function attachMultiFactSentences(units: Unit[], groups: number[][], edges: Edge[]): UnitGroup[] {
  const groupOf = new Map<number, number>();
  groups.forEach((g, k) => g.forEach((i) => groupOf.set(i, k)));
  const best = new Map<string, Edge>(); // "group doc" -> strongest edge from the group into that doc
  const bestAtHome = new Map<number, number>(); // unit -> score of its strongest edge inside its own group
  for (const e of edges) {
    for (const [from, to] of [[e.a, e.b], [e.b, e.a]]) {
      const k = groupOf.get(from)!;
      if (groupOf.get(to) === k) {
        if (!bestAtHome.has(from)) bestAtHome.set(from, e.score);
        continue;
      }
      const key = `${k} ${units[to].doc}`;
      if (!best.has(key)) best.set(key, e);
    }
  }
  const out = groups.map((g) => [...g]);
  const attached = groups.map(() => new Set<number>());
  const joined = new Set<number>();
  for (const [key, e] of best) {
    const [k, doc] = [Number(key.slice(0, key.indexOf(' '))), key.slice(key.indexOf(' ') + 1)];
    if (joined.has(k) || groups[k].some((i) => units[i].doc === doc)) continue;
    const other = groupOf.get(e.a) === k ? e.b : e.a;
    // A sentence that shares words with someone's quoted words by chance states none of them.
    if (chanceMatchWithQuotation(units[e.a], units[e.b])) continue;
    // Headlines alone make no claim: they join the group of the sentence they align with best.
    if (groups[k].every((i) => units[i].label)) {
      out[groupOf.get(other)!].push(...groups[k]);
      joined.add(k);
    } else if (groups[k].length > 1 || e.score >= ALIGNMENT.lonelyAttach * (bestAtHome.get(other) ?? 0)) {
      out[k].push(other);
      attached[k].add(other);
    }
  }
  const kept = out.flatMap((g, k) => (joined.has(k) ? [] : [{ members: g.sort((x, y) => x - y), attached: attached[k] }]));
  return withoutContainedGroups(kept);
}

/**
 * A group whose sentences all belong to another group says nothing of its own: a sentence
 * left alone by the grouping can take in, one per document, every sentence of a group
 * it aligns with, and the two would be the same claim twice.
 */
function withoutContainedGroups(groups: UnitGroup[]): UnitGroup[] {
  const groupsWith = new Map<number, number[]>();
  groups.forEach(({ members: g }, k) =>
    g.forEach((i) => {
      const list = groupsWith.get(i);
      if (list) list.push(k);
      else groupsWith.set(i, [k]);
    }),
  );
  const contained = (k: number) =>
    groupsWith.get(groups[k].members[0])!.some((h) => {
      const [inner, outer] = [groups[k].members, groups[h].members];
      if (h === k || outer.length < inner.length || (outer.length === inner.length && h > k)) return false;
      const members = new Set(outer);
      return inner.every((i) => members.has(i));
    });
  return groups.filter((_, k) => !contained(k));
}
