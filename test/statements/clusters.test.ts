import { describe, expect, it } from 'vitest';
import { wordCluster } from '../../src/statements/clusters.js';
import { statementsOf } from './helpers.js';

describe('word clusters', () => {
  it('puts words used alike in news in one cluster, and has none for a word outside the vocabulary', () => {
    const asserted = wordCluster('asserted');
    expect(asserted).toBeDefined();
    expect(wordCluster('insisted')).toEqual(asserted);
    expect(wordCluster('restated')).toEqual(asserted);
    expect(wordCluster('spokesman')?.fine).toBe(wordCluster('said')?.fine);
    expect(wordCluster('said')?.coarse).not.toBe(asserted?.coarse);
    expect(wordCluster('qzxwvtq')).toBeUndefined();
  });

  it('tags a cue verb PolNeAR train never uses by the cluster it shares with verbs it does', () => {
    // "restated" does not occur in the training articles.
    const [statement] = statementsOf('Officials in the capital restated on Monday that the deal was not dead.');
    expect(statement?.cue.text).toBe('restated');
    expect(statement?.text).toBe('that the deal was not dead');
  });
});
