import type { ParallaxOptions } from '../core/options.js';
import type { Doc } from '../core/types.js';
import { detectLanguage } from './detect.js';
import { splitParagraphs, splitSentences } from './segment.js';

export { detectLanguage } from './detect.js';
export { splitParagraphs, splitSentences } from './segment.js';
export { countWords, isTitleCase, lowerWords, wordSpans, wordsOfRun } from './words.js';
export { quotationState, type QuotedWord } from './quotation.js';
export { segmentsOf } from './windows.js';

/** Fill in the document's language (unless extraction or the user set it), paragraphs and sentences. */
export function analyzeLanguage(doc: Doc, options: Pick<ParallaxOptions, 'language'>): void {
  doc.language = options.language ?? normalizeTag(doc.language) ?? detectLanguage(doc.text);
  doc.paragraphs = splitParagraphs(doc.text);
  doc.sentences = splitSentences(doc.text, doc.paragraphs, doc.language ?? 'en');
}

/** "en-US" → "en". */
function normalizeTag(tag: string | undefined): string | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}
export { isLyAdverb } from './adverbs.js';
export { stemWord } from './stem.js';
export { stopwordsOf } from './stopwords.js';
export { CAPITALIZED_NOUNS, DECIMAL_COMMA, UNSPACED_SCRIPT } from './languages.js';
export { alternation, englishOr, perLanguage } from './per-language.js';
