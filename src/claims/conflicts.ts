import { distance } from 'fastest-levenshtein';
import type { Clause } from './features.js';
import { contradictable, differentFrames, numbersConflict, numbersDisagree, readsPredicates, sameQuantity, type NumberMention } from './numbers.js';
import { contentStems } from './tokens.js';
import { demonymsOf, isDemonym, STREET_WORDS } from '../entities/index.js';
import { UNSPACED_SCRIPT } from '../language/index.js';
import type { Similarity } from './similarity.js';
import { TOPIC_PRONOUNS } from './lexicon.js';
import { MIN_CONTENT_WORDS, speakerMention, type Unit } from './units.js';
import { areAntonyms } from './wordnet.js';

/** How sure the alignment must be before a difference between two sentences is a contradiction. */
export const CONFLICT = {
  /** Differing numbers of the same thing: the sentences must score this much. */
  number: 0.2,
  /**
   * Differing dates or places: the same happening, so this share of each sentence's
   * non-name words found in the other ("met on Monday" and "will vote on Wednesday" differ in more than the day).
   */
  value: 0.5,
  /**
   * Negation or antonyms: one word flips the meaning, so the rest must match closely:
   * this share of each sentence's non-name words found in the other, and two shared stems.
   */
  polarity: 0.6,
  polarityShared: 2,
  /**
   * The same words: this share of each one's non-name words in the other. Attributed to
   * different speakers, they conflict; as edited copies, their negations are compared as wholes.
   */
  speaker: 0.8,
};

export type ConflictKind = 'number' | 'date' | 'place' | 'negation' | 'speaker';

export interface Conflict {
  kind: ConflictKind;
  /** The versions: each a set of sentences that agree with one another. */
  sides: Unit[][];
}

/** A name's parts: words, and the parts of a transliterated name joined by a middle dot ("安娜·凯勒"). */
const nameParts = (name: string) => name.toLowerCase().split(/[\s·・]+/).filter(Boolean);

/**
 * Two speaker names for the same person: equal, same entity, or one name inside the other
 * ("Putin", "Vladimir Putin"); in a script without spaces, one name ending the other
 * ("李明", "市长李明").
 */
export function sameSpeaker(a: { entity?: string; name: string }, b: { entity?: string; name: string }): boolean {
  if (a.entity && b.entity) return a.entity === b.entity;
  const [pa, pb] = [nameParts(a.name), nameParts(b.name)];
  const [fewer, more] = pa.length <= pb.length ? [pa, pb] : [pb, pa];
  if (fewer.every((w) => more.includes(w))) return true;
  const [short, long] = a.name.length <= b.name.length ? [a.name, b.name] : [b.name, a.name];
  return UNSPACED_SCRIPT.test(short) && short.length >= 2 && long.endsWith(short);
}

function crossPairs(units: Unit[]): [Unit, Unit][] {
  const pairs: [Unit, Unit][] = [];
  for (let i = 0; i < units.length; i++) {
    for (let j = i + 1; j < units.length; j++) {
      if (units[i].doc !== units[j].doc) pairs.push([units[i], units[j]]);
    }
  }
  return pairs;
}

/**
 * Groups units into sides: a unit joins the first side it agrees with, member by member
 * ("1,700" and "1,950" are two sides even though "about 1,800" agrees with both). A unit
 * that agrees with every other ("more than 40" beside "42" and "at least 43") contradicts
 * no one and takes no side.
 */
function partition<T>(units: Unit[], valueOf: (u: Unit) => T | undefined, agree: (a: T, b: T) => boolean): Unit[][] {
  const valued = units.flatMap((unit) => {
    const value = valueOf(unit);
    return value === undefined ? [] : [{ unit, value }];
  });
  const sides: (typeof valued)[] = [];
  for (const v of valued) {
    const side = sides.find((members) => members.every((m) => agree(m.value, v.value)));
    if (side) side.push(v);
    else sides.push([v]);
  }
  const neutral = (v: (typeof valued)[number]) => valued.every((w) => w === v || agree(w.value, v.value));
  return sides.map((members) => members.filter((v) => !neutral(v)).map((v) => v.unit)).filter((side) => side.length > 0);
}

/**
 * The names a sentence gives besides its speaker's ("South Sudan's president said…"):
 * whom or what it is about. A sentence that opens with a pronoun ("He has 53 catches…",
 * "It killed 612 people") is also about what the sentence before it names.
 */
function subjectsOf(u: Unit, similarity: Similarity): Set<string> {
  let subjects = subjectsCache.get(u);
  if (!subjects) {
    subjects = readSubjects(u, similarity);
    subjectsCache.set(u, subjects);
  }
  return subjects;
}

