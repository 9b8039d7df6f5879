import { stemmer } from 'stemmer';
import { lowerWords, wordSpans } from '../../src/language/index.js';

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L F1 (Lin, 2004) against one reference.
 * Tokenisation: lower-case; runs of letters and digits are tokens, and every other
 * character separates; runs in a script written without spaces (Chinese, Japanese, Thai)
 * are split into words by the Unicode word breaker. Tokens of [a-z0-9] longer than three
 * characters are Porter-stemmed (the `stemmer` package), as in Google's rouge-score, whose
 * English tokens these are. ROUGE-L is the longest common subsequence of the two token
 * sequences.
 */
export function rougeTokens(text: string): string[] {
  return lowerWords(text).flatMap((w) => (/^[a-z0-9]+$/.test(w) ? [w.length > 3 ? stemmer(w) : w] : asciiRuns(w)));
}

/** A word with letters outside [a-z0-9]: rouge-score splits it at them; other scripts stay whole. */
function asciiRuns(word: string): string[] {
  if (!/[a-z0-9]/.test(word) || !/^[\p{Script=Latin}0-9]+$/u.test(word)) return [word];
  return word.split(/[^a-z0-9]+/).filter(Boolean).map((t) => (t.length > 3 ? stemmer(t) : t));
}

function f1(overlap: number, predicted: number, gold: number): number {
  if (overlap === 0 || predicted === 0 || gold === 0) return 0;
  const p = overlap / predicted;
  const r = overlap / gold;
  return (2 * p * r) / (p + r);
}

function ngrams(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function rougeN(predicted: string[], gold: string[], n: number): number {
  const p = ngrams(predicted, n);
  const g = ngrams(gold, n);
  let overlap = 0;
  for (const [k, c] of p) overlap += Math.min(c, g.get(k) ?? 0);
  return f1(overlap, Math.max(0, predicted.length - n + 1), Math.max(0, gold.length - n + 1));
}

export function rougeL(predicted: string[], gold: string[]): number {
  let prev = new Array<number>(gold.length + 1).fill(0);
  for (const p of predicted) {
    const row = new Array<number>(gold.length + 1).fill(0);
    for (let j = 0; j < gold.length; j++) row[j + 1] = p === gold[j] ? prev[j] + 1 : Math.max(prev[j + 1], row[j]);
    prev = row;
  }
  return f1(prev[gold.length], predicted.length, gold.length);
}

export interface RougeScores {
  r1: number;
  r2: number;
  rl: number;
}

export function rouge(summary: string, reference: string): RougeScores {
  const p = rougeTokens(summary);
  const g = rougeTokens(reference);
  return { r1: rougeN(p, g, 1), r2: rougeN(p, g, 2), rl: rougeL(p, g) };
}

/** The first `words` words of a text (as the product counts them): every system is cut to the same budget. */
export function cutWords(text: string, words: number): string {
  const spans = wordSpans(text);
  if (spans.length === 0) return '';
  return text.slice(spans[0].start, spans[Math.min(words, spans.length) - 1].end).replace(/\s+/g, ' ');
}
