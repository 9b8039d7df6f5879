import type { Unit } from '../claims/index.js';
import { negates } from '../claims/tokens.js';
import type { Span } from '../core/types.js';
import { quotationState, type QuotedWord } from '../language/index.js';
import { mainVerbEnd, taggedWords } from '../statements/index.js';
import { CLAUSE_END, CLAUSE_VERBS, DANGLING_CLASSES, LEADS_INTO_NEXT, OBJECT_CLASSES, SUBJECT_CLASSES } from './lexicon.js';
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
 * negligent, "with 352 …" net yards); not on a word that leads into the next ("according
 * …" to); not before a verb's object ("urged the State …"); and not on the subject of a
 * clause it opened, by a conjunction or a verb such as "say" or "believe", without that
 * clause's verb ("Apple said Jobs …", "he believes authorities …", "that angry
 * demonstrators …").
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
  // "…, caused …" by, "…, killing …": a phrase that a comma opens with its verb says nothing with the verb alone.
  if (last.pos === 'VERB' && words[k - 1]?.text === ',') return false;
  // "… Committee Democrats …" a subject without its verb; but "“…,” the mayor …" said tells whose words they are.
  if (SUBJECTS.has(last.pos) && isVerb(next?.pos) && !OPENS_CLAUSE.has(next?.lemma ?? '')) return false;
  // "…, Trump said" ends on its verb of saying, the words before it; "…, adding" leaves them out.
  const opensClause = (w: Tagged[number], i: number) => w.pos === 'VERB' && OPENS_CLAUSE.has(w.lemma) && (i < k || !SUBJECTS.has(words[i - 1]?.pos ?? ''));
  if (opensClause(last, k)) return false;
  // …and when those words say something: "At one time, Owen said" reports nothing yet.
  if (last.pos === 'VERB' && OPENS_CLAUSE.has(last.lemma) && !words.slice(0, k).some((w) => isVerb(w.pos))) return false;
  let opener = reported;
  words.forEach((w, i) => {
    if (w.end <= end && (w.pos === 'SCONJ' || opensClause(w, i))) opener = Math.max(opener, w.end);
  });
  return opener <= 0 || words.some((w) => w.start >= opener && w.end <= end && isVerb(w.pos));
}

const CUT_DANGLING = new Set<string>(DANGLING_CLASSES);
const LEADS_ON = new Set<string>(LEADS_INTO_NEXT);
const OPENS_CLAUSE = new Set<string>(CLAUSE_VERBS);
const SUBJECTS = new Set<string>(SUBJECT_CLASSES);
const OBJECT_OPENERS = new Set<string>(OBJECT_CLASSES);

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
