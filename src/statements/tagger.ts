/**
 * A linear sequence tagger: hashed features per token, one weight per feature and label,
 * first-order label transitions, Viterbi decoding under the allowed transitions.
 * The weights come from an averaged perceptron (see train/statements).
 */

/** Features of a sequence: token t owns `hashes[t * stride .. (t + 1) * stride)`. */
export interface FeatureSequence {
  /** Feature hashes as signed 32-bit integers (the same bits as the unsigned hashes). */
  hashes: Int32Array;
  stride: number;
  length: number;
}

export interface TaggerModel {
  labels: readonly string[];
  /**
   * Weights by hashed feature: row `hash & (rows - 1)` holds one 16-bit weight per label
   * except the first ("O"), whose weight is 0 (a tagger's decisions do not change when the
   * same amount is added to every label of a token), to be multiplied by `scale`. Features
   * that share a row share their weights (the hashing trick); training uses the same rows,
   * so it learns around the collisions. The table is dense and small enough to stay in the
   * processor's cache.
   */
  weights: Int16Array;
  rows: number;
  scale: number;
  /** `(labels + 1) * labels`: row `labels.length` holds the start weights. */
  transitions: Float32Array;
  /** `allowed[prev * L + cur]`, with row L for the start of a sequence. */
  allowed: Uint8Array;
}

/**
 * Per-token label scores from the feature weights. Returns `length * L` scores. The loops
 * for two and four weights per row are written out: this is the stage's hottest code.
 */
export function emissions(model: TaggerModel, seq: FeatureSequence): Float32Array {
  const L = model.labels.length;
  const W = L - 1;
  const out = new Float32Array(seq.length * L);
  const { weights, scale } = model;
  const mask = model.rows - 1;
  const { hashes, stride } = seq;
  for (let t = 0; t < seq.length; t++) {
    const end = (t + 1) * stride;
    const o = t * L;
    if (W === 2) {
      let s0 = 0;
      let s1 = 0;
      for (let k = t * stride; k < end; k++) {
        const row = (hashes[k] & mask) << 1;
        s0 += weights[row];
        s1 += weights[row + 1];
      }
      out[o + 1] = s0 * scale;
      out[o + 2] = s1 * scale;
    } else if (W === 4) {
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      for (let k = t * stride; k < end; k++) {
        const row = (hashes[k] & mask) << 2;
        s0 += weights[row];
        s1 += weights[row + 1];
        s2 += weights[row + 2];
        s3 += weights[row + 3];
      }
      out[o + 1] = s0 * scale;
      out[o + 2] = s1 * scale;
      out[o + 3] = s2 * scale;
      out[o + 4] = s3 * scale;
    } else {
      for (let k = t * stride; k < end; k++) {
        const row = (hashes[k] & mask) * W;
        for (let y = 0; y < W; y++) out[o + 1 + y] += weights[row + y];
      }
      for (let y = 1; y < L; y++) out[o + y] *= scale;
    }
  }
  return out;
}

/** Viterbi tables, reused between sequences (the stage is synchronous). */
const scratch = { best: new Float64Array(1024), back: new Int32Array(1024) };

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
  if (scratch.best.length < length * L) {
    scratch.best = new Float64Array(length * L * 2);
    scratch.back = new Int32Array(length * L * 2);
  }
  const { best, back } = scratch;
  best.fill(-Infinity, 0, length * L);
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
  const begin = `B-${kind}`;
  const inside = `I-${kind}`;
  let open = -1;
  for (let t = 0; t <= path.length; t++) {
    const label = t < path.length ? labels[path[t]] : 'O';
    if (open >= 0 && label !== inside) {
      out.push([open, t]);
      open = -1;
    }
    if (label === begin) open = t;
  }
  return out;
}
