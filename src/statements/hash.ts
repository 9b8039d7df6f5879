/**
 * 32-bit feature hashing. Token attributes are hashed once from strings; features are
 * then combined from those hashes with integer mixing only, which keeps tagging fast.
 */

const memo = new Map<string, number>();

/** FNV-1a of a string, never 0 (0 marks an empty slot in the weight tables). */
export function hashString(s: string): number {
  const known = memo.get(s);
  if (known !== undefined) return known;
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h = h >>> 0 || 1;
  if (memo.size < 200_000) memo.set(s, h);
  return h;
}

/** Combine two hashes (order matters). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae35);
  h ^= h >>> 13;
  return h >>> 0 || 1;
}

export function mix3(a: number, b: number, c: number): number {
  return mix(mix(a, b), c);
}
