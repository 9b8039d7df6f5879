/**
 * The shipped weights of the statement taggers (`data/models/statements.json`, written by
 * `npm run train -- statements`; provenance in `data/models/README.md`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bioAllowed, type TaggerModel } from './tagger.js';

/** A tagger as stored: its non-zero weight rows, little-endian, base64. */
export interface StoredTagger {
  labels: string[];
  /** Row count of the hashed weight table, a power of two. */
  rows: number;
  /** Uint32 indices of the non-zero rows. */
  keys: string;
  /** Int16 weights of every label but the first, `labels.length - 1` per stored row; multiply by `scale`. */
  values: string;
  scale: number;
  transitions: number[];
}

export interface StoredModel {
  format: 3;
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

/** Expand a stored tagger into its dense weight table. */
export function loadTagger(stored: StoredTagger): TaggerModel {
  const W = stored.labels.length - 1;
  const keys = decode(stored.keys, Uint32Array);
  const values = decode(stored.values, Int16Array);
  const weights = new Int16Array(stored.rows * W);
  for (let r = 0; r < keys.length; r++) weights.set(values.subarray(r * W, (r + 1) * W), keys[r] * W);
  return {
    labels: stored.labels,
    weights,
    rows: stored.rows,
    scale: stored.scale,
    transitions: Float32Array.from(stored.transitions),
    allowed: bioAllowed(stored.labels),
  };
}

let cached: StatementModels | undefined;

/** The shipped models, loaded once. */
export function statementModels(): StatementModels {
  if (!cached) {
    if (!existsSync(modelUrl)) {
      throw new Error(`statements: model file ${fileURLToPath(modelUrl)} is missing; run \`npm run train -- statements\``);
    }
    const stored = JSON.parse(readFileSync(modelUrl, 'utf8')) as StoredModel;
    cached = { cue: loadTagger(stored.cue), role: loadTagger(stored.role) };
  }
  return cached;
}
