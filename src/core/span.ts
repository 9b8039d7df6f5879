import type { Span } from './types.js';

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Shrink a span so that it neither starts nor ends with whitespace. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * Spans looked up by overlap, in time that grows with what is found rather than with the
 * number of spans: a long document's sentences each asking which of its thousands of
 * mentions they hold would otherwise take quadratic time. Results keep the given order.
 */
export class SpanIndex<T extends Span> {
  private readonly byStart: { item: T; order: number }[];
  /** The longest span's length: no span starting earlier than this before a query can reach it. */
  private readonly reach: number;

  constructor(items: readonly T[]) {
    this.byStart = items.map((item, order) => ({ item, order })).sort((a, b) => a.item.start - b.item.start);
    this.reach = items.reduce((max, s) => Math.max(max, s.end - s.start), 0);
  }

  overlapping(span: Span): T[] {
    const from = span.start - this.reach;
    let lo = 0;
    let hi = this.byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.byStart[mid].item.start < from) lo = mid + 1;
      else hi = mid;
    }
    const found: { item: T; order: number }[] = [];
    for (let k = lo; k < this.byStart.length && this.byStart[k].item.start < span.end; k++) {
      if (overlaps(this.byStart[k].item, span)) found.push(this.byStart[k]);
    }
    return found.sort((a, b) => a.order - b.order).map((f) => f.item);
  }
}
