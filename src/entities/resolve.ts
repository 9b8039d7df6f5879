import { distance } from 'fastest-levenshtein';
import type { Doc, Entity, EntityType, Mention } from '../core/types.js';
import { ARTICLE_BEFORE, CORPORATE_SUFFIXES, GIVEN_NAME_SHORT_FORMS, INITIALS_SKIP, PERSON_PRONOUNS, TITLE_HEADS } from './lexicon.js';
import { canonicalPlace } from './mentions.js';

function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Two or more initials, written "A.J.", "A. J." or "J.K.". */
const INITIALS = /(?<!\p{L})(?:\p{L}\.\s?){2,}/gu;

/** Keys already computed: entity resolution asks for the same names over and over. */
const keys = new Map<string, string>();
const MAX_CACHED_KEYS = 100_000;

/** Fold case, diacritics and the dots of initials: "Guantánamo" is "Guantanamo", "A.J. Butler" is "AJ Butler". */
export function nameKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size >= MAX_CACHED_KEYS) keys.clear();
    key = foldName(name);
    keys.set(name, key);
  }
  return key;
}

function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(INITIALS, (run) => `${run.replace(/[.\s]/g, '')} `)
    .replace(/\s+/g, ' ')
    .trim();
}

const words = (name: string) => nameKey(name).split(' ');

/** Plural role heads read as singular roles: "foreign ministers" → "foreign minister". */
function normalizeRole(role: string): string {
  return role.replace(/(\p{L}+)s$/u, (all, stem: string) => (TITLE_HEADS.has(stem.toLowerCase()) ? stem : all));
}

interface Cluster {
  type: EntityType;
  names: Map<string, number>;
  roles: Map<string, string>;
  mentions: Item[];
  docs: Set<Doc>;
}

type Item = { doc: Doc; mention: Mention };

/**
 * Merge the mentions of all documents into canonical entities for the event:
 * a surname alone joins the person whose full name ends with it, place aliases join
 * their canonical place, and the fullest name form becomes the entity's name.
 * Sets `mention.entity` on every resolved mention.
 */
