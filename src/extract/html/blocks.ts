/**
 * Cut the page into blocks: runs of inline text owned by their nearest block-level
 * element (a paragraph, a list item, a heading, a table cell...). Each block knows how
 * much of it is link text and whether page furniture encloses it. The walk is iterative.
 */
import type { Deadline } from './budget.js';
import { Mark, isNamedJunk } from './classify.js';
import { Element, TextNode, type Dom } from './dom.js';
import { ANY_DENSE, BLOCK_TAGS, DENSE_SCRIPTS, HEADING_TAGS } from './patterns.js';

export const enum Kind {
  Text,
  Heading,
  Item,
  Pre,
  Caption,
  Cell,
}

export interface Block {
  /** The nearest block-level element around the text. */
  owner: Element;
  text: string;
  /** The text's length in Latin characters' worth (see textWeight). */
  weight: number;
  linkChars: number;
  kind: Kind;
  /** Heading level 1-6, else 0. */
  level: number;
  /** Inside page furniture (comments, navigation, sharing...). */
  junk: boolean;
  /** For list items: the enclosing list. */
  list: Element | null;
  /** The table row of a cell, to print cells of one row on one line. */
  row: Element | null;
}

export interface Segmented {
  blocks: Block[];
  /** Per element (by index): its own mark, with junk inherited from ancestors. */
  junk: Uint8Array;
  complete: boolean;
}

// Bits remembered per open element, to undo on close.
const F_JUNK = 1,
  F_LINK = 2,
  F_PRE = 4,
  F_HEADING = 8,
  F_CAPTION = 16,
  F_BLOCK = 32,
  F_LIST = 64,
  F_ROW = 128;

/**
 * How marks are read. `strict`: as they are. `thread` (a forum page): comment sections
 * are the content. `relaxed` (the fallback when no article was found): furniture known
 * only by class or id name, comment sections aside, counts as content, and <noscript>
 * is shown.
 */
export type SegmentMode = 'strict' | 'thread' | 'relaxed';

