import { describe, expect, it } from 'vitest';
import { stemWord } from '../../src/language/index.js';

describe('stemWord', () => {
  it('stems English with Porter, as ROUGE does', () => {
    expect(stemWord('evacuated', 'en')).toBe(stemWord('evacuation', 'en'));
    expect(stemWord('residents', undefined)).toBe('resid');
  });

  it('stems other languages with their own Snowball stemmer', () => {
    expect(stemWord('inondations', 'fr')).toBe(stemWord('inondation', 'fr'));
    expect(stemWord('bewohnern', 'de')).toBe(stemWord('bewohner', 'de'));
    expect(stemWord('жителей', 'ru')).toBe(stemWord('жители', 'ru'));
    expect(stemWord('evacuados', 'es')).toBe(stemWord('evacuadas', 'es'));
  });

  it('leaves words of a language without a stemmer as they are, but for plain Latin words', () => {
    expect(stemWord('홍수가', 'ko')).toBe('홍수가');
    expect(stemWord('floods', 'ko')).toBe('flood');
  });
});
