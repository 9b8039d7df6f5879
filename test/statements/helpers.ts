import type { Doc, Statement } from '../../src/core/types.js';
import { findStatements } from '../../src/statements/index.js';

export function docOf(text: string, id = 't'): Doc {
  return {
    id,
    input: `${id}.txt`,
    source: 'test',
    text,
    author: [],
    pageType: 'article',
    paragraphs: [],
    sentences: [],
    mentions: [],
    statements: [],
    messages: [],
  };
}

export function statementsOf(text: string): Statement[] {
  return findStatements(docOf(text));
}

/** The statement whose content includes `words`. */
export function about(statements: Statement[], words: string): Statement | undefined {
  return statements.find((s) => s.text.includes(words));
}

export const slice = (text: string, span: { start: number; end: number } | undefined) =>
  span ? text.slice(span.start, span.end) : undefined;
