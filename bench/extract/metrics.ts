/**
 * The scores of the extraction benchmarks, as the shared data README defines them.
 * AEB: 4-gram shingles of `\w+` tokens; WCXB: bag of lower-cased `\w+` tokens,
 * snippet presence, and title / author / date accuracy.
 */

/** Python's Unicode `\w`: letters, digits (all numeric categories) and underscore. */
const WORD = /[\p{L}\p{N}_]+/gu;

export function tokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

function counts<T>(items: T[]): Map<T, number> {
  const m = new Map<T, number>();
  for (const x of items) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

export interface PR {
  precision: number;
  recall: number;
}

/** Precision and recall of two multisets; an empty side scores as the README says. */
function multisetPR<T>(gold: Map<T, number>, pred: Map<T, number>): PR {
  let tp = 0,
    goldTotal = 0,
    predTotal = 0;
  for (const [k, g] of gold) {
    goldTotal += g;
    tp += Math.min(g, pred.get(k) ?? 0);
  }
  for (const p of pred.values()) predTotal += p;
  if (goldTotal === 0 && predTotal === 0) return { precision: 1, recall: 1 };
  return { precision: predTotal === 0 ? 0 : tp / predTotal, recall: goldTotal === 0 ? 0 : tp / goldTotal };
}

/** The 4-gram shingles of a text; a text of fewer tokens is one shorter shingle. */
function shingles(text: string, n = 4): string[] {
  const t = tokens(text);
  const out: string[] = [];
  for (let i = 0; i < Math.max(1, t.length - n + 1); i++) {
    const s = t.slice(i, i + n);
    if (s.length > 0) out.push(s.join('\u0001'));
  }
  return out;
}

export function aebScore(gold: string, pred: string): PR & { exact: boolean } {
  const pr = multisetPR(counts(shingles(gold)), counts(shingles(pred)));
  return { ...pr, exact: tokens(gold).join(' ') === tokens(pred).join(' ') };
}

export function bagScore(gold: string, pred: string): PR & { f1: number } {
  const pr = multisetPR(counts(tokens(gold.toLowerCase())), counts(tokens(pred.toLowerCase())));
  return { ...pr, f1: f1(pr.precision, pr.recall) };
}

export function f1(p: number, r: number): number {
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

export function mean(xs: number[]): number {
  return xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length;
}

function fold(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Share of snippets present (case-insensitive substring, whitespace collapsed). */
export function snippetHits(text: string, snippets: string[]): number {
  const t = fold(text);
  return snippets.filter((s) => t.includes(fold(s))).length;
}

export function titleMatch(gold: string, pred: string | undefined): boolean {
  return pred !== undefined && fold(gold) === fold(pred);
}

/** Joining words in a list of names are not name tokens ("A, B, and C"). */
const JOINERS = new Set(['and', 'und', 'et', 'y', 'e', 'i', 'by']);

export function authorMatch(gold: string, pred: string[]): boolean {
  const have = new Set(tokens(pred.join(' ').toLowerCase()));
  const need = tokens(gold.toLowerCase()).filter((t) => !JOINERS.has(t));
  return need.length > 0 && pred.length > 0 && need.every((t) => have.has(t));
}

export function dateMatch(gold: string, pred: string | undefined): boolean {
  return pred !== undefined && pred.slice(0, 10) === gold.slice(0, 10);
}