export function resolveEntities(docs: Doc[]): Entity[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const all = docs.flatMap((doc) => doc.mentions.map((mention) => ({ doc, mention })));
  settleTypes(all);

  const add = (key: string, type: EntityType, item: Item): Cluster => {
    let cluster = byKey.get(key);
    if (!cluster) {
      cluster = { type, names: new Map(), roles: new Map(), mentions: [], docs: new Set() };
      byKey.set(key, cluster);
      clusters.push(cluster);
    }
    record(cluster, item);
    return cluster;
  };

  // Full person names first, so that surnames have something to join. "Vladimir Putin"
  // and "Vladimir Vladimirovich Putin" share their first and last words, so one cluster.
  const bySurname = new Map<string, Cluster[]>();
  for (const item of all) {
    const w = words(item.mention.text);
    if (item.mention.type !== 'person' || w.length < 2) continue;
    const surname = w[w.length - 1];
    const key = `person:${w[0]} ${surname}`;
    // "Gurbanguly", "Gurbanguli" and "Kurbanguly Berdymukhamedov": one given name spelt
    // three ways, one person; so are "Stanley Perlo" and "Stan Perlo".
    const variant = byKey.has(key) ? undefined : bySurname.get(surname)?.find((c) => [...c.names.keys()].some((n) => sameGivenName(words(n)[0], w[0])));
    if (variant) byKey.set(key, variant);
    const known = byKey.has(key);
    const cluster = add(key, 'person', item);
    if (!known) appendTo(bySurname, surname, cluster);
  }

  // Organisations named in full first too, so that "the Colts" can join "Indianapolis Colts".
  const byLastWord = new Map<string, Cluster[]>();
  const fullOrganisations = new Set<Item>();
  for (const item of all) {
    const w = words(item.mention.text);
    if (item.mention.type !== 'organization' || w.length < 2) continue;
    const key = `organization:${nameKey(item.mention.text)}`;
    const known = byKey.has(key);
    const cluster = add(key, 'organization', item);
    fullOrganisations.add(item);
    if (!known) appendTo(byLastWord, w[w.length - 1], cluster);
  }

  const pronounNamed = namesFollowedByPronouns(all);
  for (const item of all) {
    const { mention } = item;
    if ((mention.type === 'person' && words(mention.text).length > 1) || fullOrganisations.has(item)) continue;
    // "Michael Jordan … Jordan scored": a one-word place name that a person of the same
    // document bears as surname is that person.
    const bearer = mention.type === 'place' ? surnameBearer(mention.text, item.doc, bySurname) : undefined;
    if (bearer) {
      mention.type = 'person';
      record(bearer, item);
      continue;
    }
    if (mention.type === 'place') {
      add(`place:${nameKey(canonicalPlace(mention.text) ?? mention.text)}`, 'place', item);
      continue;
    }
    let person = mention.type !== 'organization' ? personBySurname(mention.text, item.doc, bySurname) : undefined;
    let organisation = mention.type === 'other' ? organisationByLastWord(mention.text, item.doc, byLastWord) : undefined;
    // The bearer the document itself names wins, else the more mentioned: a headline's "Go Colts"
    // taken for a person is no reason to leave "Indianapolis Colts".
    if (person && organisation) {
      const [p, o] = [person.docs.has(item.doc), organisation.docs.has(item.doc)];
      const organisationWins = p === o ? organisation.mentions.length > person.mentions.length : o;
      if (organisationWins) person = undefined;
      else organisation = undefined;
    }
    if (person) record(person, item);
    else if (organisation) {
      mention.type = 'organization';
      record(organisation, item);
    } else if (mention.type === 'other' && pronounNamed.has(nameKey(mention.text))) {
      add(`person:${nameKey(mention.text)}`, 'person', item);
    } else add(`${mention.type}:${nameKey(mention.text)}`, mention.type, item);
  }

  const entities = joinShortForms(clusters)
    .map((cluster) => ({ cluster, name: canonicalName(cluster) }))
    .sort((a, b) => b.cluster.mentions.length - a.cluster.mentions.length || a.name.localeCompare(b.name));
  return entities.map(({ cluster, name }, i) => {
    const id = `e${i + 1}`;
    for (const { mention } of cluster.mentions) mention.entity = id;
    return {
      id,
      name,
      type: cluster.type,
      aliases: [...cluster.names.keys()].filter((alias) => alias !== name).sort(),
      roles: [...cluster.roles.values()],
      mentions: cluster.mentions.map(({ doc, mention }) => ({ doc: doc.id, span: { start: mention.start, end: mention.end } })),
    };
  });
}

/** One given name in two forms: two spellings, or a name and its usual short form. */
function sameGivenName(a: string, b: string): boolean {
  return spellingVariant(a, b) || SHORT_FORMS.has(`${a} ${b}`) || SHORT_FORMS.has(`${b} ${a}`);
}

/** "stan stanley", "bill william": each short form with each full name it shortens. */
const SHORT_FORMS = new Set(Object.entries(GIVEN_NAME_SHORT_FORMS).flatMap(([full, shorts]) => shorts.map((short) => `${short} ${full}`)));

/**
 * Two spellings of one given name, as transliterations and typing give them: one letter
 * apart in names of six letters or more, two in names of eight or more. Shorter names one
 * letter apart are often two people ("Mario", "Maria").
 */
function spellingVariant(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  if (a === b || shorter < SPELLING.oneLetter) return false;
  return distance(a, b) <= (shorter >= SPELLING.twoLetters ? 2 : 1);
}

const SPELLING = { oneLetter: 6, twoLetters: 8 };

/** A name's words without corporate suffixes and the words initials skip ("Bank of America Corp" → Bank, America). */
const significantWords = (name: string) =>
  name.split(/[\s-]+/).filter((w) => w && !CORPORATE_SUFFIXES.has(w.toLowerCase().replace(/\.$/, '')) && !INITIALS_SKIP.has(w.toLowerCase()));

/**
 * Whether `short` is a short form of the organisation named `long`: word by word, the same
 * word or, in capitals, the initials of as many words ("HP" of "Hewlett-Packard", "EYP
 * MCF" of "EYP Mission Critical Facilities", "FBI" of "Federal Bureau of Investigation",
 * "USGS" of "US Geological Survey"), or the name without its corporate suffix.
 */
