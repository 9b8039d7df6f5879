import type { Doc } from '../../src/core/types.js';
import { analyzeLanguage } from '../../src/language/index.js';

/** A document as the per-document stages leave it, built from text written for a test. */
export function makeDoc(id: string, text: string, extra: Partial<Doc> = {}): Doc {
  const doc: Doc = {
    id,
    input: `${id}.txt`,
    source: id,
    author: [],
    pageType: 'article',
    text,
    paragraphs: [],
    sentences: [],
    mentions: [],
    statements: [],
    messages: [],
    ...extra,
  };
  analyzeLanguage(doc, { language: 'en' });
  return doc;
}
