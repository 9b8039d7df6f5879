import * as chrono from 'chrono-node';
import type { Article } from '../../core/types.js';
import { classifyLines, type Line } from './lines.js';
import { DATELINE_WORD } from '../html/patterns.js';
import { BYLINE } from './patterns.js';

export { classifyLines, stripResidue, type Line, type LineKind } from './lines.js';

/** Bylines and datelines are looked for this many lines from the top. */
const HEADER_LINES = 6;
/** A first line longer than this is prose, not a headline. */
const TITLE_MAX_WORDS = 25;
/** A line this short above a longer headline is the site's name. */
const MASTHEAD_MAX_WORDS = 3;

/**
 * A plain-text capture, often a flattened web page: drop its boilerplate lines, keep
 * every article line. A text with nothing to drop comes back unchanged, so that
 * character offsets match annotations made on the original.
 */
export function extractText(content: string): Article {
  const lines = classifyLines(content);
  const header = readHeader(lines);
  const kept = lines.filter((l, i) => l.kind === 'content' && !header.drop.has(i));
  const changed = kept.length !== lines.filter((l) => l.kind !== 'blank').length || kept.some((l) => l.clean !== l.raw.trim());
  const text = changed ? joinLines(lines, header.drop) : content;
  return {
    title: header.title,
    site: header.site,
    author: header.author ? [header.author] : [],
    published: header.published,
    pageType: 'article',
    text,
  };
}

/** Kept lines in order; a blank line (or a dropped one) between two kept lines becomes one paragraph break. */
function joinLines(lines: Line[], drop: Set<number>): string {
  let out = '';
  let pendingBreak = false;
  lines.forEach((line, i) => {
    if (line.kind !== 'content' || drop.has(i)) {
      pendingBreak = out.length > 0;
      return;
    }
    if (out) out += pendingBreak ? '\n\n' : '\n';
    out += line.clean;
    pendingBreak = false;
  });
  return out;
}

interface Header {
  title?: string;
  site?: string;
  author?: string;
  published?: string;
  /** Lines that are metadata, not article text. */
  drop: Set<number>;
}

const wordCount = (text: string) => text.split(/\s+/).length;

/**
 * The top of a capture: headline, and perhaps a masthead above it ("Fenland Notes"),
 * a byline ("By Ana Ruiz") and a dateline. The masthead, byline and dateline are
 * metadata and leave the text; the headline stays, since it may carry a statement.
 */
function readHeader(lines: Line[]): Header {
  const drop = new Set<number>();
  const top: number[] = [];
  for (let i = 0; i < lines.length && top.length < HEADER_LINES; i++) if (lines[i].kind === 'content') top.push(i);
  let author: string | undefined;
  let published: string | undefined;
  for (const i of top) {
    const byline = author ? null : BYLINE.exec(lines[i].clean);
    const date = byline ? undefined : datelineOf(lines[i].clean);
    if (byline) author = byline[1];
    // The first dateline is the publication; later ones ("Updated: …") only leave the text.
    published ??= date;
    if (byline || date) drop.add(i);
  }
  const [first, second] = top.filter((i) => !drop.has(i) && wordCount(lines[i].clean) <= TITLE_MAX_WORDS);
  if (first === undefined || top.length < 2) return { author, published, drop };
  // A masthead is a short name above a longer, unpunctuated headline.
  const masthead =
    second !== undefined &&
    wordCount(lines[first].clean) <= MASTHEAD_MAX_WORDS &&
    wordCount(lines[second].clean) > MASTHEAD_MAX_WORDS &&
    !/[.!?…]$/.test(lines[second].clean);
  if (masthead) drop.add(first);
  const title = lines[masthead ? second : first].clean.replace(/\.$/, '');
  return { title, site: masthead ? lines[first].clean : undefined, author, published, drop };
}

/** A time of day after a date, behind a comma or a bar: "Sunday, March 17, 2013 | 5:00 PM", "…, 8: 12 PM EDT". */
const TIME_AFTER_DATE = /^\s*[|,·]?\s*(?:at\s+)?\d{1,2}\s?[:.]\s?\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*(?:\p{Lu}{2,4})?\s*$/iu;

/** Any two days: dates read the same against both are calendar dates, not relative ones. */
const REFERENCE_DAYS = [new Date(Date.UTC(2001, 0, 1)), new Date(Date.UTC(2011, 6, 1))] as const;

/** A dateline is a short line. */
const DATELINE_MAX_CHARS = 160;
/** Words (of three letters or more, not an all-capitals zone such as "EDT") a dateline may hold after its date. */
const DATELINE_TAIL_WORDS = 2;

/**
 * A line that gives the date of the page, as ISO 8601: nothing but a date ("Published:
 * March 3, 2024"), a date under a label ("On behalf of Ann Lee posted in News on Friday,
 * May 3, 2013"), or a date with a label right after it ("21 July 2013 Last updated at
 * 11:11 GMT"). A date with more words after it is a sentence of the article ("The report,
 * published on March 3, 2024, found…").
 */
function datelineOf(text: string): string | undefined {
  if (text.length > DATELINE_MAX_CHARS) return undefined;
  // A written calendar date: "now" and "today" are certain too, but no dateline. A line that
  // dates itself relatively ("Posted 1 year, 160 days ago") gives none either: it moves with
  // the day it is read, which is not the day it was written. Read against two reference
  // days, a relative date differs and a calendar date does not.
  const certain = (day: Date) => chrono.parse(text, day).filter((r) => r.start.isCertain('year') && r.start.isCertain('day'));
  const [results, shifted] = REFERENCE_DAYS.map(certain);
  if (results.some((r, i) => r.start.date().getTime() !== shifted[i]?.start.date().getTime())) return undefined;
  const found = results.find((r) => /\d/.test(r.text));
  if (!found) return undefined;
  const iso = found.start.date().toISOString();
  const bare = text.replace(/^(published|updated|posted)( on)?:?\s*/i, '');
  if (found.text.length >= bare.length * 0.8) return iso;
  // What follows the date, up to the next label or separator, is a time and a zone at most.
  const tail = text.slice(found.index + found.text.length);
  if (TIME_AFTER_DATE.test(tail)) return iso;
  const [beforeLabel] = tail.split(DATELINE_WORD);
  if (beforeLabel !== tail && !/\p{L}/u.test(beforeLabel)) return iso;
  if (!DATELINE_WORD.test(text.slice(0, found.index))) return undefined;
  const words = (beforeLabel.split('|')[0].match(/\p{L}{3,}/gu) ?? []).filter((w) => w !== w.toUpperCase());
  return words.length <= DATELINE_TAIL_WORDS ? iso : undefined;
}