/** Computed once per sentence: the number rules ask for them pair by pair and side by side. */
const subjectsCache = new WeakMap<Unit, Set<string>>();

function readSubjects(u: Unit, similarity: Similarity): Set<string> {
  const span = u.statement?.speaker.span;
  const words = span ? u.text.slice(Math.max(0, span.start - u.span.start), Math.max(0, span.end - u.span.start)) : '';
  const speaker = new Set(contentStems(`${u.speaker?.name ?? ''} ${words}`, u.language));
  // What a figure counts or measures is no subject, though a name writes it ("on the Richter scale").
  const counted = new Set(u.features.numbers.map((n) => n.unit));
  const names = (unit: Unit) => [...similarity.stemsOf(unit)].filter((s) => similarity.names.has(s) && !speaker.has(s) && !counted.has(s));
  const opener = /^\p{L}+/u.exec(u.text)?.[0].toLowerCase() ?? '';
  return new Set([...names(u), ...(u.previous && TOPIC_PRONOUNS.has(opener) ? names(u.previous) : [])]);
}

/**
 * Both sentences name whom they are about, and no one in common: "James added 15 points"
 * and "Ford finished with 2,290 points". A nationality and a name are not two subjects:
 * "42 people were killed in the Jabaliya school" and "At least 43 people were killed…
 * pushing the Palestinian death toll above 680" count the same dead.
 */
function differentSubjects(a: Unit, b: Unit, similarity: Similarity): boolean {
  const [sa, sb] = [subjectsOf(a, similarity), subjectsOf(b, similarity)];
  if (sa.size === 0 || sb.size === 0 || [...sa].some((s) => sb.has(s))) return false;
  const kinds = (subjects: Set<string>) => new Set([...subjects].map((s) => isDemonym(s)));
  const [ka, kb] = [kinds(sa), kinds(sb)];
  return [...ka].some((k) => kb.has(k));
}

/** The same words but for their figures: one sentence, edited or mistyped in one of them. */
function oneWording(a: Unit, b: Unit, similarity: Similarity): boolean {
  const words = (u: Unit) => [...similarity.stemsOf(u)].filter((s) => !/^\d/.test(s));
  const [wa, wb] = [words(a), words(b)];
  return wa.length === wb.length && wa.every((w) => wb.includes(w));
}

/**
 * Number disputes, one per quantity in dispute, the first pair's first: "The 6.1-magnitude
 * quake struck Qeshm island, home to 120,000 people" disputes the magnitude with one
 * outlet and the island's people with another.
 */
function numberConflicts(units: Unit[], pairs: [Unit, Unit][], similarity: Similarity): Conflict[] {
  const found: { quantity: NumberMention; conflict: Conflict }[] = [];
  for (const [a, b] of pairs) {
    // Forecasts and hedged figures ("economists expected 845,000 jobs") are not claims of
    // fact; figures of another occurrence ("another school", "last season") count something else.
    if (a.features.hedged || b.features.hedged || a.features.elsewhen || b.features.elsewhen) continue;
    if (differentSubjects(a, b, similarity)) continue;
    if (differentFrames(a.features.numbers, b.features.numbers)) continue;
    const predicates = readsPredicates(a.language) && readsPredicates(b.language);
    if (!numbersDisagree(a.features.numbers, b.features.numbers, predicates, oneWording(a, b, similarity))) continue;
    // Sides: the sentences that give a value for the quantity in dispute, grouped by value
    // ("1,800 people were evacuated" | "1,200 residents were evacuated"); a sentence that
    // does not count it, or counts it of someone else than the pair does, takes no side.
    const elsewhere = (u: Unit) => differentSubjects(u, a, similarity) && differentSubjects(u, b, similarity);
    for (const disputed of a.features.numbers.filter((x) => b.features.numbers.some((y) => numbersConflict(x, y)))) {
      if (found.some((f) => sameQuantity(f.quantity, disputed))) continue;
      const valueOf = (u: Unit) => (u.features.hedged || u.features.elsewhen || elsewhere(u) ? undefined : u.features.numbers.find((n) => contradictable(n, disputed)));
      const sides = partition<NumberMention>(units, valueOf, (x, y) => !numbersConflict(x, y));
      if (sides.length > 1) found.push({ quantity: disputed, conflict: { kind: 'number', sides } });
    }
  }
  return found.map((f) => f.conflict);
}

