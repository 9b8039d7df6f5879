import type { Unit } from '../claims/index.js';
import { negates } from '../claims/tokens.js';
import type { Span } from '../core/types.js';
import { quotationState, type QuotedWord } from '../language/index.js';
import { mainVerbEnd, taggedWords } from '../statements/index.js';
import { CLAUSE_END, CLAUSE_VERBS, DANGLING_CLASSES, LEADS_INTO_NEXT, OBJECT_CLASSES, PAIR_OPENERS, SUBJECT_CLASSES } from './lexicon.js';
import { contentTokens } from './words.js';

/** What the summary may quote of one sentence: all of it, or its opening cut to the budget. */
export interface Passage {
  unit: Unit;
  /** Into the document's text. */
  span: Span;
  text: string;
  words: number;
  /** Stems of its content words (see `contentTokens`). */
  stems: string[];
  /** Less than the whole sentence. */
  excerpt: boolean;
}

/** A sentence's words, and its content words' stems with their offsets, computed once. */
interface Parsed {
  words: QuotedWord[];
  tokens: { start: number; stem: string }[];
  /** The sentence closes a quotation that an earlier sentence opened: the tail of someone's words. */
  continuesQuotation: boolean;
}
const parsed = new WeakMap<Unit, Parsed>();

function parse(unit: Unit): Parsed {
  let out = parsed.get(unit);
  if (!out) {
    out = { ...quotationState(unit.text), tokens: contentTokens(unit.text, unit.language) };
    parsed.set(unit, out);
  }
  return out;
}

type Tagged = ReturnType<typeof taggedWords>;
const taggedCache = new WeakMap<Unit, Tagged>();

/** The sentence's words with their classes, by the English tagger, computed once. */
function tagged(unit: Unit): Tagged {
  let out = taggedCache.get(unit);
  if (!out) taggedCache.set(unit, (out = taggedWords(unit.text)));
  return out;
}

const isVerb = (pos: string | undefined) => pos === 'VERB' || pos === 'AUX';
const isNominal = (pos: string | undefined) => pos === 'NOUN' || pos === 'PROPN' || pos === 'NUM';
/** Words that may stand before a noun of their phrase: "boyhood home", "federal agents", "Q10 phone". */
const isModifier = (pos: string | undefined) => isNominal(pos) || pos === 'ADJ';

/**
 * Whether an English sentence cut at `end` stops where a phrase and a clause end: not on
 * an article, a preposition, a conjunction or an auxiliary ("she'd …"); not inside a noun
 * phrase ("outside his boyhood …" home, "involving federal …" agents, "criminally …"
 * negligent, "with 352 …" net yards, "federal, state …" and city agencies); not on a word
 * that leads into the next ("according …" to) or the first half of a pair ("between
 * Republicans …" and Democrats); not before a verb's object ("urged the State …") or the
 * "to" a verb takes ("is asked …" to call); not on a phrase's verb alone (", having
 * appeared …", "an elite RB going …" forward); and not on the subject of a clause it
 * opened, by a conjunction or a verb such as "say" or "believe", without that clause's
 * verb ("Apple said Jobs …", "he believes authorities …", "that angry demonstrators …").
 */
function grammaticalCut(words: Tagged, end: number, reported: number): boolean {
  // The cut's last word, not the comma or the closing mark that ends it ("says," is "says").
  let k = words.length - 1;
  while (k >= 0 && (words[k].end > end || words[k].pos === 'PUNCT')) k--;
  const [last, next] = [words[k], words[k + 1]];
  if (!last || CUT_DANGLING.has(last.pos) || LEADS_ON.has(last.lower)) return false;
  if ((isModifier(last.pos) && isNominal(next?.pos)) || (last.pos === 'ADV' && next?.pos === 'ADJ')) return false;
  // "with 352 …" net yards, "two other …" vehicles: a number or an adjective before an adjective is inside a noun phrase.
  if ((last.pos === 'NUM' || last.pos === 'ADJ') && next?.pos === 'ADJ') return false;
  if (last.pos === 'VERB' && OBJECT_OPENERS.has(next?.pos ?? '')) return false;
  // "as well …" as, "as many …" as: the first half of a comparison.
  if (words[k - 1]?.lower === 'as' && next?.lower === 'as') return false;
  // "…, caused …" by, "…, killing …", "…, having appeared …": a phrase that a comma opens
  // with its verb says nothing with the verb alone.
  let opener = k - 1;
  while (opener >= 0 && isAuxiliary(words[opener])) opener--;
  if (last.pos === 'VERB' && words[opener]?.text === ',') return false;
  // "is asked …" to call, "has come …" to an end: a verb after its auxiliary, before the "to" it takes.
  if (last.pos === 'VERB' && next?.lower === 'to' && isAuxiliary(words[k - 1])) return false;
  // "an elite RB going …" forward: a participle right after a noun opens a phrase about it.
  if (last.pos === 'VERB' && /ing$/.test(last.lower) && isNominal(words[k - 1]?.pos)) return false;
  // "between Republicans …" and Democrats: the first half of a pair.
  if (next && words.slice(Math.max(0, k - PAIR_REACH), k).some((w) => PAIR_OPENERS[w.lower] === next.lower)) return false;
  // "involving federal, …" state and city agencies: inside a list of modifiers of one noun.
  if (inModifierList(words, k)) return false;
  // "… Committee Democrats …" a subject without its verb; but "“…,” the mayor …" said tells whose words they are.
  if (SUBJECTS.has(last.pos) && isVerb(next?.pos) && !OPENS_CLAUSE.has(next?.lemma ?? '')) return false;
  // "…, Trump said" ends on its verb of saying, the words before it; "…, adding" leaves them out.
  const opensClause = (w: Tagged[number], i: number) => w.pos === 'VERB' && OPENS_CLAUSE.has(w.lemma) && (i < k || !SUBJECTS.has(words[i - 1]?.pos ?? ''));
  if (opensClause(last, k)) return false;
  // …and when those words say something: "At one time, Owen said" reports nothing yet.
  if (last.pos === 'VERB' && OPENS_CLAUSE.has(last.lemma) && !words.slice(0, k).some((w) => isVerb(w.pos))) return false;
  let clause = reported;
  words.forEach((w, i) => {
    if (w.end <= end && (w.pos === 'SCONJ' || opensClause(w, i))) clause = Math.max(clause, w.end);
  });
  return clause <= 0 || words.some((w) => w.start >= clause && w.end <= end && isVerb(w.pos));
}

