import type { Doc, Statement } from '../core/types.js';
import { analyze } from './analysis.js';
import { findAttributions } from './attributions.js';
import { statementModels } from './model.js';
import { toStatements } from './statements.js';

export interface StatementOptions {
  /** Keep statements nested inside another statement's content. Default true. */
  nested?: boolean;
}

/**
 * Who said what in one document. Works on a bare Doc (text only); speaker names are the
 * fullest form the document gives, and the entities stage links them across documents.
 */
export function findStatements(doc: Doc, options: StatementOptions = {}): Statement[] {
  const analysis = analyze(doc.text);
  const attributions = findAttributions(analysis, statementModels());
  const statements = toStatements(doc.id, analysis, attributions);
  return options.nested === false ? statements.filter((s) => !s.within) : statements;
}
