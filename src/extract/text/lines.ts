import {
  BROKEN_TAG_TAIL,
  COMMENT_SECTION_START,
  CREDIT_LINES,
  PLACEHOLDER,
  TAG,
  TEASER_LINES,
  WIDGET_LINES,
} from './patterns.js';

export type LineKind = 'blank' | 'content' | 'widget' | 'credit' | 'teaser' | 'residue' | 'comments' | 'menu';

export interface Line {
  /** The line as it stands in the input, without its line break. */
  raw: string;
  /** The line with markup residue removed and whitespace trimmed: what is kept. */
  clean: string;
  kind: LineKind;
}

/** Remove tags and the tails of broken tags; what is left is the line's text. */
export function stripResidue(line: string): string {
  const tail = BROKEN_TAG_TAIL.exec(line);
  const rest = tail ? line.slice(tail[0].length) : line;
  return rest.replace(TAG, '').replace(/[ \t\u00a0]+/g, ' ').trim();
}

const matchesAny = (patterns: RegExp[], text: string) => patterns.some((p) => p.test(text));

/** A line reads as prose when it is long enough and ends like a sentence. */
function isProse(text: string): boolean {
  return text.split(/\s+/).length >= 8 && /[.!?…"”’»)]$/.test(text);
}

/** One- or two-word unpunctuated lines: menu items, tags, labels (or headings, when alone). */
function isLabel(text: string): boolean {
  return text.split(/\s+/).length <= 2 && !/[.!?…,:;"”’»]$/.test(text);
}

/** A run of this many labels in a row is a menu or tag list, not headings. */
const MENU_RUN = 3;

/**
 * Classify every line of a flattened page. Lines are judged on their own (lexicons of
 * widget, credit and teaser text; markup residue) and in context (a comment section
 * runs to the end; runs of short labels are menus).
 */
export function classifyLines(content: string): Line[] {
  const lines: Line[] = content.split('\n').map((raw) => {
    const trimmed = raw.replace(/\r$/, '').trim();
    const clean = stripResidue(trimmed);
    return { raw, clean, kind: judge(trimmed, clean) };
  });
  markCommentSection(lines);
  markMenus(lines);
  return lines;
}

function judge(trimmed: string, clean: string): LineKind {
  if (!trimmed) return 'blank';
  if (!clean || PLACEHOLDER.test(clean)) return 'residue';
  if (matchesAny(WIDGET_LINES, clean)) return 'widget';
  if (matchesAny(CREDIT_LINES, clean)) return 'credit';
  if (matchesAny(TEASER_LINES, clean)) return 'teaser';
  return 'content';
}

function markCommentSection(lines: Line[]): void {
  const start = lines.findIndex((l) => l.kind !== 'blank' && l.clean.split(/\s+/).length <= 6 && matchesAny(COMMENT_SECTION_START, l.clean));
  if (start < 0) return;
  // A comment section sits below an article; a "Comments" link above any prose is navigation.
  if (!lines.slice(0, start).some((l) => l.kind === 'content' && isProse(l.clean))) return;
  for (let i = start; i < lines.length; i++) if (lines[i].kind !== 'blank') lines[i].kind = 'comments';
}

function markMenus(lines: Line[]): void {
  let run: number[] = [];
  const flush = () => {
    if (run.length >= MENU_RUN) for (const i of run) lines[i].kind = 'menu';
    run = [];
  };
  lines.forEach((line, i) => {
    if (line.kind === 'content' && isLabel(line.clean) && !isProse(line.clean)) run.push(i);
    else flush();
  });
  flush();
}
