import type { Article } from '../../core/types.js';

/** Plain-text capture: TODO(issue 2) line-level boilerplate removal. */
export function extractText(content: string): Article {
  return { author: [], pageType: 'article', text: content.replace(/\r\n?/g, '\n').trim() };
}
