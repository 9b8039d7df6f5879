/**
 * Known places beyond the hand-written lexicon (data/places.json, built by
 * `npm run data:places`): the names of every country in the languages read, and the
 * names of two words or more of cities of at least 100,000 people.
 */
import { existsSync, readFileSync } from 'node:fs';

export const placesUrl = new URL('../../data/places.json', import.meta.url);

/** A word as names are compared: lower case, without a possessive "'s" or a final full stop. */
export const bareWord = (t: string) => t.toLowerCase().replace(/['’]s$/, '').replace(/\.$/, '');
/** An abbreviation in capitals ("US", "U.S.") matches only in capitals: "Us" is a pronoun. */
const ABBREVIATION = /^[\p{Lu}.]+$/u;
const keyOf = (name: string) => {
  const words = name.trim().split(/\s+/);
  const abbreviation = words.length === 1 && ABBREVIATION.test(words[0].replace(/['’]s$/, ''));
  return abbreviation ? words[0].replace(/['’]s$/, '').replace(/\.$/, '') : words.map(bareWord).join(' ');
};

/** A table of place names (name → value) keyed as `lookUp` reads them. */
export function placeTable<T>(entries: Iterable<readonly [string, T]>): Map<string, T> {
  return new Map([...entries].map(([name, value]) => [keyOf(name), value]));
}

/**
 * Look a name up in a place table: in any case, except that an abbreviation matches only in
 * capitals ("US", "US's", "U.S." but not "Us"), and a name in capitals ("GERMANY", a
 * headline's) is a word too.
 */
export function lookUp<T>(names: Map<string, T> | undefined, name: string): T | undefined {
  return names?.get(keyOf(name)) ?? (ABBREVIATION.test(name) ? names?.get(bareWord(name)) : undefined);
}

interface Places {
  /** Per language: name key -> English name. */
  countries: Map<string, Map<string, string>>;
  /** Every language's names together, for naming a place already known to be one. */
  anyLanguage: Map<string, string>;
  cities: Set<string>;
}
let places: Places | undefined;

function load(): Places {
  if (!places) {
    const data = existsSync(placesUrl)
      ? (JSON.parse(readFileSync(placesUrl, 'utf8')) as { countries: Record<string, Record<string, string>>; cities: string[] })
      : { countries: {}, cities: [] };
    const countries = new Map(Object.entries(data.countries).map(([language, names]) => [language, placeTable(Object.entries(names))]));
    places = { countries, anyLanguage: new Map([...countries.values()].flatMap((names) => [...names])), cities: new Set(data.cities.map(keyOf)) };
  }
  return places;
}

/**
 * The English name of a country, from any of its names in any language read
 * ("Deutschland", "Allemagne" → "Germany"): for naming a place already found to be one.
 */
export function countryName(name: string): string | undefined {
  return lookUp(load().anyLanguage, name);
}

/**
 * Whether a name is a known place in a document of `language` (English when unknown): a
 * country by its name in that language, or a city of two words or more ("Las Vegas").
 */
export function isKnownPlace(name: string, language: string | undefined): boolean {
  const { countries, cities } = load();
  return lookUp(countries.get(language ?? 'en') ?? countries.get('en'), name) !== undefined || cities.has(keyOf(name));
}
