/**
 * Bylines and datelines written in the page near the headline: "By Ann Lee", a
 * "Written by" label over a name, "Updated 19 Nov 2019". Looked for in the blocks just
 * around the title, where pages print them.
 */
import { authorNames } from './authors.js';
import { Kind, type Block } from './blocks.js';
import { findDate, locateDate, type DateOptions } from './dates.js';
import { BYLINE_LABEL, BYLINE_PREFIX, BYLINE_WORD, MODIFIED_LABEL } from './lexicon.js';
import { DATELINE_LABEL } from './patterns.js';
import { headingIsTitle } from './title.js';

/** Blocks looked at before and after the headline. */
const BEFORE_TITLE = 4;
const AFTER_TITLE = 12;
/** A byline or dateline is a short line. */
const MAX_LINE = 160;

export interface HeaderLines {
  authors: string[];
  /** The first date printed near the title, and the first one not labelled as an update. */
  firstDate?: string;
  publishedDate?: string;
  /** The first date on a line that names the author ("03/01/2017 by Ada Park"). */
  bylineDate?: string;
}

/** The blocks around the headline: the <h1> that matches the title, else the start of the content. */
export function headerWindow(blocks: Block[], title: string | undefined, contentStart: number): Block[] {
  let at = title ? blocks.findIndex((b) => b.kind === Kind.Heading && headingIsTitle(b.text, title)) : -1;
  if (at < 0) at = blocks.findIndex((b) => b.kind === Kind.Heading && b.level === 1);
  if (at < 0) return blocks.slice(Math.max(0, contentStart - AFTER_TITLE), contentStart + BEFORE_TITLE);
  return blocks.slice(Math.max(0, at - BEFORE_TITLE), at + AFTER_TITLE);
}

export function readHeaderLines(window: Block[], options: DateOptions): HeaderLines {
  const out: HeaderLines = { authors: [] };
  for (let i = 0; i < window.length; i++) {
    const text = window[i].text.replace(GLUED_BYLINE_WORD, '$1 ');
    if (text.length > MAX_LINE) continue;
    if (out.authors.length === 0) {
      if (BYLINE_LABEL.test(text) && window[i + 1] && window[i + 1].text.length <= MAX_LINE) {
        out.authors = authorNames(window[i + 1].text, { minWords: 1 });
      } else {
        const rest = text.replace(BYLINE_PREFIX, '');
        if (rest !== text && /^\p{Lu}/u.test(rest)) out.authors = authorNames(text, { minWords: 1 });
      }
    }
    const found = locateDate(text, options);
    if (found && !readsAsProse(text, found.at)) {
      out.firstDate ??= found.iso;
      if (!MODIFIED_LABEL.test(text)) out.publishedDate ??= found.iso;
      if (!MODIFIED_LABEL.test(text) && BYLINE_WORD.test(text)) out.bylineDate ??= found.iso;
    }
  }
  return out;
}

/** "ByDaryl Austin": the markup put the byline word and the name in elements without a space. */
const GLUED_BYLINE_WORD = /^([Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Pp]rzez|[Dd]oor)(?=\p{Lu}\p{Ll})/u;

/** Words before a date in a line that make it a sentence of the article rather than a dateline. */
const PROSE_WORDS = 6;

/**
 * "The season ends on April 15, 2025." is prose that mentions a date; a dateline holds
 * little else than the date, a label or a byline.
 */
function readsAsProse(text: string, dateAt: number): boolean {
  const before = text.slice(0, dateAt).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return before >= PROSE_WORDS && !BYLINE_WORD.test(text) && !DATELINE_LABEL.test(text) && !MODIFIED_LABEL.test(text);
}

/** A date on a labelled line anywhere in the page ("Last updated: November 13, 2025"). */
export function labelledDate(blocks: Block[], options: DateOptions): string | undefined {
  for (const b of blocks) {
    if (b.junk || b.text.length > MAX_LINE || !DATELINE_LABEL.test(b.text)) continue;
    const date = findDate(b.text, options);
    if (date) return date;
  }
  return undefined;
}
