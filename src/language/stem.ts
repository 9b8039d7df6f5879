import { stemmer as arabic } from '@orama/stemmers/arabic';
import { stemmer as armenian } from '@orama/stemmers/armenian';
import { stemmer as bulgarian } from '@orama/stemmers/bulgarian';
import { stemmer as danish } from '@orama/stemmers/danish';
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as finnish } from '@orama/stemmers/finnish';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as greek } from '@orama/stemmers/greek';
import { stemmer as hindi } from '@orama/stemmers/indian';
import { stemmer as hungarian } from '@orama/stemmers/hungarian';
import { stemmer as indonesian } from '@orama/stemmers/indonesian';
import { stemmer as irish } from '@orama/stemmers/irish';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as lithuanian } from '@orama/stemmers/lithuanian';
import { stemmer as nepali } from '@orama/stemmers/nepali';
import { stemmer as norwegian } from '@orama/stemmers/norwegian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as romanian } from '@orama/stemmers/romanian';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as serbian } from '@orama/stemmers/serbian';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as swedish } from '@orama/stemmers/swedish';
import { stemmer as tamil } from '@orama/stemmers/tamil';
import { stemmer as turkish } from '@orama/stemmers/turkish';
import { stemmer as ukrainian } from '@orama/stemmers/ukrainian';
import { stemmer as porter } from 'stemmer';

type Stemmer = (word: string) => string;

/** Snowball stemmers by ISO 639-1 code (the `@orama/stemmers` ports). */
const SNOWBALL: Readonly<Record<string, Stemmer>> = {
  ar: arabic, hy: armenian, bg: bulgarian, da: danish, nl: dutch, fi: finnish, fr: french, de: german,
  el: greek, hi: hindi, hu: hungarian, id: indonesian, ga: irish, it: italian, lt: lithuanian, ne: nepali,
  nb: norwegian, nn: norwegian, no: norwegian, pt: portuguese, ro: romanian, ru: russian, sr: serbian,
  es: spanish, sv: swedish, ta: tamil, tr: turkish, uk: ukrainian,
};

/**
 * English, and languages without a stemmer of their own, use the Porter stemmer (the one
 * ROUGE uses) on words of plain Latin letters only; other words stay as they are.
 */
const ascii: Stemmer = (word) => (/^[a-z]+$/.test(word) ? porter(word) : word);

/** Stems are asked for the same words over and over; each cache is bounded so that odd input cannot grow it forever. */
const CACHE_SIZE = 100_000;
const caches = new Map<Stemmer, Map<string, string>>();

/**
 * The stem of a lower-case word in a language (ISO 639-1): the Snowball stemmer of that
 * language where there is one, so that "Bewohnern" and "Bewohner", or "жителей" and
 * "жители", compare equal.
 */
export function stemWord(word: string, language: string | undefined): string {
  const stemmer = language && Object.hasOwn(SNOWBALL, language) ? SNOWBALL[language] : ascii;
  let cache = caches.get(stemmer);
  if (!cache) caches.set(stemmer, (cache = new Map()));
  let s = cache.get(word);
  if (s === undefined) {
    s = stemmer(word);
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(word, s);
  }
  return s;
}
