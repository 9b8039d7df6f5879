import stopword from 'stopword';
import { ISO6393_TO_1, MORE_STOPWORDS, STOPWORD_NOUNS } from './languages.js';

const lists = stopword as unknown as Record<string, string[] | undefined>;

const byLanguage = new Map<string, ReadonlySet<string>>();
for (const [iso3, iso1] of Object.entries(ISO6393_TO_1)) {
  const list = lists[iso3];
  if (!Array.isArray(list) || byLanguage.has(iso1)) continue;
  const nouns = new Set(STOPWORD_NOUNS[iso1]);
  byLanguage.set(iso1, new Set([...list.map((w) => w.toLowerCase()).filter((w) => !nouns.has(w)), ...(MORE_STOPWORDS[iso1] ?? [])]));
}

/**
 * The function words of a language (ISO 639-1), from the `stopword` package's lists
 * without the nouns some of them hold (`STOPWORD_NOUNS`) and with the forms the shorter
 * ones lack (`MORE_STOPWORDS`); undefined when it has none.
 */
export function stopwordsOf(language: string): ReadonlySet<string> | undefined {
  return byLanguage.get(language);
}
