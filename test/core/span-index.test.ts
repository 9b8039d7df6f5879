import { describe, expect, it } from 'vitest';
import { overlaps } from '../../src/core/span.js';
import { SpanIndex } from '../../src/core/span-index.js';

describe('SpanIndex', () => {
  it('finds exactly the items whose spans overlap a query', () => {
    // Deterministic pseudo-random spans of mixed lengths, one of them very long.
    let seed = 7;
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const spans = Array.from({ length: 300 }, (_, id) => {
      const start = next(5000);
      return { id, start, end: start + 1 + (id === 42 ? 3000 : next(40)) };
    });
    const index = new SpanIndex(spans.map((s) => ({ span: s, item: s.id })));
    for (let q = 0; q < 200; q++) {
      const start = next(5200);
      const query = { start, end: start + 1 + next(120) };
      const found = index.overlapping(query).sort((a, b) => a - b);
      expect(found).toEqual(spans.filter((s) => overlaps(s, query)).map((s) => s.id));
    }
  });

  it('answers for an empty index', () => {
    expect(new SpanIndex([]).overlapping({ start: 0, end: 10 })).toEqual([]);
  });
});
