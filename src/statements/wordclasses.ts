/**
 * WordNet word classes (data/models/word-classes.json, derived from WordNet 3.1 by
 * `npm run train -- statements`): the kind of event a verb names ("communication",
 * "cognition", ...) and whether a noun names a person, a group, a message or a thought.
 */
import { existsSync, readFileSync } from 'node:fs';

export const wordClassesUrl = new URL('../../data/models/word-classes.json', import.meta.url);

interface WordClasses {
  verbs: Record<string, string>;
  nouns: Record<string, string>;
}

let classes: { verbs: Map<string, string>; nouns: Map<string, string> } | undefined;

function load(): { verbs: Map<string, string>; nouns: Map<string, string> } {
  if (!classes) {
    const data: WordClasses = existsSync(wordClassesUrl)
      ? (JSON.parse(readFileSync(wordClassesUrl, 'utf8')) as WordClasses)
      : { verbs: {}, nouns: {} };
    classes = { verbs: new Map(Object.entries(data.verbs)), nouns: new Map(Object.entries(data.nouns)) };
  }
  return classes;
}

/** The class of a lemma with its part of speech, or "". */
export function wordClass(lemma: string, pos: string): string {
  const { verbs, nouns } = load();
  if (pos === 'VERB' || pos === 'AUX') return verbs.get(lemma) ?? '';
  if (pos === 'NOUN' || pos === 'PROPN') return nouns.get(lemma) ?? '';
  return '';
}
