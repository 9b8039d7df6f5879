import { rougeTokens } from './rouge.js';

const DAMPING = 0.85;
const ITERATIONS = 50;

/**
 * TextRank (Mihalcea and Tarau, 2004) over sentences: the graph's edges weigh the words
 * two sentences share, normalised by the log of their lengths; PageRank orders them.
 * Returns sentence indices, best first.
 */
export function textRank(sentences: string[]): number[] {
  const words = sentences.map((s) => rougeTokens(s));
  const sets = words.map((w) => new Set(w));
  const n = sentences.length;
  const weight = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (words[i].length < 2 || words[j].length < 2) continue;
      let shared = 0;
      for (const w of sets[i]) if (sets[j].has(w)) shared++;
      const w = shared / (Math.log(words[i].length) + Math.log(words[j].length));
      weight[i][j] = w;
      weight[j][i] = w;
    }
  }
  const out = weight.map((row) => row.reduce((a, b) => a + b, 0));
  let rank = new Array<number>(n).fill(1 / Math.max(n, 1));
  for (let it = 0; it < ITERATIONS; it++) {
    rank = rank.map((_, i) => {
      let sum = 0;
      for (let j = 0; j < n; j++) if (weight[j][i] > 0 && out[j] > 0) sum += (weight[j][i] / out[j]) * rank[j];
      return (1 - DAMPING) / n + DAMPING * sum;
    });
  }
  return rank.map((r, i) => [r, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]).map(([, i]) => i);
}
