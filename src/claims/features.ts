import * as chrono from 'chrono-node';
import type { Span } from '../core/types.js';
import { DECIMAL_COMMA, perLanguage, stemWord, stopwordsOf, UNSPACED_SCRIPT, wordsOfRun } from '../language/index.js';
import { CUE_WORDS_BY_LANGUAGE, CUES_BY_LANGUAGE } from '../statements/lexicon-languages.js';
import { dateReaderFor } from './dates.js';
import { DENIALS_BY_LANGUAGE, NEGATIONS_BY_LANGUAGE } from './lexicon-languages.js';
import {
  AGE_WORDS,
  APPROX_TOLERANCE,
  CLAUSE_CONJUNCTIONS,
  CLAUSE_OPENERS,
  CLAUSE_PUNCTUATION,
  DENIALS,
  ELISION,
  HEDGES,
  MEASURE_UNITS,
  MULTIPLIERS,
  NEGATING_PHRASES,
  NEGATIONS,
  NOT_PLACES,
  NUMBER_FILLERS,
  NUMBER_PHRASE_BREAK,
  NUMBER_PHRASE_LINKS,
  NUMBER_QUALIFIERS,
  NUMBER_WORDS,
  PLACE_PREPOSITIONS,
  REPORTING_VERBS,
  STOPWORDS,
} from './lexicon.js';

/** A word or symbol of a text, with its offsets into the document. */
export interface Token extends Span {
  /** Lower-case surface form, curly apostrophes made straight. */
  lower: string;
  /** Stem of `lower` in the text's language (numbers and symbols unchanged; see `stemWord`). */
  stem: string;
  capitalized: boolean;
  /** Two words of the text joined into one ("cyber security" -> cybersecurity). */
  compound?: boolean;
}

/** A number in the text as an interval, with the word it counts ("five people" -> people). */
export interface NumberMention extends Span {
  low: number;
  high: number;
  /** Stem of what is counted ("peopl", "percent", "$"), empty when the text does not say. */
  unit: string;
  /** The content word after the counted one ("1,800 people were evacuated" -> evacu), if near. */
  predicate?: string;
  /** One of counts that add up ("two women and one man died"): comparable only with another such count of the same thing. */
  part?: boolean;
}

/** A date the text names, at the precision it names it. */
export interface DateMention extends Span {
  /** Comparable key: "2021-06-16" for a day, "weekday:2" for a weekday alone. */
  key: string;
  /** ISO date (YYYY-MM-DD) when the year is known or can be taken from the document's date. */
  iso?: string;
  precision: 'day' | 'month' | 'year';
  text: string;
  /** The date of a saying, not of what is said: "…, police said Saturday". */
  saying?: boolean;
}

export interface Features {
  /** Content stems in order of appearance (no stopwords, reporting verbs, negations or numbers). */
  stems: string[];
  /**
   * Multi-word terms: adjacent content stems ("strateg stabil") and words written both
   * joined and apart in the coverage ("cybersecur"). Sharing a rare one is strong evidence.
   */
  phrases: string[];
  numbers: NumberMention[];
  dates: DateMention[];
  /** Place names, lower-case. */
  places: string[];
  /** An odd number of negations and denials: the sentence denies rather than asserts. */
  negative: boolean;
  /** Stems of the words the negations bear on: the first content word after each ("did not have a gun" -> gun). */
  negated: string[];
  /** The sentence's clauses, each with its content stems and its own polarity. */
  clauses: Clause[];
  hedged: boolean;
  question: boolean;
}

/** A clause of a sentence: "Residents said the wall cracked" | "but nobody saw it". */
export interface Clause {
  stems: string[];
  /** An odd number of negations and denials in this clause. */
  negative: boolean;
  /** The clause denies something said ("denied that…", "denied paying…"). */
  denial: boolean;
}

/** How many words after a verb of denial its "that" may come ("dismissed reports that…"). */
const DENIAL_REACH = 3;

/** The words that set a clause's polarity and its source, in one language. */
interface PolarityWords {
  negations: ReadonlySet<string>;
  denials: ReadonlySet<string>;
  /** Words of verbs of saying: a clause opens before them. */
  speech: ReadonlySet<string>;
  /** Words that open what a denial denies ("that", "dass", "que"). */
  complementizers: ReadonlySet<string>;
}

