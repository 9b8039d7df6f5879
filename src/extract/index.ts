import { makeMessage } from '../core/messages.js';
import type { ParallaxOptions } from '../core/options.js';
import type { Article, Doc, SourceDocument } from '../core/types.js';
import { parseDateValue } from './html/dates.js';
import { extractHtml } from './html/index.js';
import { extractText } from './text/index.js';

export { parseDateValue } from './html/dates.js';
export { extractHtml } from './html/index.js';
export { extractText } from './text/index.js';

/** Clean article text and metadata from one source document, HTML or plain text. */
export function extract(source: SourceDocument, options: ParallaxOptions): Article {
  const article =
    source.kind === 'html'
      ? extractHtml(source.content, source.given.url, { budgetMs: options.extractBudgetMs, content: { captions: options.captions } })
      : extractText(source.content);
  // Metadata given with the input (JSONL fields) is authoritative; a given date that is no
  // date gives way to the page's own (toDoc warns about it).
  return {
    ...article,
    title: source.given.title ?? article.title,
    published: givenDate(source) ?? article.published,
  };
}

/** The publication date given with the input, as ISO 8601 ("16 June 2021" → 2021-06-16). */
function givenDate(source: SourceDocument): string | undefined {
  return parseDateValue(source.given.published);
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
    messages: extractWarnings(source, article).map((text) => makeMessage('warning', 'extract', source.input, text, { doc: source.id })),
  };
}

function extractWarnings(source: SourceDocument, article: Article): string[] {
  const warnings: string[] = [];
  // A result cut short by the time budget is kept, with a warning that names the input.
  if (article.partial) warnings.push(article.partial);
  const given = source.given.published;
  if (given !== undefined && givenDate(source) === undefined) {
    warnings.push(`published "${given.slice(0, 80)}" is not a date; ${article.published ? `the page's own date ${article.published} is used` : 'the document has no publication date'}`);
  }
  return warnings;
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}
