import { postingsOf } from '../core/postings.js';
import type { Doc } from '../core/types.js';
import { lowerWords } from '../language/index.js';

/** Word n-grams this long identify shared passages, not shared phrases. */
const SHINGLE = 5;
/** Share of the shorter document's shingles found in the other that makes them copies. */
const COPY_CONTAINMENT = 0.7;

function shingles(text: string): Set<string> {
  const words = lowerWords(text);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

/**
 * Groups of documents that are copies of one another: syndicated wire text, the same
 * story captured twice, a translation-free re-post. Each group lists document ids in
 * input order; documents without a copy are not listed.
 */
export function findDuplicates(docs: Doc[]): string[][] {
  const sets = docs.map((d) => shingles(d.text));
  const parent = docs.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  // Only documents that share a passage can be copies: they are found through the passages.
  const postings = postingsOf(sets);
  const shared = new Map<number, number>();
  for (let i = 0; i < docs.length; i++) {
    shared.clear();
    for (const s of sets[i]) for (const j of postings.get(s)!) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, n] of shared) {
      if (n / Math.min(sets[i].size, sets[j].size) >= COPY_CONTAINMENT) parent[root(j)] = root(i);
    }
  }
  const groups = new Map<number, string[]>();
  docs.forEach((doc, i) => {
    const group = groups.get(root(i));
    if (group) group.push(doc.id);
    else groups.set(root(i), [doc.id]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}
