import type { Span } from '../core/types.js';
import { alternation, CAPITALIZED_NOUNS, DECIMAL_COMMA, englishOr, isTitleCase, stemWord } from '../language/index.js';
import { isDemonym } from '../entities/index.js';
import { nounStarts } from '../statements/index.js';
import { CUE_WORDS_BY_LANGUAGE } from '../statements/lexicon-languages.js';
import { HAN_NUMERALS, NUMBERS_BY_LANGUAGE } from './lexicon-languages.js';
import { AGE_WORDS, APPROX_TOLERANCE, CLOCK_TIME, ENGLISH_NUMBERS, LOCATING_VERBS, MEASURE_UNITS, NUMBER_PHRASE_BREAK, NUMBER_SIGN, REPORTING_VERBS, TIME_UNITS, type NumberLexicon } from './lexicon.js';
import { functionWordsOf, isContent, numberWordsOf, type Token } from './tokens.js';

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
  /**
   * The predicate is the noun of a complement ("four sentences of life", "13 miles from
   * the warship"), not what happened to the count: it tells apart counts of one thing, but
   * does not make counts of different things one ("three voting for life").
   */
  complement?: boolean;
  /**
   * The predicate is the head noun of the counted phrase ("three ladder trucks", "31 fire
   * trucks"): the counted word names a kind of it, and counts of different kinds are
   * different things.
   */
  head?: boolean;
  /** The person the count is told of, named right before it ("Jamaal Charles had 226 yards"): entity id or words. */
  who?: string;
  /** A distance in a direction from a place ("15 miles north of Detroit"), not one travelled ("chased him for 30 miles"). */
  bearing?: boolean;
  /** What such a distance locates, the noun before it ("a motorist 50 miles north of Detroit" -> motorist). */
  located?: string;
}

/** A person named in a sentence, by the entities stage. */
export interface PersonMention extends Span {
  /** The entity id, or the lower-cased words when the mention is not linked. */
  who: string;
}

/** A language's number words as sets, with what is derived from them. */
interface NumberReading {
  values: Readonly<Record<string, number>>;
  multipliers: Readonly<Record<string, number>>;
  indefinite: ReadonlySet<string>;
  qualifiers: NumberLexicon['qualifiers'];
  /** The words of the qualifiers, which may stand between a count and the word before it. */
  qualifierWords: ReadonlySet<string>;
  ranges: ReadonlySet<string>;
  links: ReadonlySet<string>;
  fillers: ReadonlySet<string>;
  percent: ReadonlySet<string>;
  clock: ReadonlySet<string>;
  ago: ReadonlySet<string>;
  elapsed: ReadonlySet<string>;
  memberOf: ReadonlySet<string>;
  oneIdioms: readonly string[][];
  needs: ReadonlySet<string>;
  directions: ReadonlySet<string>;
  complements: ReadonlySet<string>;
  /** The words of each phrase for no one, and the stem of what they count (see `NumberLexicon.noOne`). */
  noOne: { phrases: readonly string[][]; unit: string; unless: ReadonlySet<string> };
  /** See `NumberLexicon.yearLeads`; undefined where every number that may be a year is one. */
  yearLeads?: ReadonlySet<string>;
  /** Where a text's common nouns start, by a part-of-speech tagger (English), to find a counted phrase's head noun. */
  nounStarts?: (text: string) => ReadonlySet<number>;
  /** Nationality adjectives are read (English): "five Israeli soldiers" counts soldiers. */
  demonyms: boolean;
  functionWords: ReadonlySet<string>;
  /** Words of verbs of saying, English and the language's own: a count after one is reported, not told of the speaker. */
  speech: ReadonlySet<string>;
  /** A number word at the start of a text ("-five" after "twenty"). */
  wordStart: RegExp;
}

function readingOf(lexicon: NumberLexicon, language: string, functionWords: ReadonlySet<string>, speech: ReadonlySet<string>): NumberReading {
  const words = numberWordsOf(lexicon);
  return {
    values: lexicon.values,
    multipliers: lexicon.multipliers,
    indefinite: new Set(lexicon.indefinite),
    qualifiers: lexicon.qualifiers,
    qualifierWords: new Set(lexicon.qualifiers.flatMap((q) => q.words.flatMap((w) => w.split(' ')))),
    ranges: new Set(lexicon.ranges),
    links: new Set(lexicon.links),
    fillers: new Set(lexicon.fillers),
    percent: new Set(lexicon.percent),
    clock: new Set(lexicon.clock ?? []),
    ago: new Set(lexicon.ago ?? []),
    elapsed: new Set(lexicon.elapsed ?? []),
    memberOf: new Set(lexicon.memberOf ?? []),
    oneIdioms: (lexicon.oneIdioms ?? []).map((phrase) => phrase.split(' ')),
    needs: new Set(lexicon.needs ?? []),
    directions: new Set(lexicon.directions ?? []),
    complements: new Set(lexicon.complements ?? []),
    noOne: {
      phrases: (lexicon.noOne?.phrases ?? []).map((phrase) => phrase.split(' ')),
      unit: lexicon.noOne ? stemWord(lexicon.noOne.counts, language) : '',
      unless: new Set(lexicon.noOne?.unless ?? []),
    },
    yearLeads: lexicon.yearLeads ? new Set(lexicon.yearLeads) : undefined,
    nounStarts: lexicon === ENGLISH_NUMBERS ? nounStarts : undefined,
    demonyms: lexicon === ENGLISH_NUMBERS,
    functionWords,
    speech,
    wordStart: words.length ? new RegExp(`^(?:${alternation(words)})(?![\\p{L}])`, 'iu') : /(?!)/,
  };
}