function isShortForm(short: string, long: string): boolean {
  const [s, l] = [significantWords(short), significantWords(long)];
  let i = 0;
  for (const word of s) {
    if (i < l.length && word.toLowerCase() === l[i].toLowerCase()) i++;
    else if (/^\p{Lu}{2,6}$/u.test(word)) {
      const used = initialsOf(word, l, i);
      if (used === 0) return false;
      i += used;
    } else return false;
  }
  return i === l.length && nameKey(short) !== nameKey(long);
}

/**
 * How many of `words`, from `from`, the capitals `initials` stand for: one letter for each
 * word, or all of a word that is itself in capitals ("US" in "USGS"); 0 when they do not.
 */
function initialsOf(initials: string, words: string[], from: number): number {
  let at = 0;
  let k = from;
  while (at < initials.length) {
    const word = words[k]?.replace(/\.$/, '');
    if (!word) return 0;
    if (/^\p{Lu}{2,}$/u.test(word) && initials.startsWith(word, at)) at += word.length;
    else if (word.startsWith(initials[at])) at++;
    else return 0;
    k++;
  }
  return k - from;
}

/**
 * Organisations' short forms join the full name they shorten, when they shorten only one
 * (longest short forms first, so that "EYP Mission Critical Facilities" has joined "… Inc"
 * before "EYP MCF" looks for its full name).
 */
function joinShortForms(clusters: Cluster[]): Cluster[] {
  const named = clusters.map((cluster) => ({ cluster, name: canonicalName(cluster) }));
  const full = named.filter(({ cluster, name }) => cluster.type === 'organization' && significantWords(name).length > 1);
  const joined = new Set<Cluster>();
  const shorts = named.filter(({ cluster }) => cluster.type === 'organization' || cluster.type === 'other').sort((a, b) => b.name.length - a.name.length);
  for (const short of shorts) {
    const first = short.name[0].toLowerCase();
    const into = full.filter((f) => f.cluster !== short.cluster && !joined.has(f.cluster) && f.name[0].toLowerCase() === first && isShortForm(short.name, f.name));
    if (into.length !== 1) continue;
    for (const item of short.cluster.mentions) {
      item.mention.type = 'organization';
      record(into[0].cluster, item);
    }
    joined.add(short.cluster);
  }
  return clusters.filter((cluster) => !joined.has(cluster));
}

