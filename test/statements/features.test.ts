import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/statements/analysis.js';
import { cueFeatures, roleFeatures, roleWindow } from '../../src/statements/features.js';
import type { FeatureSequence } from '../../src/statements/tagger.js';

const text = [
  '“We will not back down,” the senator said on Tuesday, adding that the vote was “a disgrace.”',
  'Officials told reporters that talks would resume. “Nothing is settled,” said Maria Lopez, a spokeswoman.',
  'Mr. Lopez: “It is over.” According to the report, prices rose; analysts expect more.',
].join('\n');

/** FNV-1a over every hash of the sequences, with their shapes. */
function fingerprint(sequences: FeatureSequence[]): string {
  let h = 0x811c9dc5;
  const eat = (x: number) => (h = Math.imul(h ^ x, 0x01000193));
  for (const seq of sequences) {
    eat(seq.stride);
    eat(seq.length);
    seq.hashes.forEach(eat);
  }
  return (h >>> 0).toString(16);
}

describe('tagger features', () => {
  // The shipped weights were trained on these exact hashes, so computing them faster must
  // leave every one unchanged. The fingerprints were taken from the straightforward
  // implementation, before the role templates were mixed from per-cue prefixes.
  it('are the hashes the weights were trained on', () => {
    const a = analyze(text);
    const cue = a.sentences.map((_, s) => cueFeatures(a, s));
    // Every token as a one-token cue, and a two-token cue, covers every direction and cue frame.
    const role = a.tokens.map((_, t) => roleFeatures(a, t, t + 1, ...roleWindow(a, t, t + 1)));
    role.push(roleFeatures(a, 1, 3, ...roleWindow(a, 1, 3)));
    expect(fingerprint(cue)).toBe('8d4ef34c');
    expect(fingerprint(role)).toBe('81f028f3');
  });
});
