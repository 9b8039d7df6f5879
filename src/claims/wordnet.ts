import { readFileSync } from 'node:fs';

/**
 * Paraphrase data precomputed from WordNet by `npm run data:wordnet`
 * (scripts/build-wordnet-synonyms.ts): synonym groups and antonym pairs keyed by Porter
 * stem. Read once, lazily, from the package's `data/` folder; nothing is downloaded.
 */
interface WordnetData {
  synonyms: Record<string, number[]>;
  antonyms: [string, string][];
}

const DATA_URL = new URL('../../data/wordnet-synonyms.json', import.meta.url);

let loaded: { synonyms: Map<string, number[]>; antonyms: Set<string> } | undefined;

function data(): { synonyms: Map<string, number[]>; antonyms: Set<string> } {
  if (!loaded) {
    const raw = JSON.parse(readFileSync(DATA_URL, 'utf8')) as WordnetData;
    loaded = {
      synonyms: new Map(Object.entries(raw.synonyms)),
      antonyms: new Set(raw.antonyms.map(([a, b]) => `${a} ${b}`)),
    };
  }
  return loaded;
}

/** Synonym group ids of a stem (empty when WordNet links it to nothing). */
export function synonymGroups(stem: string): readonly number[] {
  return data().synonyms.get(stem) ?? [];
}

export function areAntonyms(a: string, b: string): boolean {
  const key = a < b ? `${a} ${b}` : `${b} ${a}`;
  return data().antonyms.has(key);
}
