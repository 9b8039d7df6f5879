import type { Coverage, Doc } from '../../src/core/types.js';
import { splitParagraphs, splitSentences } from '../../src/language/index.js';

/**
 * A `Doc` built straight from plain text (paragraphs and sentences from the language
 * stage), for stage tests that do not need ingest and extraction, and that set the
 * statements they mean to test by hand.
 */
export function textDoc(fields: Partial<Doc> & { id: string; source: string; text: string }): Doc {
  const paragraphs = splitParagraphs(fields.text);
  return {
    input: fields.id,
    author: [],
    pageType: 'article',
    language: 'en',
    paragraphs,
    sentences: splitSentences(fields.text, paragraphs, 'en'),
    mentions: [],
    statements: [],
    messages: [],
    ...fields,
  };
}

export function coverageOf(docs: Doc[], duplicates: string[][] = []): Coverage {
  return { docs, entities: [], claims: [], duplicates, messages: [] };
}
