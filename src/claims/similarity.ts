import type { Unit } from './units.js';
import { areSynonyms } from './wordnet.js';

/** A WordNet synonym counts for this share of an exact match. */
export const SYNONYM_CREDIT = 0.7;

/**
 * Weighted word overlap between sentences. A word weighs its inverse sentence frequency
 * in the coverage, so names and rare terms the outlets share count for more than the
 * event's everyday vocabulary. Synonyms (WordNet) earn part credit.
 */
export class Similarity {
  private readonly idf = new Map<string, number>();
  private readonly stems: Map<string, Set<string>>;

  /** `names`: stems the coverage writes as names; they align documents on who, not on what. */
  constructor(
    units: Unit[],
    readonly names: ReadonlySet<string> = new Set(),
  ) {
    const df = new Map<string, number>();
    this.stems = new Map(units.map((u) => [u.id, new Set(u.features.stems)]));
    for (const set of this.stems.values()) for (const s of set) df.set(s, (df.get(s) ?? 0) + 1);
    const n = units.length;
    for (const [s, count] of df) this.idf.set(s, Math.log((n + 1) / (count + 0.5)));
  }

  weight(stem: string): number {
    return this.idf.get(stem) ?? 0;
  }

  stemsOf(unit: Unit): Set<string> {
    return this.stems.get(unit.id) ?? new Set(unit.features.stems);
  }

  /** Matched weight of `a`'s words in `b`, and `a`'s total weight (names left out with `content`). */
  private coverage(a: Set<string>, b: Set<string>, content = false): [number, number] {
    let matched = 0;
    let total = 0;
    for (const s of a) {
      if (content && this.names.has(s)) continue;
      const w = this.weight(s);
      total += w;
      if (b.has(s)) matched += w;
      else {
        let best = 0;
        for (const t of b) if (areSynonyms(s, t)) best = Math.max(best, SYNONYM_CREDIT * Math.min(w, this.weight(t)));
        matched += best;
      }
    }
    return [matched, total];
  }

  /**
   * `score`: symmetric (Dice over weights): how far the two sentences say the same thing.
   * `cover`: the larger share of one sentence found in the other, for a short sentence
   * inside a longer one.
   */
  compare(a: Unit, b: Unit): { score: number; cover: number } {
    const [ma, ta] = this.coverage(this.stemsOf(a), this.stemsOf(b));
    const [mb, tb] = this.coverage(this.stemsOf(b), this.stemsOf(a));
    if (ta === 0 || tb === 0) return { score: 0, cover: 0 };
    return { score: (ma + mb) / (ta + tb), cover: Math.max(ma / ta, mb / tb) };
  }

  /**
   * What the two sentences say beyond who is involved: the smaller share of either's
   * non-name words found in the other, and how many non-name stems they share exactly.
   */
  contentOverlap(a: Unit, b: Unit): { cover: number; shared: number } {
    const sa = this.stemsOf(a);
    const sb = this.stemsOf(b);
    const [ma, ta] = this.coverage(sa, sb, true);
    const [mb, tb] = this.coverage(sb, sa, true);
    let shared = 0;
    for (const s of sa) if (sb.has(s) && !this.names.has(s)) shared++;
    return { cover: ta && tb ? Math.min(ma / ta, mb / tb) : 0, shared };
  }

  /** TF-IDF vector of a unit (binary term frequency), for centroids. */
  vector(unit: Unit): Map<string, number> {
    return this.vectorOf(this.stemsOf(unit));
  }

  vectorOf(stems: Iterable<string>): Map<string, number> {
    const v = new Map<string, number>();
    for (const s of stems) v.set(s, this.weight(s));
    return v;
  }
}

export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, x] of a) {
    na += x * x;
    const y = b.get(k);
    if (y !== undefined) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