function record(cluster: Cluster, item: Item): void {
  cluster.mentions.push(item);
  cluster.docs.add(item.doc);
  const surface = item.mention.text.replace(/['’]s$/, '');
  cluster.names.set(surface, (cluster.names.get(surface) ?? 0) + 1);
  if (item.mention.role) {
    const role = normalizeRole(item.mention.role);
    if (!cluster.roles.has(role.toLowerCase())) cluster.roles.set(role.toLowerCase(), role);
  }
}

/**
 * One name, one type across the event. A role before any mention makes a person; else
 * specific evidence (a place after "in", an organisation word) beats the default that
 * makes unknown multi-word names people. People go without "the": a name typed a person
 * by that default alone, which the coverage writes after "the" at least half the time, is a
 * team or a band when plural ("the New York Yankees"), else a thing ("the Kodak Theater").
 */
function settleTypes(items: Item[]): void {
  const byName = new Map<string, Item[]>();
  // "EYP Mission Critical Facilities" is typed with "… Inc": one name with or without its
  // suffix. Not "Intel Corp" with "Intel", a lone word typed by default.
  const withoutSuffix = (key: string) => key.replace(/ (\p{L}+)$/u, (all, last: string, at: number) => (CORPORATE_SUFFIXES.has(last) && key.slice(0, at).includes(' ') ? '' : all));
  for (const item of items) appendTo(byName, withoutSuffix(nameKey(item.mention.text)), item);
  for (const [key, named] of byName) {
    const mentions = named.map((item) => item.mention);
    const withRole = mentions.some((m) => m.role);
    if (!withRole && key.includes(' ') && mentions.every((m) => m.type === 'person')) {
      const afterThe = named.filter(({ doc, mention }) => ARTICLE_BEFORE.test(doc.text.slice(Math.max(0, mention.start - 8), mention.start))).length;
      if (afterThe * 2 >= named.length) for (const m of mentions) m.type = /[^s]s$/.test(key) ? 'organization' : 'other';
    }
    const types = new Set(mentions.map((m) => m.type));
    if (types.size < 2) continue;
    let type: EntityType = 'person';
    if (!withRole) {
      const counts = new Map<EntityType, number>();
      for (const m of mentions) if (m.type !== 'person') counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
      type = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
    }
    for (const m of mentions) m.type = type;
  }
}

/**
 * The one person of the document whose surname a lone name is. Only the document's: across
 * the event, a place's name is too often the last word of a name wrongly taken for a
 * person's ("Soviet Turkmenistan").
 */
function surnameBearer(name: string, doc: Doc, bySurname: Map<string, Cluster[]>): Cluster | undefined {
  const w = words(name);
  // "Referenda of Turkmenistan" is no one's name: a place after "of" is no surname.
  const personal = (c: Cluster) => [...c.names.keys()].some((n) => !words(n).includes('of'));
  const inDoc = w.length === 1 ? (bySurname.get(w[0]) ?? []).filter((c) => personal(c) && c.docs.has(doc)) : [];
  return inDoc.length === 1 ? inDoc[0] : undefined;
}

/** The person a lone surname refers to: the same document's bearer first, then the event's. */
function personBySurname(name: string, doc: Doc, bySurname: Map<string, Cluster[]>): Cluster | undefined {
  const w = words(name);
  const candidates = w.length === 1 ? (bySurname.get(w[0]) ?? []) : [];
  if (candidates.length <= 1) return candidates[0];
  const inDoc = candidates.filter((c) => c.docs.has(doc));
  if (inDoc.length === 1) return inDoc[0];
  // Ambiguous surname ("Clinton"): the most mentioned bearer, as a reader would assume.
  return [...candidates].sort((a, b) => b.mentions.length - a.mentions.length)[0];
}

/**
 * The organisation a lone plural names ("the Colts", "the Times"): one whose full name ends
 * with it, the document's first, else the event's most mentioned. Singular words are left
 * alone: "Watergate" of "Senate Watergate Committee", "Moon" of "New Moon".
 */
function organisationByLastWord(name: string, doc: Doc, byLastWord: Map<string, Cluster[]>): Cluster | undefined {
  const w = words(name);
  if (w.length !== 1 || !/[^aiusy]s$/.test(w[0])) return undefined;
  const candidates = byLastWord.get(w[0]) ?? [];
  const inDoc = candidates.filter((c) => c.docs.has(doc));
  return [...(inDoc.length ? inDoc : candidates)].sort((a, b) => b.mentions.length - a.mentions.length)[0];
}

/**
 * Lone names of no known kind that are people: "Navalny was aware that he…", a personal
 * pronoun later in the sentence, in at least half of the sentences that name them ("Apple"
 * is named in many sentences, a few of which go on to "he").
 */
function namesFollowedByPronouns(items: Item[]): Set<string> {
  const counts = new Map<string, { followed: number; all: number }>();
  for (const { doc, mention } of items) {
    if (mention.type !== 'other' || words(mention.text).length !== 1) continue;
    const key = nameKey(mention.text);
    const count = counts.get(key) ?? { followed: 0, all: 0 };
    count.all++;
    if (pronounFollows(doc, mention)) count.followed++;
    counts.set(key, count);
  }
  return new Set([...counts].filter(([, c]) => c.followed * 2 >= c.all).map(([key]) => key));
}

/** A personal pronoun later in the same sentence. */
function pronounFollows(doc: Doc, mention: Mention): boolean {
  const sentence = doc.sentences.find((s) => s.start <= mention.start && mention.end <= s.end);
  const after = doc.text.slice(mention.end, sentence ? sentence.end : mention.end + 80);
  return after.split(/[^\p{L}]+/u).some((w) => PERSON_PRONOUNS.has(w.toLowerCase()));
}

/** The fullest, then most frequent, then longest surface form ("Stanley" over "Stan"); places use their canonical name. */
function canonicalName(cluster: Cluster): string {
  const forms = [...cluster.names.entries()];
  if (cluster.type === 'place') {
    const canonical = canonicalPlace(forms[0][0]);
    if (canonical) return canonical;
  }
  // Length without possessives: "SeaMicro IP" is no shorter a name than "SeaMicro's IP".
  const letters = (name: string) => name.replace(/['’]s\b/g, '').length;
  forms.sort((a, b) => words(b[0]).length - words(a[0]).length || b[1] - a[1] || letters(b[0]) - letters(a[0]) || a[0].localeCompare(b[0]));
  return forms[0][0];
}
