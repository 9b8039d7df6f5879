import { stopwordsOf } from './stopwords.js';

/**
 * Abbreviations that end in a period without ending the sentence, by language.
 * `titles` precede a name and never end a sentence; `other` may (then the next
 * segment is merged only when it cannot start a sentence).
 */
export const ABBREVIATIONS: Record<string, { titles: string[]; other: string[] }> = {
  en: {
    titles: ['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'cpt', 'maj', 'adm',
      'cmdr', 'rev', 'fr', 'st', 'hon', 'pres', 'supt', 'insp', 'det', 'amb', 'atty', 'messrs', 'mme', 'mlle'],
    other: ['jr', 'sr', 'inc', 'corp', 'ltd', 'co', 'llc', 'plc', 'vs', 'etc', 'approx', 'dept', 'est', 'no', 'nos',
      'vol', 'fig', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'a.m', 'p.m',
      'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'd.c', 'e.g', 'i.e', 'ave', 'blvd', 'mt', 'ft', 'calif', 'fla', 'mass',
      'ariz', 'ill', 'penn', 'wash', 'conn', 'colo', 'tenn', 'okla', 'ore', 'wis', 'minn', 'mich', 'va', 'ga', 'pa', 'n.y'],
  },
  de: {
    titles: ['hr', 'fr', 'dr', 'prof', 'dipl', 'ing'],
    other: ['z.b', 'bzw', 'usw', 'ca', 'nr', 'str', 'd.h', 'u.a', 'o.ä', 'vgl', 'evtl', 'ggf', 'inkl', 'jh', 'mio', 'mrd'],
  },
  fr: {
    titles: ['m', 'mm', 'mme', 'mlle', 'me', 'dr', 'pr', 'st', 'ste'],
    other: ['etc', 'cf', 'env', 'av', 'apr', 'j.-c', 'p', 'no', 'vol'],
  },
  es: {
    titles: ['sr', 'sra', 'srta', 'dr', 'dra', 'd', 'dña', 'lic', 'ing', 'prof', 'sto', 'sta'],
    other: ['etc', 'ej', 'núm', 'pág', 'aprox', 'ee.uu', 'uu', 'ud', 'uds', 'av', 'cía'],
  },
  pl: {
    titles: ['prof', 'dr', 'inż', 'mgr', 'ks', 'gen', 'płk', 'mjr', 'kpt', 'św'],
    other: ['np', 'tzn', 'tj', 'itd', 'itp', 'ul', 'al', 'nr', 'tys', 'mln', 'mld', 'wg', 'r', 'ok', 'godz', 'pkt'],
  },
};

/**
 * Words that open a new sentence after an ambiguous abbreviation ("…moved to the U.S. He
 * left"); any other capitalised word continues it ("the U.S. Capitol"). English only:
 * elsewhere the next word's case decides.
 */
export const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'but',
  'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'as', 'if', 'when', 'while', 'after', 'before', 'since', 'his',
  'her', 'its', 'their', 'our', 'my', 'your', 'some', 'many', 'most', 'no', 'not', 'one', 'two', 'what', 'who', 'how',
  'why', 'where', 'officials', 'meanwhile', 'however', 'still', 'also', 'then', 'now', 'today', 'both', 'all',
]);

/**
 * Whether a title ending one piece of text ("Rev", its period left off) goes on into the next
 * piece, whose first word is `next`: a capitalised word that, in English, opens no sentence
 * ("the Rev." + "Larry Kroon", not "Main St." + "The roof held").
 */
export function titleGoesOn(title: string | undefined, next: string | undefined, titles: Set<string>, language: string): boolean {
  if (!title || !next || !titles.has(title.toLowerCase()) || !/^\p{Lu}/u.test(next)) return false;
  return language !== 'en' || !SENTENCE_OPENERS.has(next.toLowerCase());
}

const cache = new Map<string, { titles: Set<string>; other: Set<string> }>();

export function abbreviationsFor(language: string | undefined): { titles: Set<string>; other: Set<string> } {
  const key = language ?? '';
  let sets = cache.get(key);
  if (!sets) {
    const own = language ? ABBREVIATIONS[language] : undefined;
    // English titles are common in every language's news (quoted names, wire copy), but not
    // one that is a function word of the document's language: Swedish "hon" is she, not Hon.
    const functionWords = language && language !== 'en' ? stopwordsOf(language) : undefined;
    const english = ABBREVIATIONS.en.titles.filter((t) => !functionWords?.has(t) || own?.titles.includes(t));
    sets = { titles: new Set([...(own?.titles ?? []), ...english]), other: new Set((own ?? ABBREVIATIONS.en).other) };
    cache.set(key, sets);
  }
  return sets;
}
