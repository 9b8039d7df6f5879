import type { SourceIndependence } from '../claims/index.js';
import type { Coverage } from '../core/types.js';
import { cleanTitle } from './title.js';
import { contentTokens } from './words.js';

/** Sources that must use a word for it to count as shared (fewer when the coverage has fewer). */
export const CONSENSUS_SOURCES = 2;

const stemsOf = (text: string, language: string | undefined) => contentTokens(text, language).map((t) => t.stem);

function countInto(counts: Map<string, number>, stems: string[]): void {
  for (const s of stems) counts.set(s, (counts.get(s) ?? 0) + 1);
}

/**
 * What the independent sources say in common, as a bag of words: each content word's stem
 * with the number of times at least two sources use it (the second-highest count among them).
 * A source's words are its headline and its text; copies of one text (one source group)
 * count once, at their highest. A word only one outlet uses is left out: a neutral
 * summary states what the outlets agree on. With a single source, or sources that share
 * no word at all, every word counts.
 */
export function consensusWords(coverage: Coverage, independence: SourceIndependence): Map<string, number> {
  const bySource = new Map<string, Map<string, number>>();
  for (const doc of coverage.docs) {
    const own = new Map<string, number>();
    const title = doc.title?.trim();
    if (title) countInto(own, stemsOf(cleanTitle(title, doc.site), doc.language));
    countInto(own, stemsOf(doc.text, doc.language));
    const group = independence.groupOf(doc.id);
    const source = bySource.get(group);
    if (!source) bySource.set(group, own);
    else for (const [s, n] of own) source.set(s, Math.max(n, source.get(s) ?? 0));
  }
  const perStem = new Map<string, number[]>();
  for (const counts of bySource.values()) {
    for (const [s, n] of counts) {
      const list = perStem.get(s) ?? [];
      list.push(n);
      perStem.set(s, list);
    }
  }
  const shared = (needed: number) => {
    const out = new Map<string, number>();
    for (const [s, list] of perStem) {
      if (list.length < needed) continue;
      list.sort((a, b) => b - a);
      out.set(s, list[needed - 1]);
    }
    return out;
  };
  const out = shared(Math.min(CONSENSUS_SOURCES, bySource.size));
  // Sources with no word in common (not one event): each source's words count.
  return out.size > 0 ? out : shared(1);
}
