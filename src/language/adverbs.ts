import { createRequire } from 'node:module';

type Compromise = (text: string) => { has: (match: string) => boolean };
let compromise: Compromise | undefined;
const seen = new Map<string, boolean>();

/**
 * Whether a capitalised English word ending in "-ly" is an adverb ("Typically", "Reportedly")
 * rather than a given name ("Kelly", "Kimberly"). Opening a sentence before a name, such a
 * word is capitalised and tagged a proper noun, and "Typically Microsoft" would pass for a
 * name. compromise knows given names and reads "-ly" words by their form; it is loaded on
 * first use (about 150 ms) and asked once per word.
 */
export function isLyAdverb(word: string): boolean {
  if (!/\p{L}{2}ly$/u.test(word)) return false;
  const key = word.toLowerCase();
  let adverb = seen.get(key);
  if (adverb === undefined) {
    compromise ??= createRequire(import.meta.url)('compromise') as Compromise;
    adverb = compromise(word).has('#Adverb');
    seen.set(key, adverb);
  }
  return adverb;
}
