import type { Doc } from '../core/types.js';
import { lowerWords, stemWord, stopwordsOf } from '../language/index.js';

/** Settings of the event grouping (see `groupEvents`). */
export const EVENT_GROUPING = {
  /** Two groups are one event when their documents are this alike on average. */
  threshold: 0.25,
  /**
   * How much a word of a name the document mentions (people, organisations, places)
   * counts again as a name, beside its count as a word: two events of one kind ("an
   * actress enters rehab", "a quake strikes Iran") share their vocabulary and differ in
   * who and where. 0 leaves names as plain words.
   */
  nameWeight: 1,
  /**
   * The most documents grouped at once: the grouping holds a table of every pair's
   * likeness (4,910 documents: 3.2 s and 370 MB in all; 10,000: 400 MB for the table).
   */
  maxDocuments: 10_000,
};

/** Documents grouped as coverage of one event. */
export interface EventGroup {
  id: string;
  /** Document ids, in input order. */
  docs: string[];
  /** The document most like the others: its title names the event. */
  representative: string;
}

/** A sparse vector: word ids in increasing order and their weights. */
interface Vector {
  ids: Int32Array;
  weights: Float64Array;
}

/** Content words (stems, no function words) of a document's title and text. */
function contentWords(doc: Doc): string[] {
  const stop = stopwordsOf(doc.language ?? 'en');
  const text = doc.title && !doc.text.startsWith(doc.title) ? `${doc.title}\n${doc.text}` : doc.text;
  return lowerWords(text)
    .filter((w) => /^\p{L}/u.test(w) && w.length > 1 && !stop?.has(w))
    .map((w) => stemWord(w, doc.language));
}

/** Words of the names the entities stage found in the document (pronouns left out). */
function nameWords(doc: Doc): string[] {
  return (doc.mentions ?? []).filter((m) => !m.pronoun).flatMap((m) => lowerWords(m.text).filter((w) => w.length > 1));
}

/**
 * TF-IDF vectors of unit length: log-scaled counts, weighted by rarity across the
 * documents, and by `weightOf` (names weigh more). A word of one document only tells
 * nothing about which documents go together. The rarity is smoothed (a word in every
 * document still weighs 1): in a handful of documents about one event, every document uses
 * the event's words, and plain IDF would weigh exactly those at nothing.
 */
function vectors(bags: string[][], weightOf: (word: string) => number): Vector[] {
  const ids = new Map<string, number>();
  const df: number[] = [];
  for (const bag of bags) {
    for (const w of new Set(bag)) {
      let id = ids.get(w);
      if (id === undefined) ids.set(w, (id = df.length));
      df[id] = (df[id] ?? 0) + 1;
    }
  }
  const weights = [...ids.keys()].map(weightOf);
  return bags.map((bag) => {
    const counts = new Map<number, number>();
    for (const w of bag) counts.set(ids.get(w)!, (counts.get(ids.get(w)!) ?? 0) + 1);
    const entries: [number, number][] = [];
    let norm = 0;
    for (const [id, n] of counts) {
      if (df[id] < 2 || weights[id] === 0) continue;
      const x = weights[id] * (1 + Math.log(n)) * (Math.log((1 + bags.length) / (1 + df[id])) + 1);
      entries.push([id, x]);
      norm += x * x;
    }
    entries.sort((a, b) => a[0] - b[0]);
    const length = Math.sqrt(norm);
    return { ids: Int32Array.from(entries, (e) => e[0]), weights: Float64Array.from(entries, (e) => e[1] / length) };
  });
}

function dot(a: Vector, b: Vector): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    if (a.ids[i] < b.ids[j]) i++;
    else if (a.ids[i] > b.ids[j]) j++;
    else sum += a.weights[i++] * b.weights[j++];
  }
  return sum;
}

/** Marks a word of a name, so that it counts once as a word and once more as a name. */
const NAME = '\u0000';

/**
 * Likeness of documents: the cosine of their vectors. `pair` gives one pair's; `matrix`
 * all of them, summed word by word over the documents that use each word (much faster
 * than pair by pair, since most pairs share few words).
 */
