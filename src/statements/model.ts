/**
 * The shipped weights of the statement taggers (`data/models/statements.json`, written by
 * `npm run train -- statements`; provenance in `data/models/README.md`).
 */
import { readFileSync } from 'node:fs';
import { bioAllowed, emptyTable, findRow, type TaggerModel } from './tagger.js';

/** A tagger as stored: feature hashes and their weights, little-endian, base64. */
export interface StoredTagger {
  labels: string[];
  /** Uint32 feature hashes. */
  keys: string;
  /** Int16 weights, `labels.length` per key; multiply by `scale`. */
  values: string;
  scale: number;
  transitions: number[];
}

export interface StoredModel {
  format: 1;
  trained: Record<string, unknown>;
  cue: StoredTagger;
  role: StoredTagger;
}

export interface StatementModels {
  cue: TaggerModel;
  role: TaggerModel;
}

export const modelUrl = new URL('../../data/models/statements.json', import.meta.url);

function decode<T extends Uint32Array | Int16Array>(base64: string, Kind: { new (b: ArrayBuffer): T }): T {
  const bytes = Buffer.from(base64, 'base64');
  const copy = new ArrayBuffer(bytes.length);
  new Uint8Array(copy).set(bytes);
  return new Kind(copy);
}

/** Build the lookup table of a stored tagger. */
export function loadTagger(stored: StoredTagger): TaggerModel {
  const L = stored.labels.length;
  const hashes = decode(stored.keys, Uint32Array);
  const weights = decode(stored.values, Int16Array);
  const { table, keys, stride } = emptyTable(hashes.length, L);
  for (let r = 0; r < hashes.length; r++) {
    let row = findRow(keys, stride, hashes[r]);
    if (row < 0) {
      const mask = keys.length / stride - 1;
      let slot = hashes[r] & mask;
      while (keys[slot * stride] !== 0) slot = (slot + 1) & mask;
      row = slot * stride;
      keys[row] = hashes[r];
    }
    for (let y = 0; y < L; y++) table[row + 1 + y] += weights[r * L + y] * stored.scale;
  }
  return {
    labels: stored.labels,
    table,
    keys,
    stride,
    transitions: Float32Array.from(stored.transitions),
    allowed: bioAllowed(stored.labels),
  };
}

let cached: StatementModels | undefined;

/** The shipped models, loaded once. */
export function statementModels(): StatementModels {
  if (!cached) {
    const stored = JSON.parse(readFileSync(modelUrl, 'utf8')) as StoredModel;
    cached = { cue: loadTagger(stored.cue), role: loadTagger(stored.role) };
  }
  return cached;
}
