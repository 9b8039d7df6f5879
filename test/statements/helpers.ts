import type { Statement } from '../../src/core/types.js';
import { bareDoc } from '../../bench/statements/index.js';
import { findStatements } from '../../src/statements/index.js';

export function statementsOf(text: string): Statement[] {
  return findStatements(bareDoc('t', text));
}

/** The statement whose content includes `words`. */
export function about(statements: Statement[], words: string): Statement | undefined {
  return statements.find((s) => s.text.includes(words));
}

export const slice = (text: string, span: { start: number; end: number } | undefined) =>
  span ? text.slice(span.start, span.end) : undefined;
