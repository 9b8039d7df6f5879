import type { Coverage } from '../core/types.js';
import { tokenize } from './tokens.js';
import type { Unit } from './units.js';

/** Word-set overlap (Jaccard) at which two sentences are copies of one text. */
export const COPY_OVERLAP = 0.8;
/** Sentences shorter than this (outside quotations) are too short to tell a copy from a coincidence. */
export const COPY_MIN_WORDS = 6;
/** Two documents whose sentences are copies at this rate are one source (wire text run twice). */
export const COPY_DOC_SHARE = 0.5;

const QUOTED = /"[^"]*"|“[^”]*”|‘[^’]*’|«[^»]*»/g;

/**
 * The sentence's own words, quotations left out: two outlets quoting the same words are
 * two sources; two outlets printing the same narrative sentence are one.
 */
const narrative = new WeakMap<Unit, Set<string>>();
function narrativeWords(unit: Unit): Set<string> {
  let words = narrative.get(unit);
  if (!words) {
    words = new Set(tokenize(unit.text.replace(QUOTED, ' ')).map((t) => t.lower));
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
    const byDoc = new Map<string, Unit[]>(coverage.docs.map((d) => [d.id, []]));
    for (const u of units) byDoc.get(u.doc)?.push(u);
    const docs = [...byDoc.entries()].filter(([, us]) => us.length > 0);
    for (let i = 0; i < docs.length; i++) {
      for (let j = i + 1; j < docs.length; j++) {
        const [small, large] = docs[i][1].length <= docs[j][1].length ? [docs[i][1], docs[j][1]] : [docs[j][1], docs[i][1]];
        const copied = small.filter((u) => large.some((v) => areCopies(u, v))).length;
        if (copied >= 2 && copied / small.length >= COPY_DOC_SHARE) this.groups.union(docs[i][0], docs[j][0]);
      }
    }
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
