import { Parser } from 'htmlparser2';
import type { Article } from '../../core/types.js';

export interface HtmlExtractOptions {
  /** Wall-clock budget in milliseconds; past it, return what has been found. */
  budgetMs?: number;
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'footer', 'header', 'aside', 'form']);
const BLOCK = /^(p|div|h[1-6]|li|blockquote|section|article|br|tr|figcaption|pre)$/;

/**
 * Minimal first version: visible text of the page in blocks, with the <title>.
 * TODO(issue 3): replaced by the benchmark-level extractor.
 */
export function extractHtml(html: string, url?: string, _options: HtmlExtractOptions = {}): Article {
  const blocks: string[] = [];
  let current = '';
  let skipDepth = 0;
  let inTitle = false;
  let title = '';
  const flush = () => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) blocks.push(t);
    current = '';
  };
  const parser = new Parser(
    {
      onopentagname(name) {
        if (SKIP.has(name)) skipDepth++;
        if (name === 'title') inTitle = true;
        if (BLOCK.test(name)) flush();
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        if (name === 'title') inTitle = false;
        if (BLOCK.test(name)) flush();
      },
      ontext(text) {
        if (inTitle) title += text;
        else if (skipDepth === 0) current += text;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return {
    title: title.trim() || undefined,
    author: [],
    pageType: 'article',
    canonical: url,
    text: blocks.join('\n\n'),
  };
}
