/**
 * Find the main content. Every block gets a value: prose counts for its length, link
 * lists and furniture against it. Values add up the tree in one pass, and the element
 * with the highest total is the content root: it takes in sibling parts of an article
 * as long as what comes with them is worth less than what they add. Blocks inside
 * the root are then filtered one by one, with their neighbours as context.
 */
import { Kind, isLinkDense, type Block } from './blocks.js';
import { Mark } from './classify.js';
import type { Dom, Element } from './dom.js';
import { BOILERPLATE_LINES, CLAUSE_COMMA, SENTENCE_END } from './patterns.js';
import { UNSPACED_SCRIPT } from '../../language/index.js';

export interface ContentOptions {
  /** Link characters above this share make a block navigation. */
  linkDensity: number;
  /** A block this long (characters) with a sentence in it is prose. */
  proseChars: number;
  /** Cost of a short block that is neither prose nor a heading. */
  shortCost: number;
  /** Bonus on the total of an element named as the content ("article-body"). */
  markedBonus: number;
  /**
   * Keep figure captions (stand-alone photo credits are dropped either way). On by
   * default, as the article's own text; the extraction benchmarks' gold leaves captions
   * out, so the bench turns this off to score against that definition.
   */
  captions: boolean;
}

export const defaultContentOptions: ContentOptions = {
  linkDensity: 0.5,
  proseChars: 80,
  shortCost: 5,
  markedBonus: 0.5,
  captions: true,
};

export function isProse(b: Block, options: ContentOptions): boolean {
  const n = b.weight;
  if (n < options.proseChars / 2) return false;
  if (n >= options.proseChars) return SENTENCE_END.test(b.text) || n >= options.proseChars * 3 || CLAUSE_COMMA.test(b.text);
  // A short sentence has several words; some scripts write them without spaces.
  return SENTENCE_END.test(b.text) && (b.text.includes(' ') || UNSPACED_SCRIPT.test(b.text));
}

export function blockValue(b: Block, options: ContentOptions): number {
  const n = b.weight;
  if (b.junk) return -n;
  if (isLinkDense(b, options.linkDensity)) return -n;
  if (b.kind === Kind.Heading) return 0;
  // A copyright notice or a "share" line is furniture even where it reads like a sentence.
  if (isBoilerplateLine(b.text)) return -n;
  if (isProse(b, options)) return (b.text.length - b.linkChars) * (n / b.text.length);
  return -options.shortCost;
}

/** A row of page numbers ("1 2 3 ... 8") or a lone count ("438.3K") outside a table. */
function isPageNumbers(b: Block): boolean {
  if (b.kind === Kind.Cell) return false;
  return (/^[\d\s|.\-–…]+$/.test(b.text) && /\d\s+\d/.test(b.text)) || /^\d+([.,]\d+)?[kKmM]?$/.test(b.text);
}

export function isBoilerplateLine(text: string): boolean {
  return text.length < 200 && BOILERPLATE_LINES.some((re) => re.test(text));
}

/** The element whose blocks are worth most. */
export function contentRoot(dom: Dom, blocks: Block[], junk: Uint8Array, marks: Uint8Array, options: ContentOptions): Element {
  return bestSubtree(dom, blocks, junk, (b) => blockValue(b, options), (el, i) =>
    marks[i] === Mark.Content || el.tag === 'article' || el.tag === 'main' ? 1 + options.markedBonus : 1,
  );
}

/**
 * The element (outside furniture) whose blocks add up to the most, with `bonus` as a
 * multiplier on a positive total. Values add up the tree in one pass; ties go to the
 * deeper element, since what its parent adds is worth nothing.
 */
function bestSubtree(
  dom: Dom,
  blocks: Block[],
  junk: Uint8Array,
  value: (b: Block) => number,
  bonus: (el: Element, index: number) => number,
): Element {
  const els = dom.elements;
  const score = new Float64Array(els.length);
  for (const b of blocks) score[b.owner.index] += value(b);
  for (let i = els.length - 1; i > 0; i--) score[els[i].parent!.index] += score[i];
  let best = dom.root;
  let bestScore = -Infinity;
  for (let i = 0; i < els.length; i++) {
    if (junk[i]) continue;
    const s = score[i] > 0 ? score[i] * bonus(els[i], i) : score[i];
    if (s >= bestScore) {
      best = els[i];
      bestScore = s;
    }
  }
  return best;
}

