import { makeMessage } from '../core/messages.js';
import type { ParallaxOptions } from '../core/options.js';
import type { Article, Doc, SourceDocument } from '../core/types.js';
import { extractHtml } from './html/index.js';
import { extractText } from './text/index.js';

export { extractHtml } from './html/index.js';
export { extractText } from './text/index.js';

/** Clean article text and metadata from one source document, HTML or plain text. */
export function extract(source: SourceDocument, options: ParallaxOptions): Article {
  const article =
    source.kind === 'html'
      ? extractHtml(source.content, source.given.url, { budgetMs: options.extractBudgetMs, content: { captions: options.captions } })
      : extractText(source.content);
  // Metadata given with the input (JSONL fields) is authoritative.
  return {
    ...article,
    title: source.given.title ?? article.title,
    published: source.given.published ?? article.published,
  };
}

/** Start the per-document record that the later stages fill in. */
export function toDoc(source: SourceDocument, article: Article): Doc {
  return {
    ...article,
    id: source.id,
    input: source.input,
    url: source.given.url ?? article.canonical,
    source: source.given.source ?? article.site ?? hostOf(source.given.url ?? article.canonical) ?? source.id,
    paragraphs: [],
    sentences: [],
    mentions: [],
    statements: [],
    // A result cut short by the time budget is kept, with a warning that names the input.
    messages: article.partial ? [makeMessage('warning', 'extract', source.input, article.partial, { doc: source.id })] : [],
  };
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}
