import { franc } from 'franc';
import { ISO6393_TO_1 } from './languages.js';

/** Shorter texts give franc too little to go on. */
const MIN_LENGTH = 20;
/** Enough text for a stable guess; franc's cost grows with length. */
const SAMPLE_LENGTH = 4000;

/** ISO 639-1 code of the text's language, or undefined when it cannot be told. */
export function detectLanguage(text: string): string | undefined {
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text;
  const code = franc(sample, { minLength: MIN_LENGTH });
  if (code === 'und') return undefined;
  return ISO6393_TO_1[code] ?? code;
}
