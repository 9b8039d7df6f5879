/**
 * 32-bit feature hashing, as signed 32-bit integers (they stay small integers in V8). Token attributes are hashed once from strings; features are
 * then combined from those hashes with integer mixing only, which keeps tagging fast.
 */

/** FNV-1a of a string, never 0 (0 marks a pruned feature in training). */
export function hashString(s: string): number {
  return hashWith(0x811c9dc5, s);
}

/** FNV-1a of a string continued from `seed`: `hashWith(hashString(prefix), s)` hashes prefix + s without building it. */
export function hashWith(seed: number, s: string): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0 || 1;
}

/** Combine two hashes (order matters). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0xc2b2ae35);
  h ^= h >>> 13;
  return h | 0 || 1;
}

export function mix3(a: number, b: number, c: number): number {
  return mix(mix(a, b), c);
}
