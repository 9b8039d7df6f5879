import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/core/types.js';
import { isSpeech } from '../../src/statements/index.js';

const statement = (kind: Statement['kind'], lemma: string): Statement => ({
  id: 's', doc: 'd', speaker: { name: 'X' }, text: 'y', span: { start: 0, end: 1 }, kind, cue: { text: lemma, lemma },
});

describe('isSpeech', () => {
  it('accepts quoted words, colon and speaker lines, and cues of saying, writing or thinking', () => {
    expect(isSpeech(statement('direct', 'open'))).toBe(true);
    expect(isSpeech(statement('reported', ':'))).toBe(true);
    expect(isSpeech(statement('reported', ''))).toBe(true);
    for (const lemma of ['say', 'according to', 'believe', 'write', 'announce', 'thank']) expect(isSpeech(statement('reported', lemma))).toBe(true);
  });

  it('rejects reported acts that are not words ("Engineers opened the gates")', () => {
    for (const lemma of ['open', 'evacuate', 'unleash']) expect(isSpeech(statement('reported', lemma))).toBe(false);
  });
});
