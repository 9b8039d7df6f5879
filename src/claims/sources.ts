import type { Coverage } from '../core/types.js';
import { QUOTATION } from './lexicon.js';
import { tokenize } from './tokens.js';
import type { Unit } from './units.js';

/** Word-set overlap (Jaccard) at which two sentences are copies of one text. */
export const COPY_OVERLAP = 0.8;
/** Sentences shorter than this (outside quotations) are too short to tell a copy from a coincidence. */
export const COPY_MIN_WORDS = 6;
/** Two documents whose sentences are copies at this rate are one source (wire text run twice). */
export const COPY_DOC_SHARE = 0.5;

/**
 * The sentence's own words, quotations left out: two outlets quoting the same words are
 * two sources; two outlets printing the same narrative sentence are one.
 */
const narrative = new WeakMap<Unit, Set<string>>();
function narrativeWords(unit: Unit): Set<string> {
  let words = narrative.get(unit);
  if (!words) {
    words = new Set(tokenize(unit.text.replace(QUOTATION, ' ')).map((t) => t.lower));
    narrative.set(unit, words);
  }
  return words;
}

export function areCopies(a: Unit, b: Unit): boolean {
  const wa = narrativeWords(a);
  const wb = narrativeWords(b);
  if (Math.min(wa.size, wb.size) < COPY_OVERLAP * Math.max(wa.size, wb.size)) return false;
  if (wa.size < COPY_MIN_WORDS || wb.size < COPY_MIN_WORDS) return false;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / (wa.size + wb.size - shared) >= COPY_OVERLAP;
}

/**
 * The pairs of sentences that are copies (`areCopies`), without comparing every pair: two
 * word sets that overlap by COPY_OVERLAP (Jaccard) share one of the rarest words of each
 * (the rarest |s| - floor(COPY_OVERLAP * |s|) + 1 of a set s: prefix filtering), so only
 * sentences that do are compared.
 */
function copyPairs(units: Unit[]): [Unit, Unit][] {
  const sets = units.map(narrativeWords);
  const df = new Map<string, number>();
  for (const set of sets) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  const rarestFirst = (a: string, b: string) => df.get(a)! - df.get(b)! || (a < b ? -1 : a > b ? 1 : 0);
  const postings = new Map<string, number[]>();
  const pairs: [Unit, Unit][] = [];
  sets.forEach((set, i) => {
    if (set.size < COPY_MIN_WORDS) return;
    const seen = new Set<number>();
    for (const w of [...set].sort(rarestFirst).slice(0, set.size - Math.floor(COPY_OVERLAP * set.size) + 1)) {
      const posting = postings.get(w) ?? [];
      for (const j of posting) {
        if (seen.has(j)) continue;
        seen.add(j);
        if (areCopies(units[j], units[i])) pairs.push([units[j], units[i]]);
      }
      posting.push(i);
      postings.set(w, posting);
    }
  });
  return pairs;
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(x, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/**
 * Which documents are independent sources. Documents are one source when the events
 * stage groups them as copies (`coverage.duplicates`), when they come from the same
 * outlet, or when most sentences of one are copies of sentences of the other.
 */
export class SourceIndependence {
  private readonly groups = new UnionFind();

  constructor(coverage: Coverage, units: Unit[]) {
    for (const group of coverage.duplicates ?? []) for (const id of group.slice(1)) this.groups.union(group[0], id);
    const byOutlet = new Map<string, string>();
    for (const doc of coverage.docs) {
      const outlet = doc.source?.trim().toLowerCase();
      if (!outlet) continue;
      const first = byOutlet.get(outlet);
      if (first) this.groups.union(first, doc.id);
      else byOutlet.set(outlet, doc.id);
    }
    this.joinCopiedDocuments(coverage, units);
  }

  private joinCopiedDocuments(coverage: Coverage, units: Unit[]): void {
    const n = coverage.docs.length;
    const indexOf = new Map(coverage.docs.map((d, i) => [d.id, i]));
    const size = new Array<number>(n).fill(0);
    for (const u of units) size[indexOf.get(u.doc)!]++;
    // i * n + j -> the sentences of document i that have a copy in document j.
    const copiedInto = new Map<number, Set<Unit>>();
    const note = (u: Unit, i: number, j: number) => copiedInto.set(i * n + j, (copiedInto.get(i * n + j) ?? new Set()).add(u));
    for (const [a, b] of copyPairs(units)) {
      const [i, j] = [indexOf.get(a.doc)!, indexOf.get(b.doc)!];
      if (i === j) continue;
      note(a, i, j);
      note(b, j, i);
    }
    const joined: [number, number][] = [];
    for (const key of copiedInto.keys()) {
      const [i, j] = [Math.floor(key / n), key % n];
      if (i > j) continue;
      // The smaller document's sentences, the earlier one's when they are as long.
      const [small, large] = size[i] <= size[j] ? [i, j] : [j, i];
      const copied = copiedInto.get(small * n + large)?.size ?? 0;
      if (copied >= 2 && copied / size[small] >= COPY_DOC_SHARE) joined.push([i, j]);
    }
    joined.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
    for (const [i, j] of joined) this.groups.union(coverage.docs[i].id, coverage.docs[j].id);
  }

  /** The source group a document belongs to. */
  groupOf(doc: string): string {
    return this.groups.find(doc);
  }

  /** Independent sources behind these sentences: one per source group, copied sentences counted once. */
  count(units: Unit[]): number {
    const local = new UnionFind();
    for (let i = 0; i < units.length; i++) {
      for (let j = i + 1; j < units.length; j++) {
        const gi = this.groupOf(units[i].doc);
        const gj = this.groupOf(units[j].doc);
        if (gi !== gj && areCopies(units[i], units[j])) local.union(gi, gj);
      }
    }
    return new Set(units.map((u) => local.find(this.groupOf(u.doc)))).size;
  }
}
