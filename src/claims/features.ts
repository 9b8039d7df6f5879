import * as chrono from 'chrono-node';
import type { Span } from '../core/types.js';
import { englishOr } from '../language/index.js';
import { CUE_WORDS_BY_LANGUAGE, CUES_BY_LANGUAGE } from '../statements/lexicon-languages.js';
import { dateReaderFor } from './dates.js';
import { DENIALS_BY_LANGUAGE, NEGATIONS_BY_LANGUAGE } from './lexicon-languages.js';
import {
  ASKING_WORDS,
  CLAUSE_CONJUNCTIONS,
  CLAUSE_OPENERS,
  CLAUSE_PUNCTUATION,
  DENIALS,
  EXCEPTIVES,
  HEDGES,
  IF_QUESTIONS,
  INDIRECT_QUESTIONS,
  OTHER_OCCURRENCE,
  NEGATING_PHRASES,
  NEGATIONS,
  NOT_PLACES,
  PLACE_PREPOSITIONS,
  PLEAS,
  QUOTATION,
  REPORTING_VERBS,
  REQUESTS,
  SEQUENCE_WORDS,
} from './lexicon.js';
import { numbersOf, type NumberMention, type PersonMention } from './numbers.js';
import { functionWordsOf, isContent, joinCompounds, tokenize, type Token } from './tokens.js';

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
  /** The date of a happening the sentence places its own after or before: "…after a shooting Friday". */
  earlierOrLater?: boolean;
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
  /** In English, the sentence tells of another occurrence than the story's ("another school", "last season"). */
  elsewhen: boolean;
  question: boolean;
}

/** A clause of a sentence: "Residents said the wall cracked" | "but nobody saw it". */
export interface Clause {
  stems: string[];
  /** An odd number of negations and denials in this clause. */
  negative: boolean;
  /** The clause denies something said ("denied that…", "denied paying…"). */
  denial: boolean;
  /** An indirect question ("declined to say whether …"): it asserts nothing either way. */
  asks?: boolean;
}

/** The most characters between "hadn" and "t" in a contraction tokenised apart ("hadn ’ t"). */
const SPACED_APOSTROPHE = 3;

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
const polarityWordsOf = englishOr(
  ENGLISH_POLARITY,
  (language): PolarityWords => ({
    negations: union(NEGATIONS, NEGATIONS_BY_LANGUAGE[language]),
    denials: union(DENIALS, DENIALS_BY_LANGUAGE[language]),
    speech: union(REPORTING_VERBS, CUE_WORDS_BY_LANGUAGE[language]),
    complementizers: union(ENGLISH_POLARITY.complementizers, CUES_BY_LANGUAGE[language]?.complementizers),
  }),
);

/**
 * Whether the token at `i` negates its clause: "not", "never", "denied", a contraction
 * also when tokenised text spaces it ("hadn ’ t"), or a negating phrase's first word ("yet
 * to"). "No" before a number is the abbreviation of number ("the No. 1 team"), and a
 * negation after a verb of pleading names the plea ("pleaded not guilty").
 */
const isNegation = (t: Token, i: number, tokens: Token[], words: PolarityWords) =>
  ((words.negations.has(t.lower) && !(t.lower === 'no' && /^\d/.test(tokens[i + 1]?.lower ?? ''))) ||
    t.lower.endsWith("n't") ||
    (t.lower.endsWith('n') && tokens[i + 1]?.lower === 't' && tokens[i + 1].start - t.end <= SPACED_APOSTROPHE) ||
    (words.denials.has(t.lower) && !refusal(tokens, i)) ||
    (NEGATING_PHRASES.has(t.lower) && NEGATING_PHRASES.get(t.lower) === tokens[i + 1]?.lower)) &&
  !EXCEPTIVES.has(tokens[i + 1]?.lower ?? '') &&
  !PLEAS.has(tokens[i - 1]?.lower ?? '');

/** A denial of something asked for ("denied a Nichols offer", "denied him bail"): a refusal. */
const refusal = (tokens: Token[], i: number) => tokens.slice(i + 1, i + 1 + REQUEST_REACH).some((t) => REQUESTS.has(t.lower));

/** How many words after a denial the request it refuses may come ("denied a Nichols offer"). */
const REQUEST_REACH = 3;

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
 * "but", at an indirect question ("whether …", "asked if …"), and before a verb of saying
 * or denying, so that the source ("Farmers said", "The agency denied") stands apart from
 * what it says and a denial negates what is denied. A negation just before such a verb
 * ("did not say") goes with it.
 */
