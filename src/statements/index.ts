/**
 * The statements stage: who said what in one document.
 *
 * Each Statement gives:
 * - `span` / `text`: what was said, without the outer quotation marks; `parts`: the same
 *   content as attribution corpora annotate it (PolNeAR), one piece per stretch of text,
 *   quotation marks included ("“A,” he said. “B.”" has two parts; `span` is their hull,
 *   `text` their words joined by " … ").
 * - `cue`: the words that attribute it, with a lemma ("said" -> "say", "according to",
 *   ":" for "Name: words" lines and speaker lines ending in a colon, "—" for the mark of a
 *   signature: "“…” ― Dana Starks", or "— Dana Starks" on the line after the words). Words
 *   that stand without any cue word (a quotation continuing the previous speaker, which
 *   `continues` links to that statement, or words signed by a name line without a mark)
 *   have an empty cue text and lemma and no cue span.
 * - `speaker`: `span` where the text names the speaker (a pronoun included), `name` the
 *   fullest name this document gives, `antecedent` the span of that name when the speaker
 *   span is a pronoun or a description, `role` the role words before the name. The
 *   entities stage links names across documents.
 * - `kind`: direct (all quoted), mixed (a quote inside reported speech) or reported.
 * - `within`: set when the statement is reported inside another statement's content
 *   ("“… he told me it was over …,” she said"); such statements are the outer speaker's
 *   account, not the inner speaker's own words.
 *
 * The stage needs only `doc.text`: it finds its own sentences and names. Documents in
 * another language the rules of `other-languages.ts` know (German, French, Spanish,
 * Italian, Portuguese, Dutch) are read by those rules, over `doc.sentences`. When the entities
 * stage has filled `doc.mentions`, a place before a colon ("Eastmark: …") is not taken
 * for a speaker.
 */
import type { Doc, Statement } from '../core/types.js';
import { analyze } from './analysis.js';
import { findAttributions } from './attributions.js';
import { statementModels } from './model.js';
import { findChineseStatements } from './chinese.js';
import { findJapaneseStatements } from './japanese.js';
import { findStatementsByRules, hasRulesFor } from './other-languages.js';
import { toStatements } from './statements.js';
import { sayingIdioms } from './lexicon.js';

export { isSpeech, namesNoOne, namesSomeone, PRONOUNS } from './speech.js';
export { hasVerb, mainVerbEnd, nounStarts, taggedWords } from './tokens.js';

export interface StatementOptions {
  /** Keep statements reported inside another statement's content. Default true. */
  nested?: boolean;
}

export function findStatements(doc: Doc, options: StatementOptions = {}): Statement[] {
  if (doc.language === 'zh') return findChineseStatements(doc);
  if (doc.language === 'ja') return findJapaneseStatements(doc);
  if (hasRulesFor(doc.language)) return findStatementsByRules(doc);
  const analysis = analyze(doc.text);
  const attributions = findAttributions(analysis, statementModels());
  const statements = toStatements(doc.id, analysis, attributions, doc.mentions).filter((s) => !placeLine(doc, s) && !topicLine(doc, s) && !idiom(doc, s));
  return options.nested === false ? statements.filter((s) => !s.within) : statements;
}

/** "Needless to say, the crowd cheered": a set phrase with a verb of saying, no one's words. */
function idiom(doc: Doc, s: Statement): boolean {
  const [from, to] = [s.speaker.span?.start ?? s.cue.span?.start, s.cue.span?.end];
  if (from === undefined || to === undefined) return false;
  const phrase = doc.text.slice(from, to).toLowerCase().replace(/\s+/g, ' ');
  return SAYING_IDIOMS.has(phrase);
}

const SAYING_IDIOMS = new Set<string>(sayingIdioms);

/** "Eastmark: 1,800 evacuated": a place before a colon heads a line, it does not speak (uses the entities stage's mentions when present). */
function placeLine(doc: Doc, s: Statement): boolean {
  const span = s.speaker.span;
  if (s.cue.lemma !== ':' || !span) return false;
  return doc.mentions.some((m) => m.type === 'place' && m.start <= span.start && span.end <= m.end);
}

/**
 * "Cumbria double murder: Son suspected…": a topic that ends in a common noun before a colon
 * labels a headline; whoever speaks before a colon is named ("Internet phenomenon Ken
 * Bone:"), or holds a role.
 */
function topicLine(doc: Doc, s: Statement): boolean {
  const span = s.speaker.span;
  if (s.cue.lemma !== ':' || !span || s.speaker.role) return false;
  return /(^|\s)\p{Ll}\S*$/u.test(doc.text.slice(span.start, span.end));
}
