import { describe, expect, it } from 'vitest';
import { countWords, lowerWords, quotationState, wordSpans } from '../../src/language/index.js';

const words = (text: string) => wordSpans(text).map((s) => text.slice(s.start, s.end));

describe('words', () => {
  it('counts spaced scripts by whitespace, punctuation included in the word it touches', () => {
    expect(words('The dam held, “barely”, officials said.')).toEqual(['The', 'dam', 'held,', '“barely”,', 'officials', 'said.']);
    expect(countWords('  The dam  held. ')).toBe(3);
  });

  it('splits Chinese, Japanese and Thai into words, not one word per sentence', () => {
    // "The fire brigade moved three hundred residents to safety."
    const zh = '消防队将三百名居民转移到安全地带。';
    expect(countWords(zh)).toBeGreaterThan(5);
    expect(lowerWords(zh)).toContain('居民');
    expect(words(zh).join('')).toBe(zh);
    // "The governor of Tokyo held a press conference on Tuesday."
    expect(lowerWords('東京都の知事は火曜日に会見した。')).toContain('火曜日');
    // "The governor said two people are missing."
    expect(lowerWords('ผู้ว่าราชการกล่าวว่ามีผู้สูญหายสองคน').length).toBeGreaterThan(5);
  });

  it('joins a name the word breaker cuts into single characters', () => {
    // "Mayor Anna Keller said": the breaker does not know the transliterated surname.
    expect(lowerWords('市长安娜·凯勒说')).toContain('凯勒');
    // Function characters stay apart: "in Talheim".
    expect(lowerWords('在塔海姆')[0]).toBe('在');
  });

  it('keeps the opening punctuation with the word it opens', () => {
    const text = '他说：“我们不会放弃。”';
    expect(words(text).join('')).toBe(text);
    expect(words(text).at(-1)).toMatch(/。”$/);
  });

  it('keeps vowel signs inside Indic words', () => {
    // "A flood came to the city."
    expect(lowerWords('नगर में बाढ़ आई है')).toEqual(['नगर', 'में', 'बाढ़', 'आई', 'है']);
  });
});

describe('quotationState', () => {
  it('tells which words leave a quotation open, and whether the sentence ends one it never opened', () => {
    const opened = quotationState('He said: “We stay. They go');
    expect(opened.words.map((w) => w.closed)).toEqual([true, true, false, false, false, false]);
    expect(opened.continuesQuotation).toBe(false);
    expect(quotationState('The crew closed the gates before dawn."').continuesQuotation).toBe(true);
    expect(quotationState('She called it "a mistake" on Monday.').continuesQuotation).toBe(false);
    // A closing mark a capture spaced off, before the attribution; not a spaced opening one.
    expect(quotationState('I saw the wall fall, " said the ferryman on Monday.').continuesQuotation).toBe(true);
    expect(quotationState('The ferryman said, " We saw the wall fall."').continuesQuotation).toBe(false);
    expect(quotationState('"We saw the wall fall, " the ferryman said.').continuesQuotation).toBe(false);
    expect(quotationState('The “Iron Lady” retired.').words.map((w) => w.closed)).toEqual([true, false, true, true]);
  });
});