/** The blocks of the content root worth printing. */
export function contentBlocks(root: Element, blocks: Block[], options: ContentOptions): Block[] {
  const inside = blocks.filter((b) => b.owner.index >= root.index && b.owner.index <= root.end);
  const kept = inside.filter(
    (b) =>
      !b.junk &&
      (options.captions || b.kind !== Kind.Caption) &&
      (!isLinkDense(b, options.linkDensity) || linkedProse(b, options)) &&
      !isBoilerplateLine(b.text) &&
      !isPageNumbers(b),
  );
  return dropOrphanHeadings(dropRepeats(kept, recurringLabels(kept)));
}

/**
 * Inside the article, a list item whose first words link elsewhere ("<a>WeWork is
 * investigated</a> amid layoffs, the company said.", a news roundup) is prose when
 * enough of it is not link text.
 */
function linkedProse(b: Block, options: ContentOptions): boolean {
  return b.kind === Kind.Item && isProse(b, options) && b.text.length - b.linkChars >= options.proseChars / 2;
}

/**
 * Keep one copy of a block that repeats word for word (gallery captions, a pull quote,
 * the mobile and desktop copies of one box). Very short lines ("Yes", "1.") may repeat.
 */
function dropRepeats(blocks: Block[], labels = new Set<string>()): Block[] {
  const seen = new Set<string>();
  return blocks.filter((b) => {
    if (b.text.length < REPEAT_MIN_CHARS) return true;
    const k = b.text.toLowerCase();
    if (labels.has(k)) return true;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Lines that open each section of a series: the same interview questions put to several
 * people, or the same label over each recipe of a roundup ("Exclusive recipe for a quick
 * dinner"). They come back at least RECURRING_LABEL times, each time before a different
 * text; a copy of a box or a pull quote comes back once, or before the same text.
 */
function recurringLabels(blocks: Block[]): Set<string> {
  const next = new Map<string, Set<string>>();
  for (let i = 0; i + 1 < blocks.length; i++) {
    const n = blocks[i].text.length;
    if (n < REPEAT_MIN_CHARS || n > LABEL_MAX_CHARS) continue;
    const k = blocks[i].text.toLowerCase();
    const after = next.get(k) ?? new Set<string>();
    after.add(blocks[i + 1].text.toLowerCase());
    next.set(k, after);
  }
  return new Set([...next].filter(([, after]) => after.size >= RECURRING_LABEL).map(([k]) => k));
}

const RECURRING_LABEL = 3;
/** A label is a line, not a paragraph (a placeholder text or a quoted post). */
const LABEL_MAX_CHARS = 200;

const REPEAT_MIN_CHARS = 20;

/** A heading with nothing under it before the next heading of the same or a higher rank. */
function dropOrphanHeadings(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === Kind.Heading) {
      const next = blocks[i + 1];
      if (!next || (next.kind === Kind.Heading && next.level <= b.level)) continue;
    }
    out.push(b);
  }
  return out;
}

/**
 * For pages without an article (listings, products, services, forums): the page's main
 * area, the element with the most text outside furniture, with every block in it that
 * is not furniture. Short lines and links count here: they are what such pages are made of.
 */
export function mainArea(dom: Dom, blocks: Block[], junk: Uint8Array): { root: Element; kept: Block[] } {
  const root = bestSubtree(dom, blocks, junk, (b) => (b.junk ? -b.text.length : b.text.length), (el) =>
    el.tag === 'main' || el.attrs.role === 'main' ? MAIN_BONUS : 1,
  );
  const inside = blocks.filter((b) => b.owner.index >= root.index && b.owner.index <= root.end);
  // Headings stay even without text under them: a listing is a run of headlines.
  const kept = inside.filter((b) => !b.junk && !isBoilerplateLine(b.text));
  return { root, kept: dropRepeats(kept) };
}

/** A <main> element is preferred to a slightly larger area around it. */
const MAIN_BONUS = 1.2;