function likeness(docs: Doc[], nameWeight: number) {
  const bags = docs.map((d) => [...contentWords(d), ...nameWords(d).map((w) => NAME + w)]);
  const v = vectors(bags, (w) => (w.startsWith(NAME) ? nameWeight : 1));
  return {
    pair: (i: number, j: number) => dot(v[i], v[j]),
    matrix(): Float32Array[] {
      const rows = docs.map(() => new Float32Array(docs.length));
      // Each word's documents, in input order, with its weight in each.
      const postings = new Map<number, { doc: number; x: number }[]>();
      v.forEach(({ ids, weights }, doc) => {
        ids.forEach((id, k) => {
          const list = postings.get(id);
          if (list) list.push({ doc, x: weights[k] });
          else postings.set(id, [{ doc, x: weights[k] }]);
        });
      });
      for (const list of postings.values()) {
        for (let a = 0; a < list.length; a++) {
          const row = rows[list[a].doc];
          const x = list[a].x;
          for (let b = a + 1; b < list.length; b++) row[list[b].doc] += x * list[b].x;
        }
      }
      // Each pair was summed into the row of its earlier document: mirror it.
      for (let i = 0; i < rows.length; i++) for (let j = i + 1; j < rows.length; j++) rows[j][i] = rows[i][j];
      return rows;
    },
  };
}

/**
 * Average-link agglomerative clustering by the nearest-neighbour chain, which finds the
 * same merges as merging the most alike pair first, in O(n²): follow each group's most
 * alike neighbour until two groups are each other's, merge them and update the likeness
 * rows (Lance-Williams). Groups stop merging below `threshold`. `sim` is overwritten.
 */
export function averageLink(sim: Float32Array[], threshold: number): number[][] {
  const n = sim.length;
  const members: (number[] | undefined)[] = Array.from({ length: n }, (_, i) => [i]);
  const active = new Set(members.map((_, i) => i));
  // Groups that can merge with nothing above the threshold are final.
  const done: number[][] = [];
  const chain: number[] = [];
  while (active.size > 0) {
    if (chain.length === 0) chain.push(active.values().next().value!);
    const top = chain[chain.length - 1];
    let best = -1;
    let bestSim = -Infinity;
    for (const k of active) {
      if (k === top) continue;
      const s = sim[top][k];
      // Ties go to the group before on the chain, so that the chain cannot cycle.
      if (s > bestSim || (s === bestSim && k === chain[chain.length - 2])) {
        best = k;
        bestSim = s;
      }
    }
    if (best < 0 || bestSim < threshold) {
      // Every merge the top could make lies below the threshold, and merges only lower likeness.
      active.delete(top);
      done.push(members[top]!);
      chain.pop();
      continue;
    }
    if (chain.length >= 2 && best === chain[chain.length - 2]) {
      chain.pop();
      chain.pop();
      const [a, b] = [top, best];
      const [na, nb] = [members[a]!.length, members[b]!.length];
      for (const k of active) {
        if (k === a || k === b) continue;
        sim[a][k] = sim[k][a] = (na * sim[a][k] + nb * sim[b][k]) / (na + nb);
      }
      members[a]!.push(...members[b]!);
      members[b] = undefined;
      active.delete(b);
    } else chain.push(best);
  }
  return done;
}

/**
 * Group documents into the events they cover. Documents are alike by the words and the
 * names they share, weighted by rarity in the input (TF-IDF, cosine); groups merge while
 * their documents are `threshold` alike on average. Events come largest first, then in
 * input order; each lists its documents in input order.
 */
export function groupEvents(docs: Doc[], settings: Partial<Omit<typeof EVENT_GROUPING, 'maxDocuments'>> = {}): EventGroup[] {
  if (docs.length > EVENT_GROUPING.maxDocuments) {
    throw new RangeError(`${docs.length} documents are too many to group into events at once (at most ${EVENT_GROUPING.maxDocuments}); split them, by date or by source`);
  }
  const threshold = settings.threshold ?? EVENT_GROUPING.threshold;
  const nameWeight = settings.nameWeight ?? EVENT_GROUPING.nameWeight;
  if (docs.length === 0) return [];
  const like = likeness(docs, nameWeight);
  const groups = averageLink(like.matrix(), threshold).map((g) => g.sort((a, b) => a - b));
  groups.sort((a, b) => b.length - a.length || a[0] - b[0]);
  return groups.map((g, k) => {
    const totals = g.map((i) => g.reduce((sum, j) => (j === i ? sum : sum + like.pair(i, j)), 0));
    const central = g[totals.reduce((best, t, m) => (t > totals[best] + 1e-9 ? m : best), 0)];
    return { id: `e${k + 1}`, docs: g.map((i) => docs[i].id), representative: docs[central].id };
  });
}

/** The documents of the event `id` among `events` (as `groupEvents` numbers them), or undefined when there is none. */
export function documentsOfEvent(docs: Doc[], events: EventGroup[], id: string): Doc[] | undefined {
  const chosen = events.find((e) => e.id === id);
  if (!chosen) return undefined;
  const ids = new Set(chosen.docs);
  return docs.filter((d) => ids.has(d.id));
}
