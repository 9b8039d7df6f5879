/**
 * What kind of page this is: an article, or a listing, forum, product, service,
 * collection or documentation page. Declared types (JSON-LD, og:type) come first, then
 * the URL's path words, then the shape of the content.
 */
import type { PageType } from '../../core/types.js';
import type { HeadInfo } from './head.js';
import { metaValue } from './head.js';
import type { JsonLdInfo } from './jsonld.js';
import { ARTICLE_TYPES, PAGE_TYPE_PATHS, PAGE_TYPE_SCHEMAS } from './patterns.js';

export interface PageSignals {
  /** Characters of prose in the content. */
  proseChars: number;
  /** Prose blocks in the content. */
  proseBlocks: number;
  /** Whether the page names an author and a publication date: articles do. */
  byline: boolean;
}

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
  const ogType = metaValue(head, 'og:type')?.toLowerCase();
  if (ogType === 'article' || ogType === 'blog' || ogType === 'news') return 'article';
  if (ogType?.includes('product')) return 'product';
  if (shape.byline && shape.proseBlocks > 0) return 'article';
  if (shape.proseChars >= 1200 && shape.proseBlocks >= 4) return 'article';
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
