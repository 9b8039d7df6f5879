import type { Statement } from '../../src/core/types.js';
import { bareDoc } from '../../bench/statements/index.js';
import { findStatements } from '../../src/statements/index.js';

export const docOf = (text: string) => bareDoc('t', text);

export function statementsOf(text: string): Statement[] {
  return findStatements(docOf(text));
}

/** The statement whose content includes `words`. */
export function about(statements: Statement[], words: string): Statement | undefined {
  return statements.find((s) => s.text.includes(words));
}

export const slice = (text: string, span: { start: number; end: number } | undefined) =>
  span ? text.slice(span.start, span.end) : undefined;