function clausesOf(tokens: Token[], text: string, offset: number, isContentToken: (t: Token) => boolean, words: PolarityWords): Clause[] {
  const clauses: Clause[] = [];
  let current: Clause = { stems: [], negative: false, denial: false };
  tokens.forEach((t, i) => {
    let asking = false;
    if (i > 0) {
      const gap = text.slice(tokens[i - 1].end - offset, t.start - offset);
      const speech = words.speech.has(t.lower) || words.denials.has(t.lower);
      asking = INDIRECT_QUESTIONS.has(t.lower) || (IF_QUESTIONS.has(t.lower) && ASKING_WORDS.has(tokens[i - 1].lower));
      const opens =
        speech || asking || CLAUSE_PUNCTUATION.test(gap) || (gap.includes(',') && CLAUSE_OPENERS.has(t.lower)) || CLAUSE_CONJUNCTIONS.has(t.lower);
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
    if (asking) current.asks = true;
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

/**
 * Marks the dates in a phrase opened by "after", "before" or "following": reading back from
 * the date, such a word comes before any comma, clause break or "and".
 */
function markSequenceDates(dates: DateMention[], tokens: Token[], text: string, offset: number): void {
  for (const d of dates) {
    for (let k = tokens.findLastIndex((t) => t.end <= d.start); k >= 0; k--) {
      if (SEQUENCE_WORDS.has(tokens[k].lower)) {
        d.earlierOrLater = true;
        break;
      }
      const gap = k > 0 ? text.slice(tokens[k - 1].end - offset, tokens[k].start - offset) : '';
      if (tokens[k].lower === 'and' || gap.includes(',') || CLAUSE_PUNCTUATION.test(gap)) break;
    }
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

export interface FeatureContext {
  vocabulary: ReadonlySet<string>;
  /** Stems of words that the coverage also writes as two words. */
  compounds: ReadonlySet<string>;
  /** The document's date, the reference for relative dates ("on Monday"). */
  published?: Date;
  /** Place mentions found by the entities stage in this span; undefined when the stage has not run. */
  places?: string[];
  /** Person mentions found by the entities stage in this span, each with its entity (or its words). */
  people?: PersonMention[];
  /** The document's language (ISO 639-1), which decides its function words; English when unknown. */
  language?: string;
  /** Spans of direct speech in this span: their "today" or "on Monday" is the speaker's, not the publication's. */
  quoted?: Span[];
}

/** The comparable features of one span of text (`offset` is its start in the document). */
export function extractFeatures(text: string, offset: number, context: FeatureContext): Features {
  const tokens = joinCompounds(tokenize(text, offset, context.language), context.vocabulary, context.language);
  const dates = findDates(text, offset, context.published, context.language, context.quoted ?? []);
  const inDate = (t: Token) => dates.some((d) => t.start >= d.start && t.end <= d.end);
  const polarity = polarityWordsOf(context.language);
  const negations = tokens.filter((t, i) => isNegation(t, i, tokens, polarity)).length;
  markSayingDates(dates, tokens);
  markSequenceDates(dates, tokens, text, offset);
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
    numbers: numbersOf(tokens.filter((t) => !inDate(t)), text, offset, context.language, context.people),
    dates,
    places: context.places ?? findPlaces(tokens),
    negative: negations % 2 === 1,
    negated: negatedStems(tokens, isContentToken, polarity),
    clauses: clausesOf(tokens, text, offset, isContentToken, polarity),
    hedged: tokens.some((t) => HEDGES.has(t.lower)),
    elsewhen: context.language === 'en' && OTHER_OCCURRENCE.some((pattern) => pattern.test(text)),
    question: /\?\s*["”’»)]*\s*$/.test(text),
  };
}

/** Quotation marks around words in one sentence ("chanted “how many will you kill today”"). */
function quotationsIn(text: string, offset: number): Span[] {
  return [...text.matchAll(QUOTATION)].map((m) => ({ start: offset + m.index, end: offset + m.index + m[0].length }));
}

function findDates(text: string, offset: number, published: Date | undefined, language: string | undefined, quoted: Span[]): DateMention[] {
  const dates: DateMention[] = [];
  // Direct speech: the statements stage's quotations and the quotation marks in the sentence, read once a date needs them.
  let speech: Span[] | undefined;
  const spokenIn = (span: Span) => (speech ??= [...quoted, ...quotationsIn(text, offset)]).some((q) => q.start <= span.start && span.end <= q.end);
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
    // A relative date in direct speech counts from when the words were spoken, which is not
    // the publication date: reports of one speech published on different days differ there.
    const spoken = !explicit && spokenIn(span);
    const reference = spoken ? undefined : published;
    const d = c.date();
    const iso = reference || (explicit && c.isCertain('year')) ? isoDay(d) : undefined;
    if (c.isCertain('weekday') && !c.isCertain('day')) {
      dates.push({ ...span, key: `weekday:${c.get('weekday')}`, iso, precision: 'day' });
    } else if (c.isCertain('day') && c.isCertain('month') && (explicit || reference)) {
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
