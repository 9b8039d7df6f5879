import { describe, expect, it } from 'vitest';
import { bcubed, pairwise } from '../../bench/clustering/metrics.js';

describe('clustering metrics', () => {
  // Gold: {a, b, c} and {d, e}; predicted: {a, b} and {c, d, e}.
  const gold = ['x', 'x', 'x', 'y', 'y'];
  const predicted = ['1', '1', '2', '2', '2'];

  it('scores BCubed item by item', () => {
    const s = bcubed(predicted, gold);
    // Precision: a, b 2/2; c 1/3; d, e 2/3. Recall: a, b 2/3; c 1/3; d, e 2/2.
    expect(s.p).toBeCloseTo((1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5, 10);
    expect(s.r).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5, 10);
    expect(s.f).toBeCloseTo((2 * s.p * s.r) / (s.p + s.r), 10);
  });

  it('counts pairs', () => {
    // Predicted pairs: ab, cd, ce, de (4); gold pairs: ab, ac, bc, de (4); shared: ab, de.
    expect(pairwise(predicted, gold)).toEqual({ p: 0.5, r: 0.5, f: 0.5 });
  });

  it('gives a perfect score to the gold clustering under other names', () => {
    expect(bcubed(['p', 'p', 'p', 'q', 'q'], gold)).toEqual({ p: 1, r: 1, f: 1 });
    expect(pairwise(['p', 'p', 'p', 'q', 'q'], gold)).toEqual({ p: 1, r: 1, f: 1 });
  });
});
