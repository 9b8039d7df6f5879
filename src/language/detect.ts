import { franc } from 'franc';
import { FUNCTION_WORDS, ISO6393_TO_1 } from './languages.js';

/** Shorter texts give franc too little to go on. */
const MIN_LENGTH = 20;
/** Enough text for a stable guess; franc's cost grows with length. */
const SAMPLE_LENGTH = 4000;
/** Below this many characters, function words are consulted before franc. */
const SHORT_TEXT = 300;
/** A function-word vote decides when it has this many hits and this lead over the runner-up. */
const MIN_HITS = 3;
const LEAD = 2;

const functionWords = new Map(Object.entries(FUNCTION_WORDS).map(([lang, words]) => [lang, new Set(words)]));

/** The language whose function words a short text uses clearly more than any other's, if one does. */
function byFunctionWords(text: string): string | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const hits = [...functionWords].map(([lang, set]) => [lang, words.filter((w) => set.has(w)).length] as const);
  hits.sort((a, b) => b[1] - a[1]);
  const [best, second] = hits;
  return best[1] >= MIN_HITS && best[1] >= LEAD * second[1] ? best[0] : undefined;
}

/** ISO 639-1 code of the text's language, or undefined when it cannot be told. */
export function detectLanguage(text: string): string | undefined {
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text;
  if (sample.length < SHORT_TEXT) {
    const guess = byFunctionWords(sample);
    if (guess) return guess;
  }
  const code = franc(sample, { minLength: MIN_LENGTH });
  if (code === 'und') return undefined;
  // A rare look-alike (Scots for English) yields to a common language whose function
  // words the text clearly uses.
  return ISO6393_TO_1[code] ?? byFunctionWords(sample) ?? code;
}