export function segment(dom: Dom, marks: Uint8Array, deadline: Deadline, mode: SegmentMode = 'strict'): Segmented {
  const relaxed = mode === 'relaxed';
  const junkOf = new Uint8Array(dom.elements.length);
  const blocks: Block[] = [];
  let junk = 0,
    link = 0,
    pre = 0,
    heading = 0,
    caption = 0;
  const owners: Element[] = [];
  const lists: Element[] = [];
  const rows: Element[] = [];
  let pieces: string[] = [];
  let linkChars = 0;
  let brPending = false;

  const flush = () => {
    if (pieces.length === 0) return;
    // Control characters (NUL and the like) are not text; browsers do not show them either.
    const raw = pieces.join('').replace(CONTROL_CHARS, '');
    pieces = [];
    const links = linkChars;
    linkChars = 0;
    const text =
      pre > 0
        ? raw.replace(/^\s*\n|\s+$/g, '')
        : raw.replace(/[^\S\n]+/g, ' ').replace(/ ?\n ?/g, '\n').replace(/\n{2,}/g, '\n').trim();
    if (!text) return;
    const owner = owners[owners.length - 1];
    blocks.push({
      owner,
      text,
      weight: textWeight(text),
      linkChars: Math.min(links, text.length),
      kind: kindOf(owner),
      level: heading > 0 ? headingLevel(owners) : 0,
      junk: junk > 0,
      list: owner.tag === 'li' || owner.tag === 'dt' || owner.tag === 'dd' ? (lists[lists.length - 1] ?? null) : null,
      row: rows[rows.length - 1] ?? null,
    });
  };

  const kindOf = (owner: Element): Kind => {
    if (pre > 0) return Kind.Pre;
    if (heading > 0) return Kind.Heading;
    if (caption > 0) return Kind.Caption;
    const t = owner.tag;
    if (t === 'li' || t === 'dt' || t === 'dd') return Kind.Item;
    if (t === 'td' || t === 'th') return Kind.Cell;
    return Kind.Text;
  };

  const enter = (el: Element): number => {
    const tag = el.tag;
    if (tag === 'head') return -1;
    const own = marks[el.index];
    if (own === Mark.Hidden && !(relaxed && tag === 'noscript')) return -1;
    // Comment sections stay furniture in the fallback: only a forum thread is made of them.
    const shown = own === Mark.Comments ? mode === 'thread' : relaxed;
    const mark = isNamedJunk(own) ? (shown ? Mark.None : Mark.Junk) : own === Mark.Hidden ? Mark.None : own;
    let flags = 0;
    if (mark === Mark.Junk || junk > 0) {
      junkOf[el.index] = 1;
      if (mark === Mark.Junk) {
        junk++;
        flags |= F_JUNK;
      }
    }
    if (tag === 'br') {
      // Two line breaks in a row end a paragraph.
      if (brPending) flush();
      else pieces.push('\n');
      brPending = true;
      return flags;
    }
    if (BLOCK_TAGS.has(tag)) {
      flush();
      brPending = false;
      owners.push(el);
      flags |= F_BLOCK;
    }
    if (tag === 'a') {
      link++;
      flags |= F_LINK;
    } else if (tag === 'pre') {
      pre++;
      flags |= F_PRE;
    } else if (HEADING_TAGS.has(tag)) {
      heading++;
      flags |= F_HEADING;
    } else if (tag === 'figcaption' || CAPTION_NAME.test(el.attrs.class ?? '')) {
      caption++;
      flags |= F_CAPTION;
    } else if (tag === 'ul' || tag === 'ol' || tag === 'dl') {
      lists.push(el);
      flags |= F_LIST;
    } else if (tag === 'tr') {
      rows.push(el);
      flags |= F_ROW;
    }
    return flags;
  };

  const leave = (flags: number) => {
    if (flags & F_BLOCK) {
      flush();
      brPending = false;
      owners.pop();
    }
    if (flags & F_JUNK) junk--;
    if (flags & F_LINK) link--;
    if (flags & F_PRE) pre--;
    if (flags & F_HEADING) heading--;
    if (flags & F_CAPTION) caption--;
    if (flags & F_LIST) lists.pop();
    if (flags & F_ROW) rows.pop();
  };

  // Explicit stack of (element, next child, flags) instead of recursion.
  const stackEl: Element[] = [dom.root];
  const stackNext: number[] = [0];
  const stackFlags: number[] = [enter(dom.root)];
  let complete = true;
  while (stackEl.length > 0) {
    if (deadline.expired()) {
      complete = false;
      break;
    }
    const top = stackEl.length - 1;
    const el = stackEl[top];
    const i = stackNext[top];
    if (i >= el.children.length) {
      leave(stackFlags[top]);
      stackEl.pop();
      stackNext.pop();
      stackFlags.pop();
      continue;
    }
    stackNext[top] = i + 1;
    const child = el.children[i];
    if (child instanceof TextNode) {
      const text = pre > 0 ? child.text : child.text.replace(/\s+/g, ' ');
      if (text === ' ' && pieces.length === 0) continue;
      pieces.push(text);
      if (link > 0) linkChars += text.trim().length;
      if (brPending && /\S/.test(text)) brPending = false;
      continue;
    }
    const flags = enter(child);
    if (flags < 0) continue;
    if (child.children.length === 0 || child.tag === 'br') {
      leave(flags);
      continue;
    }
    stackEl.push(child);
    stackNext.push(0);
    stackFlags.push(flags);
  }
  flush();
  return { blocks, junk: junkOf, complete };
}

function headingLevel(owners: Element[]): number {
  for (let i = owners.length - 1; i >= 0; i--) {
    const t = owners[i].tag;
    if (HEADING_TAGS.has(t)) return Number(t[1]);
  }
  return 2;
}

const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Class names of image captions and credits. */
const CAPTION_NAME = /caption|credit|legende|légende|bildunterschrift|pie-?de-?foto|podpis|didascalia/i;

/**
 * The length of a text in Latin characters' worth: characters of dense scripts (Chinese,
 * Japanese, Korean) count several times, so that length thresholds mean the same
 * amount of text in every language.
 */
export function textWeight(text: string): number {
  let n = text.length;
  if (!ANY_DENSE.test(text)) return n;
  for (const [script, weight] of DENSE_SCRIPTS) n += (weight - 1) * (text.match(script)?.length ?? 0);
  return n;
}

export function isLinkDense(b: Block, threshold: number): boolean {
  return b.linkChars > b.text.length * threshold;
}
