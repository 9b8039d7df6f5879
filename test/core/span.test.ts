import { describe, expect, it } from 'vitest';
import { overlaps, SpanIndex } from '../../src/core/span.js';

describe('SpanIndex', () => {
  it('finds exactly the spans that overlap a query, in the given order', () => {
    // Deterministic pseudo-random spans of mixed lengths, one of them very long.
    let seed = 7;
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const spans = Array.from({ length: 300 }, (_, id) => {
      const start = next(5000);
      return { id, start, end: start + 1 + (id === 42 ? 3000 : next(40)) };
    });
    const index = new SpanIndex(spans);
    for (let q = 0; q < 200; q++) {
      const start = next(5200);
      const query = { start, end: start + 1 + next(120) };
      expect(index.overlapping(query).map((s) => s.id)).toEqual(spans.filter((s) => overlaps(s, query)).map((s) => s.id));
    }
  });

  it('answers for an empty index', () => {
    expect(new SpanIndex([]).overlapping({ start: 0, end: 10 })).toEqual([]);
  });
});
