/**
 * Pairs quotation marks into quotations. Handles nesting, quotations that run over several
 * paragraphs (each paragraph reopens, only the last closes) and unbalanced marks: a
 * quotation left open ends with its paragraph and is flagged `closed: false`, so no span
 * ever runs away past a paragraph.
 */
import type { Span } from '../core/types.js';
import { ambiguousOpeners, closersOf, isQuoteCode, singleMarks, spacedClosers, spacedOpeners } from './marks.js';

/** `start`/`end` include the marks. */
export interface Quotation extends Span {
  /** The text inside the marks (for a multi-paragraph quote, from the first opener to the last closer). */
  inner: Span;
  closed: boolean;
  /** 0 for a top-level quotation, 1 for a quote inside a quote, ... */
  depth: number;
}

const maxDepth = 8;
const letter = /[\p{L}\p{N}]/u;
const space = /\s/;

interface Open {
  mark: string;
  start: number;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && letter.test(ch);
}

/** Could the mark at `i` open a quotation? Ambiguous marks need a boundary before and text after. */
function canOpen(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  if (after === undefined) return false;
  if (space.test(after)) return spacedOpeners.has(text[i]) && /[\p{L}\p{N}]/u.test(text[firstNonSpace(text, i + 1)] ?? '');
  if (!ambiguousOpeners.has(text[i]) && !singleMarks.has(text[i])) return true;
  if (singleMarks.has(text[i]) && isWordChar(before)) return false; // an apostrophe: don't, Obama's
  if (singleMarks.has(text[i]) && /\d/.test(after) && /^\d\ds?\b/.test(text.slice(i + 1, i + 4))) return false; // '90s
  return before === undefined || space.test(before) || /[([{\-–—/:;,«“„‘"'>]/.test(before);
}

/**
 * Could the mark at `i` close a quotation? Single marks between letters are apostrophes. A
 * straight double mark spaced from the words closes after the punctuation that ends quoted
 * words (`people, " said`), as captures that space every mark write it.
 */
function canClose(text: string, i: number): boolean {
  const before = text[i - 1];
  if (before === undefined) return false;
  if (space.test(before)) return spacedClosers.has(text[i]) || (text[i] === '"' && /[,.!?;]/.test(text[lastNonSpace(text, i - 1)] ?? ''));
  if (singleMarks.has(text[i]) && isWordChar(text[i + 1])) return false;
  return true;
}

function lastNonSpace(text: string, from: number): number {
  let i = from;
  while (i >= 0 && space.test(text[i])) i--;
  return i;
}

function firstNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && space.test(text[i])) i++;
  return i;
}

export function findQuotations(text: string): Quotation[] {
  const found: Quotation[] = [];
  const stack: Open[] = [];
  const close = (open: Open, end: number, closed: boolean, innerEnd: number) => {
    const depth = stack.length;
    found.push({ start: open.start, end, inner: { start: open.start + 1, end: innerEnd }, closed, depth });
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 10 && !isQuoteCode(code)) continue;
    const ch = text[i];
    if (ch === '\n') {
      // A paragraph ends: open quotes continue only if the next paragraph reopens them.
      if (stack.length === 0) continue;
      const next = firstNonSpace(text, i);
      const reopen = text[next];
      const top = stack[stack.length - 1];
      if (reopen !== undefined && (reopen === top.mark || closersOf[top.mark] === closersOf[reopen])) {
        i = next; // the reopening mark is part of the same quotation
        continue;
      }
      let end = i;
      while (end > 0 && space.test(text[end - 1])) end--;
      while (stack.length > 0) {
        const open = stack.pop()!;
        close(open, Math.max(end, open.start + 1), false, Math.max(end, open.start + 1));
      }
      continue;
    }
    const closers = stack.map((o) => closersOf[o.mark]);
    let matched = -1;
    for (let k = closers.length - 1; k >= 0; k--) {
      if (closers[k].includes(ch)) {
        matched = k;
        break;
      }
    }
    // A mark that could either open or close ('"', '”', "'") closes when an opener is pending.
    if (matched >= 0 && canClose(text, i) && !(matched < stack.length - 1 && canOpen(text, i) && ch in closersOf)) {
      while (stack.length > matched + 1) {
        const inner = stack.pop()!;
        close(inner, i, false, i);
      }
      const open = stack.pop()!;
      close(open, i + 1, true, i);
      continue;
    }
    if (ch in closersOf && stack.length < maxDepth && canOpen(text, i)) stack.push({ mark: ch, start: i });
  }
  let end = text.length;
  while (end > 0 && space.test(text[end - 1])) end--;
  while (stack.length > 0) {
    const open = stack.pop()!;
    close(open, Math.max(end, open.start + 1), false, Math.max(end, open.start + 1));
  }
  return found.sort((a, b) => a.start - b.start);
}