const ENGLISH_POLARITY: PolarityWords = { negations: NEGATIONS, denials: DENIALS, speech: REPORTING_VERBS, complementizers: new Set(['that']) };

const union = (a: ReadonlySet<string>, b: Iterable<string> | undefined) => new Set([...a, ...(b ?? [])]);

/** English words, with those of the document's language added when it is another one. */
function polarityWordsOf(language: string | undefined): PolarityWords {
  return !language || language === 'en' ? ENGLISH_POLARITY : otherPolarityWords(language);
}

const otherPolarityWords = perLanguage(
  (language): PolarityWords => ({
    negations: union(NEGATIONS, NEGATIONS_BY_LANGUAGE[language]),
    denials: union(DENIALS, DENIALS_BY_LANGUAGE[language]),
    speech: union(REPORTING_VERBS, CUE_WORDS_BY_LANGUAGE[language]),
    complementizers: union(ENGLISH_POLARITY.complementizers, CUES_BY_LANGUAGE[language]?.complementizers),
  }),
);

/** Whether the token at `i` negates its clause: "not", "never", "denied", or a negating phrase's first word ("yet to"). */
const isNegation = (t: Token, i: number, tokens: Token[], words: PolarityWords) =>
  words.negations.has(t.lower) ||
  t.lower.endsWith("n't") ||
  words.denials.has(t.lower) ||
  (NEGATING_PHRASES.has(t.lower) && NEGATING_PHRASES.get(t.lower) === tokens[i + 1]?.lower);

/**
 * A denial of something said ("denied that the wall cracked", "denied paying"), not of a
 * request ("denied an appeal", "denied bail"): "that" or a verb in -ing follows it closely.
 */
function deniesProposition(tokens: Token[], i: number, words: PolarityWords): boolean {
  return tokens
    .slice(i + 1, i + 1 + DENIAL_REACH)
    .some((t, k) => words.complementizers.has(t.lower) || (k === 0 && /^[a-z]{3,}ing$/.test(t.lower)));
}

/**
 * Cuts the tokens into clauses: at clause punctuation, at "…, which" / "…, but", at a bare
 * "but", and before a verb of saying or denying, so that the source ("Farmers said", "The
 * agency denied") stands apart from what it says and a denial negates what is denied. A
 * negation just before such a verb ("did not say") goes with it.
 */
function clausesOf(tokens: Token[], text: string, offset: number, isContentToken: (t: Token) => boolean, words: PolarityWords): Clause[] {
  const clauses: Clause[] = [];
  let current: Clause = { stems: [], negative: false, denial: false };
  tokens.forEach((t, i) => {
    if (i > 0) {
      const gap = text.slice(tokens[i - 1].end - offset, t.start - offset);
      const speech = words.speech.has(t.lower) || words.denials.has(t.lower);
      const opens =
        speech || CLAUSE_PUNCTUATION.test(gap) || (gap.includes(',') && CLAUSE_OPENERS.has(t.lower)) || CLAUSE_CONJUNCTIONS.has(t.lower);
      if (opens && (current.stems.length > 0 || current.negative)) {
        // "did not say": a negation right before the verb, with no punctuation between
        // (not the end of a quotation: "…are not harmed,” said the minister").
        const plainGap = (k: number) => !/[^\s\p{L}\p{N}]/u.test(text.slice(tokens[k].end - offset, t.start - offset));
        const carried = speech && [i - 2, i - 1].some((k) => k >= 0 && isNegation(tokens[k], k, tokens, words) && plainGap(k));
        if (carried) current.negative = !current.negative;
        clauses.push(current);
        current = { stems: [], negative: carried, denial: false };
      }
    }
    if (isNegation(t, i, tokens, words)) current.negative = !current.negative;
    else if (isContentToken(t)) current.stems.push(t.stem);
    if (words.denials.has(t.lower) && deniesProposition(tokens, i, words)) current.denial = true;
  });
  clauses.push(current);
  return clauses;
}

/** How many words after a verb of saying its date may come ("said on Saturday", "told reporters Monday"). */
const SAYING_DATE_REACH = 3;

/** Marks the dates that follow a verb of saying closely: they date the saying, not the fact. */
function markSayingDates(dates: DateMention[], tokens: Token[]): void {
  for (const d of dates) {
    const before = tokens.filter((t) => t.end <= d.start).slice(-SAYING_DATE_REACH);
    if (before.some((t) => REPORTING_VERBS.has(t.lower))) d.saying = true;
  }
}

