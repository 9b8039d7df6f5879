import { describe, expect, it } from 'vitest';
import { stopwordsOf } from '../../src/language/index.js';

describe('stopwordsOf', () => {
  it("takes the stopword package's list of the language", () => {
    expect(stopwordsOf('fr')?.has('avec')).toBe(true);
    expect(stopwordsOf('xx')).toBeUndefined();
  });

  it('keeps the nouns of the German list as content words', () => {
    expect(stopwordsOf('de')?.has('und')).toBe(true);
    expect(stopwordsOf('de')?.has('menschen')).toBe(false);
  });

  it('adds the forms of "be" and "have" that the shorter lists lack', () => {
    expect(stopwordsOf('es')?.has('fueron')).toBe(true);
    expect(stopwordsOf('pt')?.has('foram')).toBe(true);
  });
});
