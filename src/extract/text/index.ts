import * as chrono from 'chrono-node';
import type { Article } from '../../core/types.js';
import { classifyLines, type Line } from './lines.js';
import { BYLINE } from './patterns.js';

export { classifyLines, stripResidue, type Line, type LineKind } from './lines.js';

/** Bylines and datelines are looked for this many lines from the top. */
const HEADER_LINES = 6;
/** A first line longer than this is prose, not a headline. */
const TITLE_MAX_WORDS = 25;

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
    title: titleOf(kept),
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

function titleOf(kept: Line[]): string | undefined {
  const first = kept[0]?.clean;
  if (!first || kept.length < 2) return undefined;
  return first.split(/\s+/).length <= TITLE_MAX_WORDS ? first.replace(/\.$/, '') : undefined;
}

/** Byline ("By Ana Ruiz") and dateline near the top: metadata, dropped from the text. */
function readHeader(lines: Line[]): { author?: string; published?: string; drop: Set<number> } {
  const drop = new Set<number>();
  let author: string | undefined;
  let published: string | undefined;
  let seen = 0;
  for (let i = 0; i < lines.length && seen < HEADER_LINES; i++) {
    const line = lines[i];
    if (line.kind !== 'content') continue;
    seen++;
    const byline = author ? null : BYLINE.exec(line.clean);
    if (byline) {
      author = byline[1];
      drop.add(i);
      continue;
    }
    const date = published ? undefined : datelineOf(line.clean);
    if (date) {
      published = date;
      drop.add(i);
    }
  }
  return { author, published, drop };
}

/** A line that is nothing but a date (and perhaps "Published:"), as ISO 8601. */
function datelineOf(text: string): string | undefined {
  if (text.split(/\s+/).length > 8) return undefined;
  const [found] = chrono.parse(text);
  if (!found || found.text.length < text.replace(/^(published|updated|posted)( on)?:?\s*/i, '').length * 0.8) return undefined;
  if (!found.start.isCertain('year')) return undefined;
  return found.start.date().toISOString();
}
