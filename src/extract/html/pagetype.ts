/**
 * What kind of page this is: an article, or a listing, forum, product, service,
 * collection or documentation page. Declared types (JSON-LD, og:type) come first, then
 * the URL's path words, then the shape of the content.
 */
import type { PageType } from '../../core/types.js';
import type { HeadInfo } from './head.js';
import { metaValue } from './head.js';
import type { JsonLdInfo } from './jsonld.js';
import { Kind, type Block } from './blocks.js';
import { ARTICLE_TYPES, CART, PAGE_TYPE_PATHS, PAGE_TYPE_SCHEMAS, PRICE } from './patterns.js';

export interface PageSignals {
  /** Characters of prose in the content. */
  proseChars: number;
  /** Prose blocks in the content. */
  proseBlocks: number;
  /** Whether the page names an author and a publication date: articles do. */
  byline: boolean;
  /** Prices shown outside page furniture. */
  prices: number;
  /** An "add to cart" control anywhere on the page. */
  cart: boolean;
  /** Code blocks in the content. */
  codeBlocks: number;
  /** Headings that are links, outside page furniture: the items of a listing. */
  linkedHeadings: number;
}

/** Signals read from the blocks of the page (all of them) and of the content. */
export function pageSignals(all: Block[], content: Block[], byline: boolean, isProse: (b: Block) => boolean): PageSignals {
  const prose = content.filter(isProse);
  let prices = 0;
  let cart = false;
  let linkedHeadings = 0;
  for (const b of all) {
    if (!cart && b.text.length < 40 && CART.test(b.text)) cart = true;
    if (b.junk) continue;
    if (b.text.length < 60 && PRICE.test(b.text)) prices++;
    if (b.kind === Kind.Heading && b.linkChars >= b.text.length * 0.8) linkedHeadings++;
  }
  return {
    proseChars: prose.reduce((n, b) => n + b.weight, 0),
    proseBlocks: prose.length,
    byline,
    prices,
    cart,
    codeBlocks: content.filter((b) => b.kind === Kind.Pre).length,
    linkedHeadings,
  };
}

/** A product page shows a price or a few; a collection many. */
const MANY_PRICES = 5;
const MIN_CODE_BLOCKS = 2;
const MIN_LISTING_ITEMS = 6;
/** This much prose, in this many blocks, reads as an article. */
const ARTICLE_PROSE = 1200;
const ARTICLE_BLOCKS = 4;

export function classifyPage(jsonLd: JsonLdInfo, head: HeadInfo, url: string | undefined, shape: PageSignals): PageType {
  const main = jsonLd.mainType;
  if (main && ARTICLE_TYPES.has(main)) return 'article';
  for (const t of [main, ...jsonLd.types]) {
    const mapped = t ? PAGE_TYPE_SCHEMAS[t] : undefined;
    if (mapped) return mapped;
  }
  // A forum thread or a shop's product has an author and a date too: path words first.
  const path = pathOf(url);
  for (const [re, type] of PAGE_TYPE_PATHS) if (re.test(path)) return type;
  // The shape of the page decides only when nothing says it is an article.
  const articleLike = shape.byline || (shape.proseChars >= ARTICLE_PROSE && shape.proseBlocks >= ARTICLE_BLOCKS);
  if (!articleLike) {
    if (shape.prices >= MANY_PRICES) return 'collection';
    if (shape.cart && shape.prices > 0) return 'product';
    if (shape.codeBlocks >= MIN_CODE_BLOCKS) return 'documentation';
    if (shape.linkedHeadings >= MIN_LISTING_ITEMS && shape.proseBlocks < shape.linkedHeadings) return 'listing';
  }
  const ogType = metaValue(head, 'og:type')?.toLowerCase();
  if (ogType === 'article' || ogType === 'blog' || ogType === 'news') return 'article';
  if (ogType?.includes('product')) return 'product';
  if (shape.byline && shape.proseBlocks > 0) return 'article';
  if (articleLike) return 'article';
  return 'other';
}

function pathOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).pathname.toLowerCase();
  } catch {
    return '';
  }
}
