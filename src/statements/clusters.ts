/**
 * Word clusters (data/models/word-clusters.json, built from GloVe vectors by
 * `npm run train -- clusters`): words used alike in news text share a cluster, so a word
 * never seen in training ("asserted") is read like its kin ("said", "stated"). Each word has
 * a fine cluster and a coarse one that holds it.
 */
import { existsSync, readFileSync } from 'node:fs';

export const wordClustersUrl = new URL('../../data/models/word-clusters.json', import.meta.url);

export interface WordClusterFile {
  source: string;
  command: string;
  /** Coarse cluster of each fine cluster. */
  coarseOfFine: number[];
  /** The words of each fine cluster, space-separated, most frequent first. */
  clusters: string[];
}

export interface WordCluster {
  fine: number;
  coarse: number;
}

let table: Map<string, WordCluster> | undefined;

function load(): Map<string, WordCluster> {
  if (!table) {
    table = new Map();
    if (!existsSync(wordClustersUrl)) return table;
    const data = JSON.parse(readFileSync(wordClustersUrl, 'utf8')) as WordClusterFile;
    data.clusters.forEach((words, fine) => {
      const entry = { fine, coarse: data.coarseOfFine[fine] };
      for (const w of words.split(' ')) table!.set(w, entry);
    });
  }
  return table;
}

/** The clusters of a lowercase word, or undefined for a word outside the vocabulary. */
export function wordCluster(lower: string): WordCluster | undefined {
  return load().get(lower);
}
