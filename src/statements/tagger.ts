/**
 * A linear sequence tagger: hashed features per token, one weight per feature and label,
 * first-order label transitions, Viterbi decoding under the allowed transitions.
 * The weights come from an averaged perceptron (see train/statements).
 */

/** Features of a sequence: token t owns `hashes[t * stride .. (t + 1) * stride)`. */
export interface FeatureSequence {
  hashes: Uint32Array;
  stride: number;
  length: number;
}

export interface TaggerModel {
  labels: readonly string[];
  /**
   * Open-addressing table, one row of `stride` floats per slot: the feature hash (read
   * through `keys`, a Uint32Array view of the same memory; 0 marks an empty slot) followed
   * by one weight per label. Keeping a feature's key and weights together costs one cache
   * miss per lookup. The slot count is a power of two.
   */
  table: Float32Array;
  keys: Uint32Array;
  stride: number;
  /** `(labels + 1) * labels`: row `labels.length` holds the start weights. */
  transitions: Float32Array;
  /** `allowed[prev * L + cur]`, with row L for the start of a sequence. */
  allowed: Uint8Array;
}

/** An empty table with room for `count` features of `labels` weights each. */
export function emptyTable(count: number, labels: number): Pick<TaggerModel, 'table' | 'keys' | 'stride'> {
  let slots = 2;
  while (slots < count * 2) slots *= 2;
  let stride = 2;
  while (stride < labels + 1) stride *= 2;
  const table = new Float32Array(slots * stride);
  return { table, keys: new Uint32Array(table.buffer), stride };
}

/** Row offset of a hash in the table, or -1. */
export function findRow(keys: Uint32Array, stride: number, hash: number): number {
  const mask = keys.length / stride - 1;
  let slot = hash & mask;
  for (;;) {
    const key = keys[slot * stride];
    if (key === hash) return slot * stride;
    if (key === 0) return -1;
    slot = (slot + 1) & mask;
  }
}

/** Per-token label scores from the feature weights. Returns `length * L` scores. */
export function emissions(model: TaggerModel, seq: FeatureSequence): Float32Array {
  const L = model.labels.length;
  const out = new Float32Array(seq.length * L);
  const { table, keys, stride } = model;
  const mask = keys.length / stride - 1;
  const { hashes } = seq;
  for (let t = 0; t < seq.length; t++) {
    const base = t * L;
    for (let k = t * seq.stride; k < (t + 1) * seq.stride; k++) {
      const hash = hashes[k];
      let slot = hash & mask;
      for (;;) {
        const row = slot * stride;
        const key = keys[row];
        if (key === hash) {
          for (let y = 0; y < L; y++) out[base + y] += table[row + 1 + y];
          break;
        }
        if (key === 0) break;
        slot = (slot + 1) & mask;
      }
    }
  }
  return out;
}

/**
 * Best label sequence. `scores` are emissions (length * L); `blocked(t, y)` may forbid a
 * label at a position (for example: a content label on the cue itself).
 */
export function viterbi(
  model: TaggerModel,
  scores: Float32Array,
  length: number,
  blocked?: (t: number, y: number) => boolean,
): Int32Array {
  const L = model.labels.length;
  const { transitions, allowed } = model;
  const best = new Float64Array(length * L).fill(-Infinity);
  const back = new Int32Array(length * L);
  for (let y = 0; y < L; y++) {
    if (!allowed[L * L + y] || blocked?.(0, y)) continue;
    best[y] = scores[y] + transitions[L * L + y];
  }
  for (let t = 1; t < length; t++) {
    for (let y = 0; y < L; y++) {
      if (blocked?.(t, y)) continue;
      let top = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!allowed[p * L + y]) continue;
        const s = best[(t - 1) * L + p] + transitions[p * L + y];
        if (s > top) {
          top = s;
          arg = p;
        }
      }
      best[t * L + y] = top + scores[t * L + y];
      back[t * L + y] = arg;
    }
  }
  const path = new Int32Array(length);
  if (length === 0) return path;
  let last = 0;
  for (let y = 1; y < L; y++) if (best[(length - 1) * L + y] > best[(length - 1) * L + last]) last = y;
  path[length - 1] = last;
  for (let t = length - 1; t > 0; t--) path[t - 1] = back[t * L + path[t]];
  return path;
}

/** BIO transition rules: `I-x` only after `B-x` or `I-x`. Labels are "O", "B-x", "I-x". */
export function bioAllowed(labels: readonly string[]): Uint8Array {
  const L = labels.length;
  const allowed = new Uint8Array((L + 1) * L);
  for (let p = 0; p <= L; p++) {
    for (let y = 0; y < L; y++) {
      const cur = labels[y];
      if (!cur.startsWith('I-')) {
        allowed[p * L + y] = 1;
        continue;
      }
      const prev = p < L ? labels[p] : 'O';
      allowed[p * L + y] = prev === `B-${cur.slice(2)}` || prev === cur ? 1 : 0;
    }
  }
  return allowed;
}

/** Maximal runs of `B-x I-x*` as [first, last) token ranges, per label kind. */
export function runs(labels: readonly string[], path: Int32Array, kind: string): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  for (let t = 0; t <= path.length; t++) {
    const label = t < path.length ? labels[path[t]] : 'O';
    if (open >= 0 && label !== `I-${kind}`) {
      out.push([open, t]);
      open = -1;
    }
    if (label === `B-${kind}`) open = t;
  }
  return out;
}