/** A language without a lexicon here: digits only. */
const DIGITS_ONLY: NumberLexicon = { values: {}, multipliers: {}, indefinite: [], qualifiers: [], ranges: [], links: [], fillers: [], percent: [] };

const numberReadingOf = englishOr(readingOf(ENGLISH_NUMBERS, 'en', functionWordsOf('en'), REPORTING_VERBS), (language) =>
  readingOf(NUMBERS_BY_LANGUAGE[language] ?? DIGITS_ONLY, language, functionWordsOf(language), new Set([...REPORTING_VERBS, ...(CUE_WORDS_BY_LANGUAGE[language] ?? [])])),
);

/** The numbers of a span's tokens (dates left out), read by the conventions of its language. */
export function numbersOf(tokens: Token[], text: string, offset: number, language: string | undefined, people: PersonMention[] = []): NumberMention[] {
  const decimalComma = DECIMAL_COMMA.has(language ?? '');
  const reading = numberReadingOf(language);
  let inTitleCase: boolean | undefined;
  const titleCase = () => (inTitleCase ??= isTitleCase(text));
  const numbers = findNumbers(
    HAN_NUMERAL_LANGUAGES.has(language ?? '')
      ? readHanNumerals(tokens)
      : decimalComma
        ? joinDigitGroups(tokens.map(withDecimalPoint), text, offset, GROUP_SPACE)
        : joinDigitGroups(joinSpacedDecimals(tokens, text, offset), text, offset, SPACED_GROUP_COMMA),
    reading,
    (t) => namesNotCounts(t, text, offset, reading) || (!CAPITALIZED_NOUNS.has(language ?? '') && labelsAName(t, text, offset, people, titleCase)),
    (a, b) => text.slice(a.end - offset, b.start - offset),
    nounsOf(text, offset, reading),
  );
  for (const n of numbers) {
    const who = personBefore(n, numbers, people, text, offset, reading.speech);
    if (who !== undefined) n.who = who;
  }
  return readsPredicates(language) ? numbers : numbers.map(({ predicate: _predicate, ...n }) => n);
}

const HAN_NUMERAL_LANGUAGES = new Set(['zh', 'ja']);

const hanChars = (table: Record<string, number>) => Object.keys(table).join('');
/** A numeral at the start of a word: digits or Han digits ("十" may open one: "十二"), then units, then group units. */
const HAN_NUMERAL = new RegExp(
  `^(?:\\d+(?:\\.\\d+)?|[${hanChars(HAN_NUMERALS.digits)}十])[${hanChars(HAN_NUMERALS.digits)}${hanChars(HAN_NUMERALS.units)}]*[${hanChars(HAN_NUMERALS.groups)}]*`,
);
const GROUP_UNITS = new RegExp(`^[${hanChars(HAN_NUMERALS.groups)}]+`);
const DIGITS = /^\d+(?:\.\d+)?/;

/** The value of a Chinese or Japanese numeral: "一百二十五" 125, "两" 2, "3万" 30,000, "1.5亿" 150,000,000. */
function hanValue(numeral: string): number {
  let total = 0;
  let group = 0;
  const lead = DIGITS.exec(numeral)?.[0] ?? '';
  let digit = lead ? Number(lead) : 0;
  for (const c of numeral.slice(lead.length)) {
    if (Object.hasOwn(HAN_NUMERALS.digits, c)) digit = HAN_NUMERALS.digits[c];
    else if (Object.hasOwn(HAN_NUMERALS.units, c)) {
      group += (digit || 1) * HAN_NUMERALS.units[c];
      digit = 0;
    } else {
      total = (total + group + digit) * HAN_NUMERALS.groups[c];
      group = 0;
      digit = 0;
    }
  }
  return total + group + digit;
}

