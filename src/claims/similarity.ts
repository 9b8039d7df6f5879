import type { Unit } from './units.js';
import { synonymGroups } from './wordnet.js';

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
  /** Per unit: WordNet synonym group -> the unit's stems in that group. */
  private readonly groups = new Map<string, Map<number, string[]>>();
  private readonly scores = new Map<string, { score: number; cover: number }>();

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
    for (const [id, set] of this.stems) this.groups.set(id, groupStems(set));
  }

  weight(stem: string): number {
    return this.idf.get(stem) ?? 0;
  }

  stemsOf(unit: Unit): Set<string> {
    return this.stems.get(unit.id) ?? new Set(unit.features.stems);
  }

  /** Matched weight of `a`'s words in `b`, and `a`'s total weight (names left out with `content`). */
  private coverage(a: ReadonlySet<string>, b: ReadonlySet<string>, bGroups: Map<number, string[]>, content = false): [number, number] {
    let matched = 0;
    let total = 0;
    for (const s of a) {
      if (content && this.names.has(s)) continue;
      const w = this.weight(s);
      total += w;
      if (b.has(s)) matched += w;
      else {
        let best = 0;
        for (const g of synonymGroups(s)) {
          for (const t of bGroups.get(g) ?? []) best = Math.max(best, SYNONYM_CREDIT * Math.min(w, this.weight(t)));
        }
        matched += best;
      }
    }
    return [matched, total];
  }

  private groupsOf(unit: Unit): Map<number, string[]> {
    return this.groups.get(unit.id) ?? groupStems(this.stemsOf(unit));
  }

  /**
   * `score`: symmetric (Dice over weights): how far the two sentences say the same thing.
   * `cover`: the larger share of one sentence found in the other, for a short sentence
   * inside a longer one.
   */
  compare(a: Unit, b: Unit): { score: number; cover: number } {
    const key = a.id < b.id ? `${a.id} ${b.id}` : `${b.id} ${a.id}`;
    let result = this.scores.get(key);
    if (!result) {
      const [ma, ta] = this.coverage(this.stemsOf(a), this.stemsOf(b), this.groupsOf(b));
      const [mb, tb] = this.coverage(this.stemsOf(b), this.stemsOf(a), this.groupsOf(a));
      result = ta === 0 || tb === 0 ? { score: 0, cover: 0 } : { score: (ma + mb) / (ta + tb), cover: Math.max(ma / ta, mb / tb) };
      this.scores.set(key, result);
    }
    return result;
  }

  /**
   * What the two sentences say beyond who is involved: the smaller share of either's
   * non-name words found in the other, and how many non-name stems they share exactly.
   */
  contentOverlap(a: Unit, b: Unit): { cover: number; shared: number } {
    return this.stemOverlap(this.stemsOf(a), this.stemsOf(b), this.groupsOf(a), this.groupsOf(b));
  }

  /** `contentOverlap` of two sets of stems, such as two clauses. */
  stemOverlap(
    sa: ReadonlySet<string>,
    sb: ReadonlySet<string>,
    ga = groupStems(sa),
    gb = groupStems(sb),
  ): { cover: number; shared: number } {
    const [ma, ta] = this.coverage(sa, sb, gb, true);
    const [mb, tb] = this.coverage(sb, sa, ga, true);
    return { cover: ta && tb ? Math.min(ma / ta, mb / tb) : 0, shared: this.sharedContent(sa, sb) };
  }

  /** How many stems other than names two sets share exactly. */
  sharedContent(sa: ReadonlySet<string>, sb: ReadonlySet<string>): number {
    let shared = 0;
    for (const s of sa) if (sb.has(s) && !this.names.has(s)) shared++;
    return shared;
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

/** WordNet synonym group -> the stems of `stems` in that group. */
function groupStems(stems: Iterable<string>): Map<number, string[]> {
  const byGroup = new Map<number, string[]>();
  for (const s of stems) for (const g of synonymGroups(s)) byGroup.set(g, [...(byGroup.get(g) ?? []), s]);
  return byGroup;
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