const CUT_DANGLING = new Set<string>(DANGLING_CLASSES);
const LEADS_ON = new Set<string>(LEADS_INTO_NEXT);
const OPENS_CLAUSE = new Set<string>(CLAUSE_VERBS);
const SUBJECTS = new Set<string>(SUBJECT_CLASSES);
const OBJECT_OPENERS = new Set<string>(OBJECT_CLASSES);
/** Auxiliaries the tagger may read as verbs ("having appeared", "being held"). */
const AUXILIARY_LEMMAS = new Set(['have', 'be']);
const isAuxiliary = (w: Tagged[number] | undefined) => w !== undefined && (w.pos === 'AUX' || AUXILIARY_LEMMAS.has(w.lemma));
/**
 * Whether the modifier at `k` is one of a list of modifiers that share the noun after the
 * list's last ("federal, state and city agencies"), not an item of a list of nouns ("bread,
 * milk and eggs").
 */
function inModifierList(words: Tagged, k: number): boolean {
  // Each item one word: "little campaigning and little coverage" lists noun phrases.
  if (!isModifier(words[k].pos) || isModifier(words[k - 1]?.pos)) return false;
  for (let j = k + 1; j < words.length && j <= k + MODIFIER_LIST_REACH; j++) {
    const w = words[j];
    if (w.pos === 'CCONJ') return isModifier(words[j + 1]?.pos) && isNominal(words[j + 2]?.pos);
    if (w.text !== ',' && !isModifier(w.pos)) return false;
  }
  return false;
}

/** How many words before a cut the word that opens a pair may stand ("between the two main parties"). */
const PAIR_REACH = 4;
/** How many words after a cut the conjunction of a list of modifiers may come. */
const MODIFIER_LIST_REACH = 6;

/** The sentence's first `count` words; a cut after "Sunday," or "said:" drops the comma or colon. */
function opening(unit: Unit, count: number): Passage {
  const { words, tokens } = parse(unit);
  const whole = count === words.length;
  let end = words[count - 1].end;
  while (!whole && end > 0 && CLAUSE_END.test(unit.text[end - 1])) end--;
  return {
    unit,
    span: { start: unit.span.start, end: unit.span.start + end },
    text: unit.text.slice(0, end),
    words: count,
    stems: tokens.filter((t) => t.start < end).map((t) => t.stem),
    excerpt: !whole,
  };
}

/** The whole sentence, or nothing when it has no words. */
export function sentenceOf(unit: Unit): Passage | undefined {
  const { words, continuesQuotation } = parse(unit);
  return words.length > 0 && !continuesQuotation ? opening(unit, words.length) : undefined;
}

/**
 * The sentence cut to fill what is left of the budget: its longest opening of at most
 * `maxWords` words (and at least `minWords`, fewer than the whole) that leaves no
 * quotation open, ends on a word of content, not on "the", "of", "not" or the "s" of a
 * possessive, and goes past its first verb (in English, which the tagger reads: "The girl
 * never imagined …" leaves out what she imagined) and reaches some of the words a sentence
 * reports, not only who said them. A quotation cut short would put words in a
 * speaker's mouth that they did not end on.
 */
export function openingOf(unit: Unit, maxWords: number, minWords: number): Passage | undefined {
  const { words, tokens } = parse(unit);
  // A cut that ends on "not" leaves out what is denied ("the gang member not …"), one that
  // ends on a possessive what is owned ("hit Indonesia's …").
  const content = (w: QuotedWord) => {
    const word = unit.text.slice(w.start, w.end).toLowerCase().replace(/’/g, "'");
    return tokens.some((t) => t.start >= w.start && t.start < w.end && t.stem.length > 1) && !negates(word) && !/'s$|s'$/.test(word);
  };
  // "The prime minister's insistence …" says nothing, nor does "Prime Minister Anna Holt
  // said …": the cut must go past a verb and reach the words a sentence reports.
  const reported = unit.statement ? unit.statement.span.start - unit.span.start : 0;
  const english = unit.language === 'en';
  const verb = english ? mainVerbEnd(tagged(unit)) : 0;
  for (let count = Math.min(maxWords, words.length - 1); count >= Math.max(minWords, 1); count--) {
    const end = words[count - 1].end;
    if (verb === undefined || end <= reported || end <= verb) break;
    if (words[count - 1].closed && content(words[count - 1]) && (!english || grammaticalCut(tagged(unit), end, reported))) return opening(unit, count);
  }
  return undefined;
}
