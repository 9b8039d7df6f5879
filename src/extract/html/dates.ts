/**
 * Dates to ISO 8601. Machine-readable values (ISO, RFC 2822, epoch) keep the time and
 * offset the page gave; dates read from text in any of the lexicon's languages become
 * `YYYY-MM-DD`.
 */
import { MONTHS } from './lexicon.js';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{2}:?\d{2})?$/;
const YMD_SLASH = /\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/;
const NUMERIC = /\b(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/;
const MONTH_WORD = '(\\p{L}{3,12})';
const DAY_MONTH_YEAR = new RegExp(
  `(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|º|°|\\.)?\\s*(?:de\\s+|-)?${MONTH_WORD}\\.?,?\\s*(?:de\\s+|-)?(\\d{4})(?!\\d)`,
  'giu',
);
/** Chinese, Japanese and Korean: 2019年3月5日, 2019년 3월 5일. */
const CJK_YEAR_MONTH_DAY = /(?<!\d)(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/u;
/** Every month name and abbreviation of the lexicon, for reading "Sept" or "Febr". */
const MONTH_NAME_LIST = Object.keys(MONTHS);
/** /2019/november/19/ (a full month name or abbreviation, not any word). */
const URL_MONTH_NAME = new RegExp(`/((?:19|20)\\d{2})/${MONTH_WORD}/(\\d{1,2})(?:/|$)`, 'iu');
const MONTH_DAY_YEAR = new RegExp(`(?<!\\p{L})${MONTH_WORD}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'giu');

export interface DateOptions {
  /** Read 03/04/2020 as March 4 (US) instead of 3 April. */
  monthFirst?: boolean;
  /**
   * When given, collects every date read from numbers whose day and month could be
   * swapped (03/04/2020), so that another source can settle the reading.
   */
  ambiguous?: Set<string>;
}

/** A date field's whole value (meta content, datetime attribute, JSON-LD) to ISO. */
export function parseDateValue(value: string | undefined, options: DateOptions = {}): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d{10}(\d{3})?$/.test(v)) {
    const ms = v.length === 13 ? Number(v) : Number(v) * 1000;
    return plausible(new Date(ms).toISOString().replace('.000Z', 'Z'));
  }
  const iso = ISO.exec(v);
  if (iso) return isoFrom(iso);
  const compact = COMPACT.exec(v);
  if (compact) return isoFrom(compact);
  const inText = findDate(v, options);
  if (inText) return inText;
  // RFC 2822 and other forms the JavaScript parser knows ("Tue, 19 Nov 2019 10:00:00 GMT").
  if (/[a-z]{3}/i.test(v) && /\d{4}/.test(v)) {
    const ms = Date.parse(v);
    if (!Number.isNaN(ms)) return plausible(new Date(ms).toISOString().replace('.000Z', 'Z'));
  }
  return undefined;
}

/** The first date written anywhere in a piece of text, as `YYYY-MM-DD`. */
export function findDate(text: string, options: DateOptions = {}): string | undefined {
  return locateDate(text, options)?.iso;
}

/** The first date written in a piece of text, and where it starts. */
export function locateDate(raw: string, options: DateOptions = {}): { iso: string; at: number } | undefined {
  // Full-width digits (２０１９年) read as ASCII ones; one code unit each, so offsets hold.
  const text = raw.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10));
  const candidates: { at: number; iso: string | undefined; ambiguous?: boolean }[] = [];
  const iso = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(text);
  if (iso) candidates.push({ at: iso.index, iso: ymd(+iso[1], +iso[2], +iso[3]) });
  const slash = YMD_SLASH.exec(text);
  if (slash) candidates.push({ at: slash.index, iso: ymd(+slash[1], +slash[2], +slash[3]) });
  const num = NUMERIC.exec(text);
  if (num) {
    let [a, b] = [+num[1], +num[3]];
    const monthFirst = a <= 12 && (b > 12 || (options.monthFirst && num[2] === '/'));
    if (monthFirst) [a, b] = [b, a];
    candidates.push({ at: num.index, iso: ymd(+num[4], b, a), ambiguous: a !== b && a <= 12 && b <= 12 });
  }
  const cjk = CJK_YEAR_MONTH_DAY.exec(text);
  if (cjk) candidates.push({ at: cjk.index, iso: ymd(+cjk[1], +cjk[2], +cjk[3]) });
  // A word in a month's place may be any word ("12 people 2019"): the first that is a month.
  const dmy = firstMatch(DAY_MONTH_YEAR, text, (m) => ymd(+m[3], monthNumber(m[2]), +m[1]));
  if (dmy) candidates.push(dmy);
  const mdy = firstMatch(MONTH_DAY_YEAR, text, (m) => ymd(+m[3], monthNumber(m[1]), +m[2]));
  if (mdy) candidates.push(mdy);
  candidates.sort((x, y) => x.at - y.at);
  const found = candidates.find((c) => c.iso);
  if (!found?.iso) return undefined;
  if (found.ambiguous) options.ambiguous?.add(found.iso);
  return { iso: found.iso, at: found.at };
}

function firstMatch(re: RegExp, text: string, read: (m: RegExpMatchArray) => string | undefined): { at: number; iso: string } | undefined {
  for (const m of text.matchAll(re)) {
    const iso = read(m);
    if (iso) return { at: m.index, iso };
  }
  return undefined;
}

/** The same date with day and month swapped, when both readings are dates. */
export function swapDayMonth(iso: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m && m[2] !== m[3] ? ymd(+m[1], +m[3], +m[2]) : undefined;
}

/** A date in a URL path: /2019/11/19/, /2019-11-19-, /20191119/, /2019/november/19/. */
export function dateFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return undefined;
  }
  const m =
    /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?!\d)/.exec(path) ??
    /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/\-_.]|$)/.exec(path);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  const named = URL_MONTH_NAME.exec(path);
  const month = named ? MONTHS[named[2].toLowerCase()] : undefined;
  return named && month ? ymd(+named[1], month, +named[3]) : undefined;
}

function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  const month = MONTHS[w] ?? (MONTH_NAME_LIST.some((name) => name.startsWith(w)) ? MONTHS[w.slice(0, 3)] : undefined);
  if (month) return month;
  // A name that the markup glued to the month ("By Kathryn GiuffridaMar 5, 2025").
  const tail = /\p{Lu}\p{Ll}{2,}\.?$/u.exec(word);
  return tail && tail.index > 0 ? (MONTHS[tail[0].toLowerCase().replace(/\.$/, '')] ?? 0) : 0;
}

function isoFrom(m: RegExpExecArray): string | undefined {
  const day = ymd(+m[1], +m[2], +m[3]);
  if (!day || m[4] === undefined) return day;
  const hh = m[4].padStart(2, '0');
  if (+hh > 23 || +m[5] > 59) return day;
  const zone = m[7] ? normalizeZone(m[7]) : '';
  return `${day}T${hh}:${m[5]}:${m[6] ?? '00'}${zone}`;
}

function normalizeZone(z: string): string {
  if (z.toUpperCase() === 'Z') return 'Z';
  const digits = z.replace(':', '');
  return digits.length === 3 ? `${digits}:00` : `${digits.slice(0, 3)}:${digits.slice(3, 5)}`;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function ymd(y: number, m: number, d: number): string | undefined {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= DAYS_IN_MONTH[m - 1])) return undefined;
  return plausible(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}

/** Web pages are dated between the early web and next year. */
function plausible(iso: string): string | undefined {
  const year = Number(iso.slice(0, 4));
  return year >= 1994 && year <= new Date().getFullYear() + 1 ? iso : undefined;
}
