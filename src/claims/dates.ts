import * as chrono from 'chrono-node';
import { alternation, englishOr } from '../language/index.js';
import { ABSOLUTE_DATE, DAY_EXPRESSION, RELATIVE_ANCHOR, TIME_UNIT } from './lexicon.js';

/** How the dates of one language are found and judged. */
export interface DateReader {
  parse(text: string, reference: Date): chrono.ParsedResult[];
  /** The expression names a day, not a time or a length ("after two hours", "for several days"). */
  namesDay(expression: string): boolean;
  /** The expression fixes a day without a reference date (a month name or digits), unlike "today". */
  explicit(expression: string): boolean;
}

const ENGLISH: DateReader = {
  parse: (text, reference) => chrono.parse(text, reference),
  namesDay: (e) => DAY_EXPRESSION.test(e) && !(TIME_UNIT.test(e) && !ABSOLUTE_DATE.test(e) && !RELATIVE_ANCHOR.test(e)),
  explicit: (e) => ABSOLUTE_DATE.test(e),
};

/** chrono-node's parsers by language ("de", "fr", "ja"…), where it has one. */
const parsers = chrono as unknown as Record<string, { parse?: typeof chrono.parse } | undefined>;

/**
 * A language's month and weekday names and its words for yesterday, today and tomorrow, from
 * Intl. Short forms that merely cut the name short ("So" for Sonntag, "mar" for martes or
 * marzo, "mer" for mercredi) are left out: alone, they are far more often words of their
 * own ("so", "la mer", "el mar") than dates, and with a day's number the digits tell.
 */
function calendarWords(language: string): { months: string[]; days: string[] } {
  const names = (options: Intl.DateTimeFormatOptions, dates: Date[]) => dates.map((d) => new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(d).replace(/\.$/, ''));
  const withOwnShortForms = (long: string[], short: string[]) => [...long, ...short.filter((s, i) => !long[i].toLowerCase().startsWith(s.toLowerCase()))];
  const months = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2021, m, 15)));
  const week = Array.from({ length: 7 }, (_, d) => new Date(Date.UTC(2021, 1, 1 + d)));
  const relative = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  return {
    months: withOwnShortForms(names({ month: 'long' }, months), names({ month: 'short' }, months)),
    days: [...withOwnShortForms(names({ weekday: 'long' }, week), names({ weekday: 'short' }, week)), ...[-1, 0, 1].map((n) => relative.format(n, 'day'))],
  };
}

/** Any of the words, case aside; one-letter abbreviations ("M" for Monday) would match anything. */
const anyOf = (words: string[]) => new RegExp(alternation(words.map((w) => w.toLowerCase()).filter((w) => w.length > 1)), 'iu');

/**
 * The reader for a document's language: English's rules, or, where chrono-node has a parser
 * for the language, that parser, with a day named by a month, a weekday, a word for
 * yesterday, today or tomorrow (from Intl), or digits.
 */
export const dateReaderFor = englishOr(ENGLISH, (language): DateReader => {
  const parser = parsers[language];
  if (!parser?.parse) return ENGLISH;
  const { months, days } = calendarWords(language);
  const [month, day] = [anyOf(months), anyOf(days)];
  return {
    parse: (text, reference) => parser.parse!(text, reference),
    namesDay: (e) => month.test(e) || day.test(e) || /\d/.test(e),
    explicit: (e) => month.test(e) || /\d/.test(e),
  };
});