/**
 * Chinese and Japanese counts rewritten as digit tokens, their counter split off: the word
 * segmenter gives "三百|名", "两人", "3|万人", "一百|二十|五人", which become "300|名",
 * "2|人", "30000|人", "125|人". A Han numeral counts only when a counter follows it, since
 * many words start like one ("一些", some; "十分", very).
 */
function readHanNumerals(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let numeral = '';
    let rest = '';
    let last = i;
    // A numeral may run over several words ("一百|二十|五人"), and digits take the group unit after them ("3|万人").
    for (let j = i; j < tokens.length; j++) {
      const word = tokens[j].lower;
      const part = DIGITS.test(numeral) ? GROUP_UNITS.exec(word)?.[0] : HAN_NUMERAL.exec(word)?.[0];
      if (!part || (numeral && DIGITS.test(part))) break;
      numeral += part;
      rest = word.slice(part.length);
      last = j;
      if (rest) break;
    }
    const next = rest || tokens[last + 1]?.lower || '';
    // Plain digits with nothing joined to them are read as they are.
    const digitsAlone = last === i && !rest && /^\d+(?:\.\d+)?$/.test(numeral);
    if (!numeral || digitsAlone || (!DIGITS.test(numeral) && !HAN_NUMERALS.counters.has(next[0]))) {
      out.push(tokens[i]);
      continue;
    }
    const end = tokens[last].end - rest.length;
    const value = String(hanValue(numeral));
    out.push({ ...tokens[i], end, lower: value, stem: value, capitalized: false });
    if (rest) out.push({ ...tokens[last], start: end, lower: rest, stem: rest });
    i = last;
  }
  return out;
}

/** A space that groups the digits of a number ("1 800", with a no-break or thin space too). */
const GROUP_SPACE = /^[ \u00a0\u2009\u202f]$/;
/** A thousands comma that tokenised text sets apart from the next group ("230, 000"). */
const SPACED_GROUP_COMMA = /^, $/;

/**
 * "1 800" as one token "1,800", read the English way: languages that write a decimal comma
 * group thousands with a space as often as with a point, and tokenised captures write
 * "230, 000". Only groups of three digits after one of one to three join, so "2019 500"
 * stays a year and a count.
 */
function joinDigitGroups(tokens: Token[], text: string, offset: number, separator: RegExp): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i];
    if (/^\d{1,3}$/.test(token.lower)) {
      while (/^\d{3}$/.test(tokens[i + 1]?.lower ?? '') && separator.test(text.slice(token.end - offset, tokens[i + 1].start - offset))) {
        const digits = `${token.lower},${tokens[++i].lower}`;
        token = { ...token, end: tokens[i].end, lower: digits, stem: digits };
      }
    }
    out.push(token);
  }
  return out;
}

/** The decimal point as tokenised captures set it apart: "5. 9". */
const SPACED_POINT = /^\. $/;

/** "5. 9" as one token "5.9" (the sentence splitter keeps it in one sentence). */
function joinSpacedDecimals(tokens: Token[], text: string, offset: number): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (next && /^\d{1,3}$/.test(token.lower) && /^\d+$/.test(next.lower) && SPACED_POINT.test(text.slice(token.end - offset, next.start - offset))) {
      const digits = `${token.lower}.${next.lower}`;
      out.push({ ...token, end: next.end, lower: digits, stem: digits });
      i++;
    } else out.push(token);
  }
  return out;
}