/** How many words after a negation the word it bears on may come ("denied that he had ignored"). */
const NEGATION_REACH = 5;

function negatedStems(tokens: Token[], isContentToken: (t: Token) => boolean, words: PolarityWords): string[] {
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (!isNegation(t, i, tokens, words)) return;
    const next = tokens.slice(i + 1, i + 1 + NEGATION_REACH).find(isContentToken);
    if (next) out.push(next.stem);
  });
  return out;
}

const TOKEN = /\$|%|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[.,'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

/** The words of a text, stemmed as words of `language` (English when unknown). */
export function tokenize(text: string, offset = 0, language?: string): Token[] {
  const tokens: Token[] = [];
  const unspaced = UNSPACED_SCRIPT.test(text);
  for (const m of text.matchAll(TOKEN)) {
    const elided = ELISION.exec(m[0]);
    if (elided) tokens.push(tokenOf(m[0].slice(elided[0].length), offset + m.index + elided[0].length, language));
    else if (!unspaced) tokens.push(tokenOf(m[0], offset + m.index, language));
    else for (const { index, word } of wordsOfRun(m[0])) tokens.push(tokenOf(word, offset + m.index + index, language));
  }
  return tokens;
}

function tokenOf(word: string, start: number, language: string | undefined): Token {
  const lower = word.toLowerCase().replace(/’/g, "'");
  const isWord = /^\p{L}/u.test(lower);
  const base = isWord ? lower.replace(/'s$/, '') : lower;
  return {
    start,
    end: start + word.length,
    lower,
    stem: isWord ? stemWord(base.replace(/'/g, ''), language) : base,
    capitalized: /^\p{Lu}/u.test(word),
  };
}

/**
 * Join adjacent words that the coverage also writes as one word ("cyber security" when
 * another sentence says "cybersecurity"), so that the two spellings compare equal.
 */
export function joinCompounds(tokens: Token[], vocabulary: ReadonlySet<string>, language?: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    const joined = b ? a.lower + b.lower : '';
    if (b && /^[a-z]+$/.test(joined) && vocabulary.has(joined) && !STOPWORDS.has(a.lower) && !STOPWORDS.has(b.lower)) {
      out.push({ start: a.start, end: b.end, lower: joined, stem: stemWord(joined, language), capitalized: a.capitalized, compound: true });
      i++;
    } else out.push(a);
  }
  return out;
}

/**
 * The function words to leave out of a text's content words: the project's English list,
 * or the `stopword` package's list of the document's language with the words of its cues
 * of saying, negations and denials (English leaves those out by REPORTING_VERBS,
 * NEGATIONS and DENIALS).
 */
export function functionWordsOf(language: string | undefined): ReadonlySet<string> {
  return !language || language === 'en' ? STOPWORDS : otherFunctionWords(language);
}

const otherFunctionWords = perLanguage(
  (language): ReadonlySet<string> =>
    new Set([
      ...(stopwordsOf(language) ?? STOPWORDS),
      ...(CUE_WORDS_BY_LANGUAGE[language] ?? []),
      ...(NEGATIONS_BY_LANGUAGE[language] ?? []),
      ...(DENIALS_BY_LANGUAGE[language] ?? []),
    ]),
);

function isContent(t: Token, functionWords: ReadonlySet<string>): boolean {
  return (
    /^\p{L}/u.test(t.lower) &&
    t.lower.length > 1 &&
    !functionWords.has(t.lower) &&
    !REPORTING_VERBS.has(t.lower) &&
    !NEGATIONS.has(t.lower) &&
    !DENIALS.has(t.lower) &&
    !t.lower.endsWith("n't") &&
    !(t.lower in NUMBER_WORDS)
  );
}

/** Content stems of a short text outside the documents' sentences (a title, a speaker's name). */
export function contentStems(text: string, language?: string): string[] {
  const functionWords = functionWordsOf(language);
  return tokenize(text, 0, language)
    .filter((t) => isContent(t, functionWords))
    .map((t) => t.stem);
}

export interface FeatureContext {
  vocabulary: ReadonlySet<string>;
  /** Stems of words that the coverage also writes as two words. */
  compounds: ReadonlySet<string>;
  /** The document's date, the reference for relative dates ("on Monday"). */
  published?: Date;
  /** Place mentions found by the entities stage in this span; undefined when the stage has not run. */
  places?: string[];
  /** The document's language (ISO 639-1), which decides its function words; English when unknown. */
  language?: string;
}

/** The comparable features of one span of text (`offset` is its start in the document). */
export function extractFeatures(text: string, offset: number, context: FeatureContext): Features {
  const tokens = joinCompounds(tokenize(text, offset, context.language), context.vocabulary, context.language);
  const dates = findDates(text, offset, context.published, context.language);
  const inDate = (t: Token) => dates.some((d) => t.start >= d.start && t.end <= d.end);
  const polarity = polarityWordsOf(context.language);
  const negations = tokens.filter((t, i) => isNegation(t, i, tokens, polarity)).length;
  markSayingDates(dates, tokens);
  const functionWords = functionWordsOf(context.language);
  const isContentToken = (t: Token) => isContent(t, functionWords) && !inDate(t);
  const content = tokens.filter(isContentToken);
  const phrases = content.filter((t) => t.compound || context.compounds.has(t.stem)).map((t) => t.stem);
  for (let i = 1; i < content.length; i++) {
    const between = tokens.indexOf(content[i]) - tokens.indexOf(content[i - 1]);
    if (between === 1) phrases.push(`${content[i - 1].stem} ${content[i].stem}`);
  }
  return {
    stems: content.map((t) => t.stem),
    phrases,
    numbers: numbersOf(tokens.filter((t) => !inDate(t)), text, offset, context.language),
    dates,
    places: context.places ?? findPlaces(tokens),
    negative: negations % 2 === 1,
    negated: negatedStems(tokens, isContentToken, polarity),
    clauses: clausesOf(tokens, text, offset, isContentToken, polarity),
    hedged: tokens.some((t) => HEDGES.has(t.lower)),
    question: /\?\s*["”’»)]*\s*$/.test(text),
  };
}

/** The numbers of a span's tokens (dates left out), read by the conventions of its language. */
function numbersOf(tokens: Token[], text: string, offset: number, language: string | undefined): NumberMention[] {
  const decimalComma = DECIMAL_COMMA.has(language ?? '');
  const numbers = findNumbers(
    decimalComma ? tokens.map(withDecimalPoint) : tokens,
    (t) => gluedToWord(t, text, offset),
    (a, b) => text.slice(a.end - offset, b.start - offset),
  );
  return readsPredicates(language) ? numbers : numbers.map(({ predicate: _predicate, ...n }) => n);
}

/** "1.800" as "1,800" and "1,8" as "1.8": a number written with a decimal comma, read the English way. */
function withDecimalPoint(t: Token): Token {
  if (!/^\d[\d.,]*\d$/.test(t.lower)) return t;
  return { ...t, lower: t.lower.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.')) };
}

function numberValue(t: Token | undefined): number | undefined {
  if (!t) return undefined;
  if (/^\d[\d,]*(\.\d+)?$/.test(t.lower) && !/,\d{1,2}$/.test(t.lower)) return Number(t.lower.replace(/,/g, ''));
  if (t.lower in NUMBER_WORDS && !(t.lower in MULTIPLIERS)) return NUMBER_WORDS[t.lower];
  return undefined;
}

/**
 * Half the unit of a written number's last significant digit: "1.37" is 1.365 to 1.375,
 * "1,800" is 1,750 to 1,850. Outlets round; a rounded number is not a different number.
 */
function roundingOf(t: Token): number {
  const digits = t.lower.replace(/,/g, '');
  if (!/^\d/.test(digits)) return 0.5;
  const decimals = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
  if (decimals > 0) return 0.5 * 10 ** -decimals;
  const zeros = /0*$/.exec(digits)![0].length;
  return zeros < digits.length ? 0.5 * 10 ** zeros : 0.5;
}

/** Reads "3.5 million", "twenty five", "a dozen" starting at i: [value, tokens used, rounding]. */
function readNumber(tokens: Token[], i: number): [number, number, number] | undefined {
  let value = numberValue(tokens[i]);
  let used = 1;
  if (value === undefined) {
    if ((tokens[i]?.lower === 'a' || tokens[i]?.lower === 'one') && tokens[i + 1]?.lower === 'dozen') return [12, 2, 0.5];
    return undefined;
  }
  let rounding = roundingOf(tokens[i]);
  const next = numberValue(tokens[i + 1]);
  // "twenty three": number words only ("20-3" is a score).
  if (value >= 20 && value < 100 && value % 10 === 0 && next !== undefined && next < 10 && /^\p{L}/u.test(tokens[i].lower)) {
    value += next;
    used++;
  }
  const multiplier = MULTIPLIERS[tokens[i + used]?.lower ?? ''];
  if (multiplier) {
    value *= multiplier;
    rounding *= multiplier;
    used++;
  }
  return [value, used, rounding];
}

function qualifierBefore(tokens: Token[], i: number): 'min' | 'max' | 'approx' | undefined {
  for (const { words, kind } of NUMBER_QUALIFIERS) {
    for (const phrase of words) {
      const parts = phrase.split(' ');
      if (i - parts.length < 0) continue;
      if (parts.every((p, k) => tokens[i - parts.length + k].lower === p)) return kind;
    }
  }
  return undefined;
}

const isYear = (t: Token, value: number) => /^\d{4}$/.test(t.lower) && value >= 1800 && value <= 2100;

/** A token joined by a hyphen to a word: "COVID-19", "591-page", "20-year-old" are names and modifiers, not counts. */
function gluedToWord(t: Token, text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, t.start - offset - 2), t.start - offset);
  const after = text.slice(t.end - offset, t.end - offset + 2);
  const word = (c: string) => /\p{L}/u.test(c) && !(c.toLowerCase() in NUMBER_WORDS);
  return (/^.-$/.test(before) && word(before[0])) || (/^-./.test(after) && /\p{L}/u.test(after[1]) && !NUMBER_WORD_START.test(text.slice(t.end - offset + 1)));
}

const NUMBER_WORD_START = new RegExp(`^(${Object.keys(NUMBER_WORDS).join('|')})\\b`, 'i');

/**
 * The numbers of a sentence's tokens, each with what it counts and what happened to it.
 * `glued`: the token is joined by a hyphen to a word ("COVID-19"); `between`: the text
 * between two tokens (dashes join a range, commas and brackets end a phrase). Number
 * phrases are read with the English lexicon, so the English function words apply.
 */
function findNumbers(tokens: Token[], glued: (t: Token) => boolean, between: (a: Token, b: Token) => string): NumberMention[] {
  const dashed = (a: Token, b: Token) => /^\s*[-–]\s*$/.test(between(a, b));
  const nextContent = (from: number) => nextInPhrase(tokens, from, between);
  const numbers: NumberMention[] = [];
  let partAt = -1;
  let listStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    const currency = tokens[i].lower === '$' ? '$' : '';
    const at = currency ? i + 1 : i;
    if (tokens[at] && glued(tokens[at])) continue;
    const read = readNumber(tokens, at);
    if (!read) continue;
    let [low, used, rounding] = read;
    if (isYear(tokens[at], low) && used === 1 && !currency) continue;
    let high = low;
    let end = at + used;
    let highRounding = rounding;
    // A range: "three to six months", "between 5 and 7".
    const joiner = tokens[end]?.lower;
    if (joiner === 'to' || joiner === 'and' || joiner === 'or') {
      const upper = readNumber(tokens, end + 1);
      if (upper && upper[0] > low) {
        high = upper[0];
        highRounding = upper[2];
        end += 1 + upper[1];
      }
    } else if (tokens[end] && dashed(tokens[end - 1], tokens[end])) {
      // Two numbers joined by a dash are one value, read as the range they span: a range
      // ("10-12 people") or a score or record ("won 20-13", "a 9-3 vote"), never two counts.
      const other = readNumber(tokens, end);
      if (other) {
        if (other[0] < low) [low, rounding] = [other[0], other[2]];
        else [high, highRounding] = [other[0], other[2]];
        end += other[1];
      }
    }
    low -= rounding;
    high += highRounding;
    const kind = qualifierBefore(tokens, currency ? i : at);
    if (kind === 'min') high = Infinity;
    else if (kind === 'max') low = 0;
    else if (kind === 'approx') {
      low *= 1 - APPROX_TOLERANCE;
      high *= 1 + APPROX_TOLERANCE;
    }
    let unit = currency;
    let after = end;
    let unitAt: number | undefined;
    if (!unit && (tokens[end]?.lower === '%' || tokens[end]?.lower === 'percent')) {
      unit = 'percent';
      after = end + 1;
    } else if (!unit) {
      let k = nextContent(end);
      // "13 nautical miles", "40 square kilometres": the measure after a modifier is the unit.
      if (k !== undefined && MEASURE_UNITS.has(tokens[k + 1]?.lower ?? '') && !MEASURE_UNITS.has(tokens[k].lower)) k++;
      if (k !== undefined) {
        unit = tokens[k].stem;
        after = k + 1;
        unitAt = k;
      }
    }
    // What happened to the count: said after it ("12 people were injured"), else before it
    // ("killing four people, injuring dozens").
    const p = nextContent(after) ?? (unitAt !== undefined ? previousInPhrase(tokens, i, between) : undefined);
    // An age ("a 35 - year - old deputy") describes someone; it counts nothing.
    if (unit === AGE.unit && p !== undefined && tokens[p].stem === AGE.predicate) {
      i = end - 1;
      continue;
    }
    const number: NumberMention = { start: tokens[i].start, end: tokens[end - 1].end, low, high, unit };
    if (p !== undefined) number.predicate = tokens[p].stem;
    // "two women and one man died", "three adults, two children": counts that add up, and
    // what happened to them is said after the last ("died").
    const nextPart = unitAt === undefined ? undefined : partAfter(tokens, unitAt, between);
    if (i !== partAt) listStart = numbers.length;
    if (nextPart !== undefined || i === partAt) number.part = true;
    if (nextPart !== undefined) partAt = nextPart;
    else if (number.part) for (const n of numbers.slice(listStart)) n.predicate = number.predicate;
    numbers.push(number);
    i = end - 1;
  }
  return numbers;
}

/** Where the next count of a list starts, after the counted word at `unitAt`: "women and one man", "adults, two children". */
function partAfter(tokens: Token[], unitAt: number, between: (a: Token, b: Token) => string): number | undefined {
  const next = tokens[unitAt + 1];
  if (!next) return undefined;
  if ((next.lower === 'and' || next.lower === 'or') && readNumber(tokens, unitAt + 2)) return unitAt + 2;
  if (between(tokens[unitAt], next).includes(',') && readNumber(tokens, unitAt + 1)) return unitAt + 1;
  return undefined;
}

/**
 * The next content word from `from`, near and in the same phrase: no comma or bracket
 * before it, no "and" ("killed one person and injured dozens": "injured" is another count's).
 */
function nextInPhrase(tokens: Token[], from: number, between: (a: Token, b: Token) => string): number | undefined {
  for (let k = from; k < Math.min(tokens.length, from + 3); k++) {
    if (k > 0 && NUMBER_PHRASE_BREAK.test(between(tokens[k - 1], tokens[k]))) return undefined;
    if (NUMBER_PHRASE_LINKS.has(tokens[k].lower)) return undefined;
    if (!NUMBER_FILLERS.has(tokens[k].lower) && isContent(tokens[k], STOPWORDS)) return k;
  }
  return undefined;
}

/** The content word just before the number at `at` in the same phrase, past a qualifier ("killing at least 10"). */
function previousInPhrase(tokens: Token[], at: number, between: (a: Token, b: Token) => string): number | undefined {
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    if (NUMBER_PHRASE_BREAK.test(between(tokens[k], tokens[k + 1]))) return undefined;
    if (QUALIFIER_WORDS.has(tokens[k].lower)) continue;
    return isContent(tokens[k], STOPWORDS) ? k : undefined;
  }
  return undefined;
}

const AGE = { unit: stemWord(AGE_WORDS.unit, 'en'), predicate: stemWord(AGE_WORDS.after, 'en') };
const QUALIFIER_WORDS = new Set(NUMBER_QUALIFIERS.flatMap((q) => q.words.flatMap((w) => w.split(' '))));

/**
 * Two numbers count the same thing: the same counted word with no different verb after
 * it ("12 people injured" is not "3 people arrested"), or different words for what was
 * done to the same count ("1,800 people were evacuated", "1,200 residents were evacuated",
 * "1,800 evacuated").
 */
export function sameQuantity(a: NumberMention, b: NumberMention): boolean {
  if (!a.unit || !b.unit) return false;
  // One of counts that add up is comparable only with another such count.
  if (Boolean(a.part) !== Boolean(b.part)) return false;
  // Money and shares say nothing by themselves: "$200 billion of goods" is not "$60 billion of products".
  if ([a.unit, b.unit].some((u) => u === '$' || u === 'percent')) return a.unit === b.unit && a.predicate !== undefined && a.predicate === b.predicate;
  if (a.unit === b.unit) return !a.predicate || !b.predicate || a.predicate === b.predicate;
  if (MEASURE_UNIT_STEMS.has(a.unit) || MEASURE_UNIT_STEMS.has(b.unit) || a.part) return false;
  return (a.predicate !== undefined && (a.predicate === b.predicate || a.predicate === b.unit)) || b.predicate === a.unit;
}

const MEASURE_UNIT_STEMS = new Set([...MEASURE_UNITS].map((w) => stemWord(w, 'en')));

/** Two number mentions of the same thing that cannot both be true. */
export function numbersConflict(a: NumberMention, b: NumberMention): boolean {
  return sameQuantity(a, b) && (a.high < b.low || b.high < a.low);
}

/**
 * Whether what happened to a count ("were evacuated") is read in this language: the number
 * phrases are read with the English lexicon and word order. Elsewhere the verb may stand
 * far from the count ("300 Bewohner … in Sicherheit gebracht"), and only the counted word is read.
 */
export function readsPredicates(language: string | undefined): boolean {
  return !language || language === 'en';
}

/**
 * Two sentences' numbers contradict: some of them count the same thing done to it ("1,800
 * people were evacuated", "1,200 residents were evacuated"), and no pair of the same
 * quantity agrees ("from 6 feet to 3 feet" agrees with "3 feet instead of 6"). A count that
 * does not say what happened to it ("2,290 points", "a 12-year sentence") is too loose to
 * contradict another: in open news such pairs were mostly two different facts. Where
 * predicates are not read (`readsPredicates`), the same counted word is enough.
 */
export function numbersDisagree(a: NumberMention[], b: NumberMention[], predicates = true): boolean {
  let comparable = false;
  for (const x of a) {
    for (const y of b) {
      if (!sameQuantity(x, y)) continue;
      if (!numbersConflict(x, y)) return false;
      if (predicates ? x.predicate !== undefined && x.predicate === y.predicate : x.unit === y.unit) comparable = true;
    }
  }
  return comparable;
}

function findDates(text: string, offset: number, published: Date | undefined, language: string | undefined): DateMention[] {
  const dates: DateMention[] = [];
  const reader = dateReaderFor(language);
  let results: chrono.ParsedResult[];
  try {
    results = reader.parse(text, published ?? new Date(0));
  } catch {
    return dates;
  }
  for (const r of results) {
    // "am Dienstag 180 Bewohner": a bare number after the day is a count, not a time
    // (chrono-node reads "180" as 18:00).
    const expression = r.start.isCertain('hour') ? r.text.replace(/\s+\d+$/, '') : r.text;
    if (!reader.namesDay(expression)) continue;
    // Without the document's date, only an explicit date ("March 3", "3/3") is a day;
    // "today" or "last week" cannot be placed, though a weekday still compares with a weekday.
    const explicit = reader.explicit(expression);
    const c = r.start;
    const span = { start: offset + r.index, end: offset + r.index + expression.length, text: expression };
    const d = c.date();
    const iso = published || (explicit && c.isCertain('year')) ? isoDay(d) : undefined;
    if (c.isCertain('weekday') && !c.isCertain('day')) {
      dates.push({ ...span, key: `weekday:${c.get('weekday')}`, iso, precision: 'day' });
    } else if (c.isCertain('day') && c.isCertain('month') && (explicit || published)) {
      dates.push({ ...span, key: iso ?? `${c.get('month')}-${c.get('day')}`, iso, precision: 'day' });
    } else if (c.isCertain('month') && c.isCertain('year') && explicit) {
      dates.push({ ...span, key: isoDay(d).slice(0, 7), iso: isoDay(d), precision: 'month' });
    }
  }
  return dates;
}

function isoDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Capitalised words after a place preposition ("in Geneva", "at Camp David"), when no entities are known. */
function findPlaces(tokens: Token[]): string[] {
  const places: string[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!PLACE_PREPOSITIONS.has(tokens[i - 1].lower) || !tokens[i].capitalized || NOT_PLACES.has(tokens[i].lower)) continue;
    const words: string[] = [];
    while (i < tokens.length && tokens[i].capitalized && /^\p{L}/u.test(tokens[i].lower)) words.push(tokens[i++].lower);
    places.push(words.join(' '));
  }
  return places;
}