function dateConflict(units: Unit[], pairs: [Unit, Unit][]): Conflict | undefined {
  const kindOf = (key: string) => (key.startsWith('weekday:') ? 'weekday' : key.length);
  // The day something was said is not the day of what was said, nor is the day of what came before or after it.
  const factDates = (u: Unit) => u.features.dates.filter((d) => !d.saying && !d.earlierOrLater);
  for (const [a, b] of pairs) {
    for (const da of factDates(a)) {
      const others = factDates(b).filter((db) => kindOf(db.key) === kindOf(da.key));
      if (others.length === 0 || others.some((db) => db.key === da.key)) continue;
      const valueOf = (u: Unit) => factDates(u).find((d) => kindOf(d.key) === kindOf(da.key))?.key;
      const sides = partition<string>(units, valueOf, (x, y) => x === y);
      if (sides.length > 1) return { kind: 'date', sides };
    }
  }
  return undefined;
}

/** `word` (or its plural) written as a whole word in lower-cased `text`. */
function writes(text: string, word: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{M}])${word}s?(?![\\p{L}\\p{M}])`, 'u').test(text);
}

/** A street lies in a town or a quarter ("40 East Fifth Avenue", "the Mount Pleasant neighbourhood"): it disputes only another street. */
const isStreet = (place: string) => place.split(' ').some((w) => STREET_WORDS.has(w));

function placeConflict(units: Unit[], pairs: [Unit, Unit][], docText: (doc: string) => string): Conflict | undefined {
  // A place the other document names anywhere is not in conflict with it ("Geneva" and
  // "Switzerland"); nor are places that some document of the claim names together: one
  // holds the other ("Banstead in Surrey"), or both have a part in the story. Without a
  // gazetteer, that is the evidence there is of how places relate.
  // A document that writes "Canadian" knows Canada as well as one that writes "Canada".
  const unknownTo = (places: string[], doc: string) => places.every((p) => !docText(doc).includes(p) && !demonymsOf(p).some((d) => writes(docText(doc), d)));
  const docs = [...new Set(units.map((u) => u.doc))].map(docText);
  const together = (pa: string[], pb: string[]) =>
    docs.some((text) => pa.some((p) => text.includes(p)) && pb.some((q) => text.includes(q)));
  for (const [a, b] of pairs) {
    const pa = a.features.places;
    const pb = b.features.places;
    if (!pa.length || !pb.length || pa.some((p) => pb.includes(p)) || pa.every(isStreet) !== pb.every(isStreet)) continue;
    if (!unknownTo(pa, b.doc) || !unknownTo(pb, a.doc) || together(pa, pb)) continue;
    const valueOf = (u: Unit) => (u.features.places.length ? u.features.places : undefined);
    const sides = partition<string[]>(units, valueOf, (x, y) => x.some((p) => y.includes(p)));
    if (sides.length > 1) return { kind: 'place', sides };
  }
  return undefined;
}

/**
 * One wording has the opposite word where the other has its antonym, and that is all they
 * differ in, or nearly ("the council accepted the plan" / "the council rejected the
 * plan"). Antonyms in wordings that differ more sit in different places: "a rear camera"
 * in one and "a front camera" in the other, "employees" and "their employer".
 */
export function antonymSwap(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const onlyA = [...a].filter((x) => !b.has(x));
  const onlyB = [...b].filter((y) => !a.has(y));
  if (onlyA.length > ANTONYM_ONLY_DIFFERENCE || onlyB.length > ANTONYM_ONLY_DIFFERENCE) return false;
  return onlyA.some((x) => onlyB.some((y) => areAntonyms(x, y)));
}

/** How many content words each wording may have that the other lacks, the antonym included. */
const ANTONYM_ONLY_DIFFERENCE = 2;

const antonymIn = (a: Unit, b: Unit, similarity: Similarity) => antonymSwap(similarity.stemsOf(a), similarity.stemsOf(b));

/** The clause of `unit` that holds most of the `focus` stems, if any holds one. */
function claimClause(unit: Unit, focus: ReadonlySet<string>): Clause | undefined {
  let best: Clause | undefined;
  let most = 0;
  for (const clause of unit.features.clauses) {
    const held = new Set(clause.stems.filter((s) => focus.has(s))).size;
    if (held > most) {
      best = clause;
      most = held;
    }
  }
  return best;
}

/**
 * Whether `unit` denies what `focus` (stems it shares with another sentence) is about: the
 * polarity of its clause that holds most of those stems, so that "Residents said the wall
 * cracked, but nobody saw it" asserts the cracking. Questions have none.
 */
function polarityAbout(unit: Unit, focus: ReadonlySet<string>): boolean | undefined {
  if (unit.features.question) return undefined;
  const clause = claimClause(unit, focus);
  if (clause?.asks) return undefined;
  return clause?.negative ?? unit.features.negative;
}

/**
 * The units that deny what `reference` asserts, or assert what it denies, in the clause
 * that carries what they share ("Residents claimed the dam wall had cracked" against "The
 * authority denied that the dam wall had been damaged"), though not closely enough worded
 * to call the claim disputed. They are not its support. Only an explicit denial counts:
 * plain negation is too loosely scoped to split claims on.
 */
export function opposedTo(reference: Unit, units: Unit[], similarity: Similarity): Unit[] {
  return units.filter((u) => {
    if (u === reference || u.features.question || reference.features.question) return false;
    const focus = sharedStems(reference, u, similarity);
    const [a, b] = [claimClause(reference, focus), claimClause(u, focus)];
    if (!a || !b || a.negative === b.negative || !(a.negative ? a : b).denial) return false;
    // Another pair of their clauses may agree on the same content ("did not pay any money" and "denied paying money").
    return !agreeSomewhere(reference, u, similarity);
  });
}

/** Some clause of `a` and some clause of `b` have the same polarity and share two content words. */
function agreeSomewhere(a: Unit, b: Unit, similarity: Similarity): boolean {
  for (const ca of a.features.clauses) {
    for (const cb of b.features.clauses) {
      if (ca.negative !== cb.negative) continue;
      if (similarity.sharedContent(new Set(ca.stems), new Set(cb.stems)) >= CONFLICT.polarityShared) return true;
    }
  }
  return false;
}

/** Stems two sentences share. */
function sharedStems(a: Unit, b: Unit, similarity: Similarity): Set<string> {
  const sb = similarity.stemsOf(b);
  return new Set([...similarity.stemsOf(a)].filter((s) => sb.has(s)));
}

/** One sentence negates a shared word that the other does not negate. */
function negatesShared(a: Unit, b: Unit, focus: ReadonlySet<string>): boolean {
  const [na, nb] = [new Set(a.features.negated), new Set(b.features.negated)];
  return [...na].some((s) => !nb.has(s) && focus.has(s)) || [...nb].some((s) => !na.has(s) && focus.has(s));
}

const attributions = new WeakMap<Unit, ReadonlySet<string>>();

/**
 * Stems of the words that name who speaks in a sentence ("Palmer public safety director
 * Jon Owen"): they tell nothing of what was said. Verbs of saying are no stems already.
 */
function attributionStems(unit: Unit): ReadonlySet<string> {
  let stems = attributions.get(unit);
  if (!stems) {
    const at = speakerMention(unit, unit.span);
    stems = new Set(at ? contentStems(unit.text.slice(at.start, at.end), unit.language) : []);
    attributions.set(unit, stems);
  }
  return stems;
}

/** `stems` without those of the unit's attribution. */
function saidWords(unit: Unit, stems: Iterable<string>): Set<string> {
  const attribution = attributionStems(unit);
  return new Set([...stems].filter((s) => !attribution.has(s)));
}

function polarityConflict(units: Unit[], pairs: [Unit, Unit][], similarity: Similarity): Conflict | undefined {
  // One word flips the meaning, so the rest must match closely: as whole sentences, or in
  // the clauses that carry what they share; what was said, not who said it (two of one
  // speaker's statements share the speaker's name and title).
  const close = (o: { cover: number; shared: number }) => o.cover >= CONFLICT.polarity && o.shared >= CONFLICT.polarityShared;
  for (const [a, b] of pairs) {
    if (a.features.question || b.features.question || a.features.elsewhen || b.features.elsewhen) continue;
    const whole = similarity.contentOverlap(a, b);
    const focus = sharedStems(a, b, similarity);
    const [ca, cb] = [claimClause(a, focus), claimClause(b, focus)];
    if (ca?.asks || cb?.asks) continue;
    const said = similarity.stemOverlap(saidWords(a, similarity.stemsOf(a)), saidWords(b, similarity.stemsOf(b)));
    if (!close(said) && !(ca && cb && close(similarity.stemOverlap(saidWords(a, ca.stems), saidWords(b, cb.stems))))) continue;
    // Two wordings of one sentence (an edited copy) compare as wholes, since their clauses
    // may be cut differently ("court, and that" / "court and that"). Either way, a flip
    // needs a negation that one lacks bearing on a word they share ("had a gun" / "did not
    // have a gun"; not "…during the trial that never ended").
    const polarityDiffers =
      whole.cover >= CONFLICT.speaker
        ? a.features.negative !== b.features.negative
        : (ca?.negative ?? a.features.negative) !== (cb?.negative ?? b.features.negative);
    if (polarityDiffers && negatesShared(a, b, focus)) {
      const sides = partition<boolean>(units, (u) => (u.features.elsewhen ? undefined : polarityAbout(u, focus)), (x, y) => x === y);
      return { kind: 'negation', sides };
    }
    if (antonymIn(a, b, similarity)) {
      const sides = partition<Unit>(units, (u) => u, (x, y) => !antonymIn(x, y, similarity));
      return { kind: 'negation', sides };
    }
  }
  return undefined;
}

/**
 * Two speakers who may be one person: the same by `sameSpeaker`, or surnames the same or
 * one letter apart, as a misspelling or another transliteration makes them ("Hefner" and
 * "Heffner", "Gaddafi" and "Qaddafi"; short names differ too often by one letter to tell).
 */
function maybeSamePerson(a: { entity?: string; name: string }, b: { entity?: string; name: string }): boolean {
  const [sa, sb] = [a.name, b.name].map((name) => name.toLowerCase().split(/\s+/).pop() ?? '');
  return sameSpeaker(a, b) || sa === sb || (Math.min(sa.length, sb.length) >= SURNAME_VARIANT_LENGTH && distance(sa, sb) <= 1);
}

/** The shortest surname that a one-letter difference may be a variant of. */
const SURNAME_VARIANT_LENGTH = 5;

const quotedStems = new WeakMap<Unit, Set<string>>();

/**
 * How far two quoting sentences quote the same words: for two direct quotations, their
 * words, so that the words around them ("a déclaré la ministre", "said the mayor") do not
 * count; whole sentences when a quotation is too short to tell, or is a fragment inside
 * reported speech (a spokesman's account quoting a few of someone else's words).
 */
function quotedWordsOverlap(a: Unit, b: Unit, similarity: Similarity): number {
  if (a.statement!.kind !== 'direct' || b.statement!.kind !== 'direct') return similarity.contentOverlap(a, b).cover;
  const stems = (u: Unit) => {
    let set = quotedStems.get(u);
    if (!set) {
      set = new Set(contentStems(u.statement!.text, u.language));
      quotedStems.set(u, set);
    }
    return set;
  };
  const [sa, sb] = [stems(a), stems(b)];
  if (sa.size < MIN_CONTENT_WORDS || sb.size < MIN_CONTENT_WORDS) return similarity.contentOverlap(a, b).cover;
  return similarity.stemOverlap(sa, sb).cover;
}

function speakerConflict(units: Unit[], pairs: [Unit, Unit][], similarity: Similarity): Conflict | undefined {
  // Quoted words with a person the entities stage resolved as their speaker: an
  // organisation and its spokesperson, or an unresolved "he", say the same words without
  // contradiction. The outlet must name the speaker itself, by a verb of saying and a name:
  // a quotation attributed from its context, or a pronoun or description resolved to a
  // name, is the pipeline's reading, and a wrong reading is no dispute between outlets.
  const quoted = (u: Unit) =>
    u.speaker?.person === true &&
    u.statement !== undefined &&
    u.statement.kind !== 'reported' &&
    u.statement.cue.span !== undefined &&
    u.statement.speaker.antecedent === undefined;
  for (const [a, b] of pairs) {
    if (!quoted(a) || !quoted(b) || maybeSamePerson(a.speaker!, b.speaker!)) continue;
    if (quotedWordsOverlap(a, b, similarity) < CONFLICT.speaker) continue;
    const sides = partition(units, (u) => (quoted(u) ? u.speaker : undefined), maybeSamePerson);
    if (sides.length > 1) return { kind: 'speaker', sides };
  }
  return undefined;
}

/**
 * The contradictions between sources in a group of aligned sentences: the first found, by
 * kind, and after a number dispute those of other quantities the same sentences count.
 */
export function findConflicts(
  units: Unit[],
  similarity: Similarity,
  docText: (doc: string) => string,
  counterparts: (a: Unit, b: Unit) => boolean = () => true,
): Conflict[] {
  if (new Set(units.map((u) => u.doc)).size < 2) return [];
  const pairs = crossPairs(units);
  // Different values are a contradiction only between the two versions of one fact.
  const valuePairs = pairs.filter(([a, b]) => similarity.compare(a, b).score >= CONFLICT.number && counterparts(a, b));
  const samePairs = valuePairs.filter(([a, b]) => similarity.contentOverlap(a, b).cover >= CONFLICT.value);
  const numbers = numberConflicts(units, valuePairs, similarity);
  if (numbers.length > 0) return numbers;
  const other =
    dateConflict(units, samePairs) ??
    placeConflict(units, samePairs, docText) ??
    polarityConflict(units, pairs, similarity) ??
    speakerConflict(units, valuePairs, similarity);
  return other ? [other] : [];
}
