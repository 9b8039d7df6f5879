/**
 * Span lookups that stay linear on long documents: items sorted by start, found by binary
 * search, scanning back only as far as the longest item reaches.
 */
import type { Span } from './types.js';

export class SpanIndex<T> {
  private readonly entries: { span: Span; item: T }[];
  private readonly longest: number;

  constructor(entries: Iterable<{ span: Span; item: T }>) {
    this.entries = [...entries].sort((a, b) => a.span.start - b.span.start);
    this.longest = this.entries.reduce((n, e) => Math.max(n, e.span.end - e.span.start), 0);
  }

  /** Items whose span overlaps `span` (or, for an empty span, contains its position). */
  overlapping(span: Span): T[] {
    const { entries } = this;
    let lo = 0;
    let hi = entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (entries[mid].span.start < Math.max(span.end, span.start + 1)) lo = mid + 1;
      else hi = mid;
    }
    const out: T[] = [];
    for (let k = lo - 1; k >= 0 && entries[k].span.start >= span.start - this.longest; k--) {
      if (entries[k].span.end > span.start) out.push(entries[k].item);
    }
    return out;
  }
}
