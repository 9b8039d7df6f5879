/**
 * The two metric families of ../shared/data/README.md (statements/polnear):
 * 1. BBC Citron's exact and token-overlap P/R/F1 for cue, source and content;
 * 2. GenderGapTracker's quote-level recipe (greedy character-overlap matching at a
 *    threshold) with speaker accuracy.
 * An attribution is three sorted span lists; counts are summed over documents (micro).
 */
import type { Span } from '../../src/core/types.js';

export interface Attr {
  cue: Span[];
  sources: Span[];
  contents: Span[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Overlap {
  overlap: number;
  predicted: number;
  gold: number;
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

const sameList = (a: Span[], b: Span[]) =>
  a.length === b.length && a.every((s, i) => s.start === b[i].start && s.end === b[i].end);

/** Citron's overlap test: start <= other end and end > other start. */
const touches = (a: Span[], b: Span[]) => a.some((x) => b.some((y) => x.start <= y.end && x.end > y.start));

function exact(pred: Attr[], gold: Attr[], match: (p: Attr, g: Attr) => boolean): Counts {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const p of pred) {
    if (gold.some((g) => match(p, g))) tp++;
    else fp++;
  }
  for (const g of gold) if (!pred.some((p) => match(p, g))) fn++;
  return { tp, fp, fn };
}

export const cueExact = (pred: Attr[], gold: Attr[]) => exact(pred, gold, (p, g) => sameList(p.cue, g.cue));
export const sourceExact = (pred: Attr[], gold: Attr[]) =>
  exact(pred, gold, (p, g) => touches(p.cue, g.cue) && sameList(p.sources, g.sources));
export const contentExact = (pred: Attr[], gold: Attr[]) =>
  exact(pred, gold, (p, g) => touches(p.cue, g.cue) && sameList(p.contents, g.contents));

/** Word and punctuation tokens of a text, as [start, end) offsets. */
export function wordTokens(text: string): Int32Array {
  const out: number[] = [];
  const re = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}]+)*|[^\s\p{L}\p{N}\p{M}]/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index, m.index + m[0].length);
  return Int32Array.from(out);
}

/** Token index range [a, b) of the tokens a character span touches. */
function tokenInterval(tokens: Int32Array, span: Span): [number, number] {
  const n = tokens.length / 2;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[2 * mid + 1] <= span.start) lo = mid + 1;
    else hi = mid;
  }
  let b = lo;
  while (b < n && tokens[2 * b] < span.end) b++;
  return [lo, b];
}

/** Citron's token overlap: summed over all predicted x gold pairs, per component. */
export function tokenOverlap(tokens: Int32Array, pred: Span[][], gold: Span[][]): Overlap {
  const toTok = (lists: Span[][]) => lists.map((l) => l.map((s) => tokenInterval(tokens, s)));
  const P = toTok(pred);
  const G = toTok(gold);
  const length = (l: [number, number][]) => l.reduce((n, [a, b]) => n + (b - a), 0);
  let overlap = 0;
  for (const p of P) {
    for (const g of G) {
      for (const [a1, b1] of p) for (const [a2, b2] of g) overlap += Math.max(0, Math.min(b1, b2) - Math.max(a1, a2));
    }
  }
  return { overlap, predicted: P.reduce((n, l) => n + length(l), 0), gold: G.reduce((n, l) => n + length(l), 0) };
}

export interface QuoteCounts {
  tp: number;
  predicted: number;
  gold: number;
  speakerRight: number;
}

/** Characters covered by a span list, as a sorted array of disjoint intervals' total and a set test. */
function charSet(spans: Span[]): Set<number> {
  const set = new Set<number>();
  for (const s of spans) for (let i = s.start; i < s.end; i++) set.add(i);
  return set;
}

/**
 * GenderGapTracker's recipe: gold quotes in text order each take the unmatched prediction
 * with the highest score |chars(g) ∩ chars(p)| / |chars(g)| above the threshold.
 */
export function quoteLevel(pred: Attr[], gold: Attr[], threshold: number): QuoteCounts {
  const golds = gold.filter((g) => g.contents.length > 0).sort((x, y) => x.contents[0].start - y.contents[0].start);
  const preds = pred.filter((p) => p.contents.length > 0);
  const predSets = preds.map((p) => charSet(p.contents));
  const used = new Uint8Array(preds.length);
  let tp = 0;
  let speakerRight = 0;
  for (const g of golds) {
    const gs = charSet(g.contents);
    if (gs.size === 0) continue;
    let best = -1;
    let bestScore = threshold;
    for (let k = 0; k < preds.length; k++) {
      if (used[k]) continue;
      let inter = 0;
      for (const c of gs) if (predSets[k].has(c)) inter++;
      const score = inter / gs.size;
      if (score > bestScore) {
        bestScore = score;
        best = k;
      }
    }
    if (best < 0) continue;
    used[best] = 1;
    tp++;
    const p = preds[best];
    const speakerOk =
      (p.sources.length === 0 && g.sources.length === 0) ||
      p.sources.some((a) => g.sources.some((b) => a.start < b.end && b.start < a.end));
    if (speakerOk) speakerRight++;
  }
  return { tp, predicted: preds.length, gold: golds.length, speakerRight };
}

export function prf(tp: number, predicted: number, gold: number): Prf {
  const p = predicted > 0 ? tp / predicted : 0;
  const r = gold > 0 ? tp / gold : 0;
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}

export function exactPrf(c: Counts): Prf {
  const p = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}
