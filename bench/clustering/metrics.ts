/** Precision, recall and F1 of a clustering against gold labels. */
export interface PRF {
  p: number;
  r: number;
  f: number;
}

const f1 = (p: number, r: number) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

/** Items per label, for counting. */
function sizes(labels: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const l of labels) out.set(l, (out.get(l) ?? 0) + 1);
  return out;
}

/**
 * BCubed (Bagga and Baldwin): for each item, the share of its predicted cluster that
 * shares its gold event (precision) and the share of its gold event found in its
 * predicted cluster (recall), averaged over the items.
 */
export function bcubed(predicted: readonly string[], gold: readonly string[]): PRF {
  const both = sizes(predicted.map((c, i) => `${c}\u0000${gold[i]}`));
  const ofPredicted = sizes(predicted);
  const ofGold = sizes(gold);
  let p = 0;
  let r = 0;
  for (let i = 0; i < predicted.length; i++) {
    const shared = both.get(`${predicted[i]}\u0000${gold[i]}`)!;
    p += shared / ofPredicted.get(predicted[i])!;
    r += shared / ofGold.get(gold[i])!;
  }
  p /= predicted.length;
  r /= predicted.length;
  return { p, r, f: f1(p, r) };
}

/** Pair counting: of the pairs put together, how many are one gold event, and the reverse. */
export function pairwise(predicted: readonly string[], gold: readonly string[]): PRF {
  const pairs = (counts: Map<string, number>) => [...counts.values()].reduce((sum, n) => sum + (n * (n - 1)) / 2, 0);
  const together = pairs(sizes(predicted.map((c, i) => `${c}\u0000${gold[i]}`)));
  const predictedPairs = pairs(sizes(predicted));
  const goldPairs = pairs(sizes(gold));
  const p = predictedPairs ? together / predictedPairs : 1;
  const r = goldPairs ? together / goldPairs : 1;
  return { p, r, f: f1(p, r) };
}
