import type { Doc, Statement } from '../core/types.js';

/**
 * Who said what in one document. TODO(issue 5): the statement extractor.
 * Speaker names here are surface forms (a pronoun's antecedent for pronouns);
 * the entities stage links them to canonical entities.
 */
export function findStatements(_doc: Doc): Statement[] {
  return [];
}
