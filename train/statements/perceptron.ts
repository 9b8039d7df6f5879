/**
 * Averaged structured perceptron (Collins 2002) for the taggers in src/statements/tagger.ts.
 * Weights are kept per feature hash and label; the average is computed lazily with the
 * usual trick (keep w and the time-weighted sum of updates, average = w - sum / steps).
 */
import type { FeatureSequence, TaggerModel } from '../../src/statements/tagger.js';
import { bioAllowed, emptyTable, viterbi } from '../../src/statements/tagger.js';
import type { StoredTagger } from '../../src/statements/model.js';

export interface Example {
  seq: FeatureSequence;
  gold: Int32Array;
  /** Labels forbidden at a position, as in inference. */
  blocked?: (t: number, y: number) => boolean;
}

export class PerceptronTrainer {
  readonly L: number;
  private rows = new Map<number, number>();
  private w = new Float64Array(0);
  private sum = new Float64Array(0);
  private trans: Float64Array;
  private transSum: Float64Array;
  private steps = 1;
  private readonly allowed: Uint8Array;

  constructor(readonly labels: readonly string[]) {
    this.L = labels.length;
    this.trans = new Float64Array((this.L + 1) * this.L);
    this.transSum = new Float64Array((this.L + 1) * this.L);
    this.allowed = bioAllowed(labels);
  }

  private row(hash: number, create: boolean): number {
    let r = this.rows.get(hash);
    if (r === undefined) {
      if (!create) return -1;
      r = this.rows.size;
      this.rows.set(hash, r);
      if ((r + 1) * this.L > this.w.length) {
        const grow = (old: Float64Array) => {
          const next = new Float64Array(Math.max(1024, old.length * 2));
          next.set(old);
          return next;
        };
        this.w = grow(this.w);
        this.sum = grow(this.sum);
      }
    }
    return r;
  }

  /** A model view of the current (not averaged) weights, for decoding during training. */
  private scores(seq: FeatureSequence): Float32Array {
    const L = this.L;
    const out = new Float32Array(seq.length * L);
    for (let t = 0; t < seq.length; t++) {
      for (let k = t * seq.stride; k < (t + 1) * seq.stride; k++) {
        const r = seq.hashes[k] === 0 ? undefined : this.rows.get(seq.hashes[k]);
        if (r === undefined) continue;
        for (let y = 0; y < L; y++) out[t * L + y] += this.w[r * L + y];
      }
    }
    return out;
  }

  private view(): TaggerModel {
    return {
      labels: this.labels,
      ...emptyTable(1, this.L),
      transitions: Float32Array.from(this.trans),
      allowed: this.allowed,
    };
  }

  private bump(r: number, y: number, d: number): void {
    this.w[r * this.L + y] += d;
    this.sum[r * this.L + y] += this.steps * d;
  }

  private bumpTransition(prev: number, y: number, d: number): void {
    this.trans[prev * this.L + y] += d;
    this.transSum[prev * this.L + y] += this.steps * d;
  }

  /** One pass over the examples in the given order. Returns the number of token errors. */
  epoch(examples: Example[]): number {
    let errors = 0;
    for (const ex of examples) {
      const { seq, gold } = ex;
      const pred = viterbi(this.view(), this.scores(seq), seq.length, ex.blocked);
      let wrong = false;
      for (let t = 0; t < seq.length; t++) if (pred[t] !== gold[t]) wrong = true;
      if (wrong) {
        for (let t = 0; t < seq.length; t++) {
          const g = gold[t];
          const p = pred[t];
          const gPrev = t > 0 ? gold[t - 1] : this.L;
          const pPrev = t > 0 ? pred[t - 1] : this.L;
          if (g !== p) {
            errors++;
            for (let k = t * seq.stride; k < (t + 1) * seq.stride; k++) {
              if (seq.hashes[k] === 0) continue; // a pruned rare feature
              const r = this.row(seq.hashes[k], true);
              this.bump(r, g, 1);
              this.bump(r, p, -1);
            }
          }
          if (g !== p || gPrev !== pPrev) {
            this.bumpTransition(gPrev, g, 1);
            this.bumpTransition(pPrev, p, -1);
          }
        }
      }
      this.steps++;
    }
    return errors;
  }

  /** Averaged weights as 16-bit integers with one scale, dropping features whose weights all round to zero. */
  export(): StoredTagger {
    const L = this.L;
    const averaged = new Float64Array(this.rows.size * L);
    let top = 0;
    for (const [, r] of this.rows) {
      for (let y = 0; y < L; y++) {
        const v = this.w[r * L + y] - this.sum[r * L + y] / this.steps;
        averaged[r * L + y] = v;
        top = Math.max(top, Math.abs(v));
      }
    }
    const scale = top / 32767 || 1;
    const keys: number[] = [];
    const values: number[] = [];
    for (const [hash, r] of this.rows) {
      const q = Array.from({ length: L }, (_, y) => Math.round(averaged[r * L + y] / scale));
      if (q.every((v) => v === 0)) continue;
      keys.push(hash);
      values.push(...q);
    }
    console.log(`  kept ${keys.length} of ${this.rows.size} features`);
    const transitions = Array.from(this.trans, (v, i) => v - this.transSum[i] / this.steps);
    return {
      labels: [...this.labels],
      keys: Buffer.from(Uint32Array.from(keys).buffer).toString('base64'),
      values: Buffer.from(Int16Array.from(values).buffer).toString('base64'),
      scale,
      transitions: transitions.map((v) => Math.round(v * 1e4) / 1e4),
    };
  }
}

/** Zero out the features of the examples that occur fewer than `minCount` times in all of them. */
export function pruneRare(examples: Example[], minCount: number): void {
  const counts = new Map<number, number>();
  for (const { seq } of examples) for (const h of seq.hashes) counts.set(h, (counts.get(h) ?? 0) + 1);
  for (const { seq } of examples) {
    for (let k = 0; k < seq.hashes.length; k++) if ((counts.get(seq.hashes[k]) ?? 0) < minCount) seq.hashes[k] = 0;
  }
}