/** "1.800" as "1,800" and "1,8" as "1.8": a number written with a decimal comma, read the English way. */
function withDecimalPoint(t: Token): Token {
  if (!/^\d[\d.,]*\d$/.test(t.lower)) return t;
  return { ...t, lower: t.lower.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.')) };
}

function numberValue(t: Token | undefined, r: NumberReading): number | undefined {
  if (!t) return undefined;
  if (/^\d[\d,]*(\.\d+)?$/.test(t.lower) && !/,\d{1,2}$/.test(t.lower)) return Number(t.lower.replace(/,/g, ''));
  return Object.hasOwn(r.values, t.lower) ? r.values[t.lower] : undefined;
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

/** Reads "3.5 million", "twenty five", "a dozen", "two hundred thousand" starting at i: [value, tokens used, rounding]. */
function readNumber(tokens: Token[], i: number, r: NumberReading): [number, number, number] | undefined {
  const multiplierAt = (k: number) => (Object.hasOwn(r.multipliers, tokens[k]?.lower ?? '') ? r.multipliers[tokens[k].lower] : undefined);
  let value: number;
  let used = 1;
  let rounding: number;
  const spelled = /^\p{L}{3,}$/u.test(tokens[i + 1]?.lower ?? '') ? multiplierAt(i + 1) : undefined;
  if (spelled !== undefined && r.indefinite.has(tokens[i].lower)) {
    // "a dozen", "one hundred": exactly the multiplier.
    [value, used, rounding] = [spelled, 2, 0.5];
  } else {
    const first = numberValue(tokens[i], r);
    if (first === undefined) return undefined;
    value = first;
    rounding = roundingOf(tokens[i]);
    const next = numberValue(tokens[i + 1], r);
    // "twenty three": number words only ("20-3" is a score).
    if (value >= 20 && value < 100 && value % 10 === 0 && next !== undefined && next < 10 && /^\p{L}/u.test(tokens[i].lower)) {
      value += next;
      used++;
    }
  }
  for (let m = multiplierAt(i + used); m !== undefined; m = multiplierAt(i + used)) {
    value *= m;
    rounding *= m;
    used++;
  }
  return [value, used, rounding];
}

function qualifierBefore(tokens: Token[], i: number, r: NumberReading): 'min' | 'max' | 'approx' | undefined {
  for (const { words, kind } of r.qualifiers) {
    for (const phrase of words) {
      const parts = phrase.split(' ');
      if (i - parts.length < 0) continue;
      if (parts.every((p, k) => tokens[i - parts.length + k].lower === p)) return kind;
    }
  }
  return undefined;
}

/** The word for one at `at` is part of one of `idioms` ("at one point"). */
function inIdiom(tokens: Token[], at: number, idioms: readonly string[][]): boolean {
  return idioms.some((words) => {
    const k = words.indexOf(tokens[at].lower);
    return k >= 0 && words.every((w, j) => tokens[at - k + j]?.lower === w);
  });
}

const isYear = (t: Token, value: number) => /^\d{4}$/.test(t.lower) && value >= 1800 && value <= 2100;

/**
 * A number that may be a year counts the capitalised noun right after it ("2000 Anwohner"),
 * in a language that capitalises its nouns and lists the words that lead into a year ("seit
 * 2015 Bürgermeister"), when none of them stands before it, past a qualifier ("rund").
 */
function countsNoun(tokens: Token[], at: number, r: NumberReading): boolean {
  const next = tokens[at + 1];
  if (!r.yearLeads || !next?.capitalized || !/^\p{L}/u.test(next.lower)) return false;
  let before = at - 1;
  while (before >= 0 && r.qualifierWords.has(tokens[before].lower)) before--;
  return !r.yearLeads.has(tokens[before]?.lower ?? '');
}

/**
 * A number that names or ranks rather than counts: joined by a hyphen to a word
 * ("COVID-19", "591-page", "20-year-old"), or after a number sign ("the #1 seed", "the
 * No. 1 team", "Nr. 5").
 */
function namesNotCounts(t: Token, text: string, offset: number, r: NumberReading): boolean {
  const before = text.slice(Math.max(0, t.start - offset - 2), t.start - offset);
  const after = text.slice(t.end - offset, t.end - offset + 2);
  if (NUMBER_SIGN.test(text.slice(Math.max(0, t.start - offset - 5), t.start - offset))) return true;
  return (/^.-$/.test(before) && /\p{L}/u.test(before[0])) || (/^-./.test(after) && /\p{L}/u.test(after[1]) && !r.wordStart.test(text.slice(t.end - offset + 1)));
}

/**
 * A number written right after a capitalised word inside a sentence is part of a name:
 * a model, a version, a road ("Intel HD Graphics 4000", "Internet Explorer 7 users",
 * "Route 52"), or a place on a field ("the Colts 16-yard line"). Not after a person's name
 * ("Iguodala 14.9 points"), a sentence's first word, or in a headline written in title case,
 * where every word is capitalised ("Quake Kills 12"); nor in a language that capitalises
 * its nouns ("in der Altstadt 120 Bewohner").
 */
function labelsAName(t: Token, text: string, offset: number, people: PersonMention[], titleCase: () => boolean): boolean {
  const at = t.start - offset;
  const word = /\p{Lu}[\p{L}\p{N}]* $/u.exec(text.slice(Math.max(0, at - NAME_WORD_REACH), at));
  if (!word) return false;
  let k = at - word[0].length - 1;
  while (k >= 0 && /\s/.test(text[k])) k--;
  if (k < 0 || !/[\p{L}\p{N},;]/u.test(text[k])) return false;
  return !people.some((p) => p.end === t.start - 1) && !titleCase();
}

/** How far back the capitalised word before a number is looked for (the longest name word it may be). */
const NAME_WORD_REACH = 40;

/** Hours and minutes, or minutes and seconds: "5:30", "7: 42". */
function isClockTime(tokens: Token[], at: number, between: (a: Token, b: Token) => string): boolean {
  const [hour, minutes] = [tokens[at], tokens[at + 1]];
  return minutes !== undefined && CLOCK_TIME.before.test(hour.lower) && CLOCK_TIME.after.test(minutes.lower) && CLOCK_TIME.joiner.test(between(hour, minutes));
}

/**
 * The numbers of a sentence's tokens, each with what it counts and what happened to it.
 * `named`: the token names or ranks ("COVID-19", "No. 1"); `between`: the text
 * between two tokens (dashes join a range, commas and brackets end a phrase). The words
 * around numbers are read with `r`, the language's lexicon.
 */
function findNumbers(
  tokens: Token[],
  r: NumberReading,
  named: (t: Token) => boolean,
  between: (a: Token, b: Token) => string,
  isNoun: (t: Token) => boolean,
): NumberMention[] {
  const dashed = (a: Token, b: Token) => /^\s*[-–]\s*$/.test(between(a, b));
  const nextContent = (from: number, predicate?: boolean) => nextInPhrase(tokens, from, r, between, predicate);
  const lasting = (word = '') => r.ago.has(word) || r.elapsed.has(word);
  const numbers: NumberMention[] = [];
  let partAt = -1;
  let listStart = 0;
  for (let i = 0; i < tokens.length; i++) {
    const none = noOneAt(tokens, i, r, between);
    if (none !== undefined) {
      numbers.push(none);
      continue;
    }
    const currency = tokens[i].lower === '$' ? '$' : '';
    const at = currency ? i + 1 : i;
    if (tokens[at] && named(tokens[at])) continue;
    const read = readNumber(tokens, at, r);
    if (!read) continue;
    let [low, used, rounding] = read;
    if (isYear(tokens[at], low) && used === 1 && !currency && !countsNoun(tokens, at, r)) continue;
    // "one of the largest providers", "one of my sons": a member of a set, not a count of it.
    if (low === 1 && used === 1 && /^\p{L}/u.test(tokens[at].lower) && r.memberOf.has(tokens[at + 1]?.lower ?? '')) continue;
    if (low === 1 && used === 1 && inIdiom(tokens, at, r.oneIdioms)) continue;
    // "needed nine points to pass", "needs at least 60 votes": what was required, not what happened.
    let before = (currency ? i : at) - 1;
    while (before >= 0 && r.qualifierWords.has(tokens[before].lower)) before--;
    if (r.needs.has(tokens[before]?.lower ?? '')) continue;
    // A time of day or a game clock counts nothing ("at 5:30", "with 7:42 left", "4 p.m.").
    if (!currency && isClockTime(tokens, at, between)) {
      i = at + 1;
      continue;
    }
    if (!currency && r.clock.has(tokens[at + used]?.lower ?? '')) {
      i = at + used;
      continue;
    }
    let high = low;
    let end = at + used;
    let highRounding = rounding;
    // A range: "three to six months", "between 5 and 7".
    const joiner = tokens[end]?.lower;
    if (joiner !== undefined && r.ranges.has(joiner)) {
      const upper = readNumber(tokens, end + 1, r);
      if (upper && upper[0] > low) {
        high = upper[0];
        highRounding = upper[2];
        end += 1 + upper[1];
      }
    } else if (tokens[end] && dashed(tokens[end - 1], tokens[end])) {
      // Two numbers joined by a dash are one value, read as the range they span: a range
      // ("10-12 people") or a score or record ("won 20-13", "a 9-3 vote"), never two counts.
      const other = readNumber(tokens, end, r);
      if (other) {
        if (other[0] < low) [low, rounding] = [other[0], other[2]];
        else [high, highRounding] = [other[0], other[2]];
        end += other[1];
      }
    }
    // "30 of 207 punches": a count out of a total is exact, not rounded.
    if (low === high && tokens[end]?.lower === 'of' && readNumber(tokens, end + 1, r)) rounding = highRounding = EXACT;
    low -= rounding;
    high += highRounding;
    const kind = qualifierBefore(tokens, currency ? i : at, r);
    if (kind === 'min') high = Infinity;
    else if (kind === 'max') low = 0;
    else if (kind === 'approx') {
      low *= 1 - APPROX_TOLERANCE;
      high *= 1 + APPROX_TOLERANCE;
    }
    let unit = currency;
    let after = end;
    let unitAt: number | undefined;
    if (!unit && (tokens[end]?.lower === '%' || r.percent.has(tokens[end]?.lower ?? ''))) {
      unit = 'percent';
      after = end + 1;
    } else if (!unit) {
      let k = nextContent(end);
      // "13 nautical miles", "40 square kilometres": the measure after a modifier is the unit.
      if (k !== undefined && MEASURE_UNITS.has(tokens[k + 1]?.lower ?? '') && !MEASURE_UNITS.has(tokens[k].lower)) k++;
      // "five Israeli soldiers": what is counted comes after a nationality.
      else if (k !== undefined && r.demonyms && isDemonym(tokens[k].lower) && nextContent(k + 1) === k + 1) k++;
      // "12 days ago" dates something, "after eight days of riots" measures something still
      // going on when it was written: neither is a count to compare across reports.
      if (k !== undefined && TIME_UNITS.has(tokens[k].lower) && lasting(tokens[k + 1]?.lower)) {
        i = k + 1;
        continue;
      }
      if (k !== undefined) {
        unit = tokens[k].stem;
        after = k + 1;
        unitAt = k;
      }
    }
    // What happened to the count: said after it ("12 people were injured"), else before it
    // ("killing four people, injuring dozens").
    const p = nextContent(after, true) ?? (unitAt !== undefined ? previousInPhrase(tokens, i, r, between) : undefined);
    // An age ("a 35 - year - old deputy") describes someone; it counts nothing.
    if (unit === AGE.unit && p !== undefined && tokens[p].stem === AGE.predicate) {
      i = end - 1;
      continue;
    }
    const number: NumberMention = { start: tokens[i].start, end: tokens[end - 1].end, low, high, unit };
    if (p !== undefined) number.predicate = r.directions.has(tokens[p].lower) ? fromWhere(tokens, p, r, between) : tokens[p].stem;
    if (p !== undefined && r.directions.has(tokens[p].lower)) {
      number.bearing = true;
      const located = nounBefore(tokens, currency ? i : at, r, between, isNoun);
      if (located !== undefined) number.located = tokens[located].stem;
    }
    if (p !== undefined && p > after && tokens.slice(after, p).some((t) => r.complements.has(t.lower))) number.complement = true;
    if (p !== undefined && p === after && unitAt !== undefined && isNoun(tokens[unitAt]) && isNoun(tokens[p])) number.head = true;
    // "two women and one man died", "three adults, two children": counts that add up, and
    // what happened to them is said after the last ("died").
    const nextPart = unitAt === undefined ? undefined : partAfter(tokens, unitAt, r, between);
    if (i !== partAt) listStart = numbers.length;
    if (nextPart !== undefined || i === partAt) number.part = true;
    if (nextPart !== undefined) partAt = nextPart;
    else if (number.part) for (const n of numbers.slice(listStart)) n.predicate = number.predicate;
    numbers.push(number);
    i = end - 1;
  }
  return numbers;
}

/**
 * "No one was hurt", "nobody died": a count of no people, read when what happened to them
 * follows ("hurt"). Alone ("no one knows why") it is compared with nothing.
 */
function noOneAt(tokens: Token[], i: number, r: NumberReading, between: (a: Token, b: Token) => string): NumberMention | undefined {
  const phrase = r.noOne.phrases.find((words) => words.every((w, k) => tokens[i + k]?.lower === w));
  if (!phrase || r.noOne.unless.has(tokens[i + phrase.length]?.lower ?? '')) return undefined;
  const last = tokens[i + phrase.length - 1];
  const p = nextInPhrase(tokens, i + phrase.length, r, between, true);
  if (p === undefined) return undefined;
  return { start: tokens[i].start, end: last.end, low: -EXACT, high: EXACT, unit: r.noOne.unit, predicate: tokens[p].stem };
}

/** Half the step between two whole numbers: an exact count "12" is read as [11.5, 12.5). */
const EXACT = 0.5;

/**
 * The person named just before a count, as its subject: "Peyton Hillis ran for 101 yards".
 * Nothing may stand between them but a few words in one clause: no punctuation, no other
 * count, no verb of saying ("Owen said 31 trucks" reports, it is not Owen's count).
 */
function personBefore(
  n: NumberMention,
  numbers: NumberMention[],
  people: PersonMention[],
  text: string,
  offset: number,
  speech: ReadonlySet<string>,
): string | undefined {
  let last: PersonMention | undefined;
  for (const p of people) if (p.end <= n.start && (!last || p.end > last.end)) last = p;
  if (!last || numbers.some((m) => m.start >= last.end && m.end <= n.start)) return undefined;
  const gap = text.slice(last.end - offset, n.start - offset);
  const words = gap.trim().split(/\s+/).filter(Boolean);
  if (words.length > SUBJECT_REACH || /[,;:()\u2013\u2014"\u201c\u201d]/.test(gap) || words.some((w) => speech.has(w.toLowerCase()))) return undefined;
  return last.who;
}

/** How many words may stand between a person and the count told of them ("threw for"). */
const SUBJECT_REACH = 4;

/** Whether a token is a common noun, the text tagged once and only when asked (most sentences never ask). */
function nounsOf(text: string, offset: number, r: NumberReading): (t: Token) => boolean {
  const tag = r.nounStarts;
  if (!tag) return () => false;
  let starts: ReadonlySet<number> | undefined;
  return (t) => (starts ??= tag(text)).has(t.start - offset);
}

/** A direction with the place it is measured from: "north-east of Ostrava" -> "north east ostrava". */
function fromWhere(tokens: Token[], at: number, r: NumberReading, between: (a: Token, b: Token) => string): string {
  const words = [tokens[at].stem];
  for (let k = at + 1; k < tokens.length && !NUMBER_PHRASE_BREAK.test(between(tokens[k - 1], tokens[k])); k++) {
    if (r.directions.has(tokens[k].lower)) words.push(tokens[k].stem);
    else if (isContent(tokens[k], r.functionWords)) return [...words, tokens[k].stem].join(' ');
  }
  return words.join(' ');
}

/** Where the next count of a list starts, after the counted word at `unitAt`: "women and one man", "adults, two children". */
function partAfter(tokens: Token[], unitAt: number, r: NumberReading, between: (a: Token, b: Token) => string): number | undefined {
  const next = tokens[unitAt + 1];
  if (!next) return undefined;
  if (r.links.has(next.lower) && readNumber(tokens, unitAt + 2, r)) return unitAt + 2;
  if (between(tokens[unitAt], next).includes(',') && readNumber(tokens, unitAt + 1, r)) return unitAt + 1;
  return undefined;
}

/**
 * The next content word from `from`, near and in the same phrase: no comma or bracket
 * before it, no "and" ("killed one person and injured dozens": "injured" is another count's).
 * What is counted lies past no other number after a word ("178 of 369 punches": the
 * punches are 369's, 178 a part of them); what happened to it (`predicate`) may.
 */
function nextInPhrase(tokens: Token[], from: number, r: NumberReading, between: (a: Token, b: Token) => string, predicate = false): number | undefined {
  for (let k = from; k < Math.min(tokens.length, from + 3); k++) {
    if (k > 0 && NUMBER_PHRASE_BREAK.test(between(tokens[k - 1], tokens[k]))) return undefined;
    if (r.links.has(tokens[k].lower) || (!predicate && k > from && readNumber(tokens, k, r))) return undefined;
    if (predicate && r.complements.has(tokens[k].lower)) continue;
    if (!r.fillers.has(tokens[k].lower) && isContent(tokens[k], r.functionWords)) return k;
  }
  return undefined;
}

/** The content word just before the number at `at` in the same phrase, past a qualifier ("killing at least 10"). */
function previousInPhrase(tokens: Token[], at: number, r: NumberReading, between: (a: Token, b: Token) => string): number | undefined {
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    if (NUMBER_PHRASE_BREAK.test(between(tokens[k], tokens[k + 1]))) return undefined;
    if (r.qualifierWords.has(tokens[k].lower)) continue;
    return isContent(tokens[k], r.functionWords) ? k : undefined;
  }
  return undefined;
}

/**
 * The noun a distance follows, past a qualifier and a comma or a verb that locates: "the
 * building, about 15 miles north", "a motorist 50 miles north", "the building is 15 miles
 * north". Not another verb: "struck 10 km north" locates the event itself.
 */
function nounBefore(tokens: Token[], at: number, r: NumberReading, between: (a: Token, b: Token) => string, isNoun: (t: Token) => boolean): number | undefined {
  let k = at - 1;
  while (k >= 0 && r.qualifierWords.has(tokens[k].lower) && !NUMBER_PHRASE_BREAK.test(between(tokens[k], tokens[k + 1]))) k--;
  if (k > 0 && LOCATING_VERBS.has(tokens[k].lower) && /^\s+$/.test(between(tokens[k - 1], tokens[k]))) k--;
  if (k < 0 || !/^\s*,?\s*$/.test(between(tokens[k], tokens[k + 1]))) return undefined;
  return isNoun(tokens[k]) ? k : undefined;
}

const AGE = { unit: stemWord(AGE_WORDS.unit, 'en'), predicate: stemWord(AGE_WORDS.after, 'en') };

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
  // "Charles had 226 yards", "Hillis ran for 101 yards": counts of different people.
  if (a.who !== undefined && b.who !== undefined && a.who !== b.who) return false;
  // "the building, 15 miles north of Detroit" and "a motorist 50 miles north of Detroit": two places.
  if (a.located !== undefined && b.located !== undefined && a.located !== b.located) return false;
  // Money and shares say nothing by themselves: "$200 billion of goods" is not "$60 billion of products".
  if ([a.unit, b.unit].some((u) => u === '$' || u === 'percent')) return a.unit === b.unit && a.predicate !== undefined && a.predicate === b.predicate;
  // "a 7-yard touchdown pass" names a kind of touchdown, "returned it 32 yards for a touchdown" a distance run.
  if (a.unit === b.unit) return !a.predicate || !b.predicate || (a.predicate === b.predicate && Boolean(a.head) === Boolean(b.head));
  if (MEASURE_UNIT_STEMS.has(a.unit) || MEASURE_UNIT_STEMS.has(b.unit) || a.part) return false;
  if (a.complement || b.complement) return false;
  // "three ladder trucks" and "31 fire trucks": the same head, different kinds.
  const samePredicate = !a.head && !b.head && a.predicate !== undefined && a.predicate === b.predicate;
  return samePredicate || (a.predicate !== undefined && a.predicate === b.unit) || b.predicate === a.unit;
}

const MEASURE_UNIT_STEMS = new Set([...MEASURE_UNITS].map((w) => stemWord(w, 'en')));

/**
 * Both sentences give several figures and not one value in common: two tallies of
 * different frames ("13 homers and 43 RBIs in 54 games" and "33 homers and 121 RBIs in 157
 * games"; one round's punches and the fight's), not one fact told two ways, which would
 * share the figures around the one in dispute.
 */
export function differentFrames(a: NumberMention[], b: NumberMention[]): boolean {
  if (a.length < 2 || b.length < 2) return false;
  return !a.some((x) => b.some((y) => x.low < y.high && y.low < x.high));
}

/**
 * Two number mentions that may contradict: the same quantity, and either both or neither
 * a distance from a place. "15 miles north of Detroit" places something; "chased him for 30
 * miles" tells a way travelled, though "150 nautical miles (277 km)" may well agree with
 * "150 nautical miles west of Aden".
 */
export function contradictable(a: NumberMention, b: NumberMention): boolean {
  return sameQuantity(a, b) && Boolean(a.bearing) === Boolean(b.bearing);
}

/** Two number mentions of the same thing that cannot both be true. */
export function numbersConflict(a: NumberMention, b: NumberMention): boolean {
  // Each interval holds its low end, not its high end: "12" is [11.5, 12.5), so "12" and
  // "13" differ and "1,800" ([1750, 1850)) still covers "1,830".
  return contradictable(a, b) && (a.high <= b.low || b.high <= a.low);
}

/**
 * Whether what happened to a count ("were evacuated") is read in this language: in
 * English, Chinese and Japanese, whose word order puts it right after the count and what
 * it counts ("两人失踪", "三百人が避難"). Elsewhere the verb may stand far from the count
 * ("300 Bewohner … in Sicherheit gebracht"), and only the counted word is read.
 */
export function readsPredicates(language: string | undefined): boolean {
  return !language || PREDICATE_LANGUAGES.has(language);
}

const PREDICATE_LANGUAGES = new Set(['en', 'zh', 'ja']);

/**
 * Two sentences' numbers contradict: some of them count the same thing done to it ("1,800
 * people were evacuated", "1,200 residents were evacuated"), and no pair of the same
 * quantity agrees ("from 6 feet to 3 feet" agrees with "3 feet instead of 6"). Sentences
 * that share one figure and differ in another mostly tell two tallies ("caught 52 passes
 * … and two touchdowns" in the season, "eight passes … and two touchdowns" in the game),
 * except in `oneWording`, the same words with a figure changed: "a magnitude 6.1 quake
 * struck the island, home to 120,000" and "a magnitude 5.9 quake …" agree only on another
 * quantity. A count that does not say what happened to it ("2,290 points", "a 12-year
 * sentence") is too loose to contradict another: in open news such pairs were mostly two
 * different facts. Where predicates are not read (`readsPredicates`), the same counted
 * word is enough.
 */
export function numbersDisagree(a: NumberMention[], b: NumberMention[], predicates = true, oneWording = false): boolean {
  // "fired 11 shots … seven bullets entered" and "three of the seven bullets fired": a
  // sentence that also gives the other's figure for the other's counted thing tells two
  // counts. Not for measures, which measure many things ("12 miles deep", "1.2 miles away").
  const gives = (list: NumberMention[], n: NumberMention) =>
    !MEASURE_UNIT_STEMS.has(n.unit) && list.some((m) => m.unit === n.unit && m.low < n.high && n.low < m.high);
  const agreeing = new Set<string>();
  const conflicting = new Set<string>();
  for (const x of a) {
    for (const y of b) {
      if (!sameQuantity(x, y)) continue;
      if (!numbersConflict(x, y)) {
        if (!oneWording) return false;
        agreeing.add(x.unit).add(y.unit);
      } else if (gives(a, y) || gives(b, x)) return false;
      else if (predicates ? x.predicate !== undefined && x.predicate === y.predicate : x.unit === y.unit) conflicting.add(x.unit);
    }
  }
  return [...conflicting].some((unit) => !agreeing.has(unit));
}

