/**
 * Averaged structured perceptron (Collins 2002) for the taggers in src/statements/tagger.ts,
 * over the same hashed weight rows that inference reads. The average is computed lazily
 * with the usual trick: keep w and the step-weighted sum of updates; average = w - sum / steps.
 */
import type { StoredTagger } from '../../src/statements/model.js';
import type { FeatureSequence, TaggerModel } from '../../src/statements/tagger.js';
import { bioAllowed, viterbi } from '../../src/statements/tagger.js';

export interface Example {
  seq: FeatureSequence;
  gold: Int32Array;
  /** Labels forbidden at a position, as in inference. */
  blocked?: (t: number, y: number) => boolean;
}

export class PerceptronTrainer {
  readonly L: number;
  private readonly mask: number;
  private readonly w: Float64Array;
  private readonly sum: Float64Array;
  private readonly trans: Float64Array;
  private readonly transSum: Float64Array;
  private steps = 1;
  private readonly allowed: Uint8Array;

  constructor(
    readonly labels: readonly string[],
    readonly rows: number,
  ) {
    this.L = labels.length;
    this.mask = rows - 1;
    this.w = new Float64Array(rows * this.L);
    this.sum = new Float64Array(rows * this.L);
    this.trans = new Float64Array((this.L + 1) * this.L);
    this.transSum = new Float64Array((this.L + 1) * this.L);
    this.allowed = bioAllowed(labels);
  }

  private scores(seq: FeatureSequence): Float32Array {
    const L = this.L;
    const out = new Float32Array(seq.length * L);
    for (let t = 0; t < seq.length; t++) {
      for (let k = t * seq.stride; k < (t + 1) * seq.stride; k++) {
        if (seq.hashes[k] === 0) continue; // a pruned rare feature
        const row = (seq.hashes[k] & this.mask) * L;
        for (let y = 0; y < L; y++) out[t * L + y] += this.w[row + y];
      }
    }
    return out;
  }

  private view(): TaggerModel {
    return {
      labels: this.labels,
      weights: new Int16Array(0),
      rows: 0,
      scale: 1,
      transitions: Float32Array.from(this.trans),
      allowed: this.allowed,
    };
  }

  private bump(index: number, d: number): void {
    this.w[index] += d;
    this.sum[index] += this.steps * d;
  }

  private bumpTransition(prev: number, y: number, d: number): void {
    this.trans[prev * this.L + y] += d;
    this.transSum[prev * this.L + y] += this.steps * d;
  }

  /** One pass over the examples in the given order. Returns the number of token errors. */
  epoch(examples: Example[]): number {
    let errors = 0;
    const L = this.L;
    for (const ex of examples) {
      const { seq, gold } = ex;
      const pred = viterbi(this.view(), this.scores(seq), seq.length, ex.blocked);
      let wrong = false;
      for (let t = 0; t < seq.length; t++) if (pred[t] !== gold[t]) wrong = true;
      if (wrong) {
        for (let t = 0; t < seq.length; t++) {
          const g = gold[t];
          const p = pred[t];
          const gPrev = t > 0 ? gold[t - 1] : L;
          const pPrev = t > 0 ? pred[t - 1] : L;
          if (g !== p) {
            errors++;
            for (let k = t * seq.stride; k < (t + 1) * seq.stride; k++) {
              if (seq.hashes[k] === 0) continue;
              const row = (seq.hashes[k] & this.mask) * L;
              this.bump(row + g, 1);
              this.bump(row + p, -1);
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

  /** Averaged weights relative to the first label ("O"), and averaged transitions. */
  averaged(): { relative: Float64Array; transitions: Float64Array } {
    const L = this.L;
    const relative = new Float64Array(this.rows * (L - 1));
    for (let r = 0; r < this.rows; r++) {
      const base = this.w[r * L] - this.sum[r * L] / this.steps;
      for (let y = 1; y < L; y++) relative[r * (L - 1) + y - 1] = this.w[r * L + y] - this.sum[r * L + y] / this.steps - base;
    }
    const transitions = this.trans.map((v, i) => v - this.transSum[i] / this.steps);
    return { relative, transitions };
  }
}

/**
 * The stored form of one or more trainers' averaged weights (their mean, when several were
 * trained on different example orders): 16-bit integers with one scale. The first label's
 * weight is 0 and is not stored; only non-zero rows are.
 */
export function storeTagger(trainers: PerceptronTrainer[], quiet = false): StoredTagger {
  const { L, rows, labels } = trainers[0];
  const relative = new Float64Array(rows * (L - 1));
  const transitions = new Float64Array((L + 1) * L);
  for (const trainer of trainers) {
    const one = trainer.averaged();
    for (let i = 0; i < relative.length; i++) relative[i] += one.relative[i] / trainers.length;
    for (let i = 0; i < transitions.length; i++) transitions[i] += one.transitions[i] / trainers.length;
  }
  let top = 0;
  for (const v of relative) top = Math.max(top, Math.abs(v));
  const scale = top / 32767 || 1;
  const keys: number[] = [];
  const values: number[] = [];
  for (let r = 0; r < rows; r++) {
    const q = Array.from({ length: L - 1 }, (_, y) => Math.round(relative[r * (L - 1) + y] / scale));
    if (q.every((v) => v === 0)) continue;
    keys.push(r);
    values.push(...q);
  }
  if (!quiet) console.log(`  ${keys.length} of ${rows} weight rows in use`);
  return {
    labels: [...labels],
    rows,
    keys: Buffer.from(Uint32Array.from(keys).buffer).toString('base64'),
    values: Buffer.from(Int16Array.from(values).buffer).toString('base64'),
    scale,
    transitions: Array.from(transitions, (v) => Math.round(v * 1e4) / 1e4),
  };
}

/** Zero out the features of the examples that occur fewer than `minCount` times in all of them. */
export function pruneRare(examples: Example[], minCount: number): void {
  const counts = new Map<number, number>();
  for (const { seq } of examples) for (const h of seq.hashes) counts.set(h, (counts.get(h) ?? 0) + 1);
  for (const { seq } of examples) {
    for (let k = 0; k < seq.hashes.length; k++) if ((counts.get(seq.hashes[k]) ?? 0) < minCount) seq.hashes[k] = 0;
  }
}
