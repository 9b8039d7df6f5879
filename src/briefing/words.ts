import { functionWordsOf, tokenize } from '../claims/tokens.js';
import { countWords } from '../language/index.js';

/** Words as a reader counts them for the word budget (see `countWords`). */
export const wordCount = countWords;

/**
 * Stems of the words of a text that carry content, with their offsets: function words
 * ("the", "of", "we") are left out; names, numbers and reporting verbs ("said") stay, as
 * a summary reports them too.
 */
export function contentTokens(text: string, language: string | undefined): { start: number; stem: string }[] {
  const functionWords = functionWordsOf(language);
  return tokenize(text, 0, language)
    .filter((t) => /^[\p{L}\p{N}]/u.test(t.lower) && !functionWords.has(t.lower))
    .map((t) => ({ start: t.start, stem: t.stem }));
}
