import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../src/statements/quotes.js';

const inner = (text: string) => findQuotations(text).map((q) => text.slice(q.inner.start, q.inner.end));

describe('findQuotations', () => {
  it.each([
    ['“Curly double”', 'Curly double'],
    ['"Straight double"', 'Straight double'],
    ['«Guillemets»', 'Guillemets'],
    ['„German low-high“', 'German low-high'],
    ['‘Curly single’', 'Curly single'],
    ['「Corner brackets」', 'Corner brackets'],
  ])('pairs %s', (quoted, words) => {
    const text = `She said ${quoted} and left.`;
    const found = findQuotations(text);
    expect(found).toHaveLength(1);
    expect(found[0].closed).toBe(true);
    expect(text.slice(found[0].inner.start, found[0].inner.end)).toBe(words);
  });

  it('pairs French guillemets set apart by spaces, ordinary or narrow no-break', () => {
    expect(inner('Le maire a dit : « Nous reconstruirons le pont » hier.')).toEqual([' Nous reconstruirons le pont ']);
    expect(inner('«\u202fOui\u202f», a-t-elle répondu.')).toEqual(['\u202fOui\u202f']);
    expect(findQuotations('Un prix de 5 » et 6 « ne sont pas des citations.').filter((q) => q.closed)).toEqual([]);
  });

  it('closes a straight mark that a capture spaces from the punctuation ending the words', () => {
    expect(inner('"The roof fell on us, " Ana Ruiz told reporters. "We ran. " she added.')).toEqual(['The roof fell on us, ', 'We ran. ']);
    // Spaced from a word, a mark still neither opens nor closes.
    expect(findQuotations('The ratio was 5 " to 6 and " more.').filter((q) => q.closed)).toEqual([]);
  });

  it('keeps apostrophes out of single quotation marks', () => {
    expect(findQuotations("The mayor’s plan isn’t new, and the ’90s were different.")).toEqual([]);
    expect(inner("He called it 'a good start' and the team's view agreed.")).toEqual(['a good start']);
  });

  it('nests a quote inside a quote', () => {
    const text = '“He told me ‘never again’ twice,” she said.';
    const found = findQuotations(text);
    expect(found.map((q) => [text.slice(q.inner.start, q.inner.end), q.depth])).toEqual([
      ['He told me ‘never again’ twice,', 0],
      ['never again', 1],
    ]);
  });

  it('runs a quotation over paragraphs that each reopen it', () => {
    const text = '“First paragraph of the speech.\n\n“Second paragraph.\n\n“Last one.”\n\nNarration.';
    const found = findQuotations(text);
    expect(found).toHaveLength(1);
    expect(found[0].closed).toBe(true);
    expect(text.slice(found[0].start, found[0].end)).toBe('“First paragraph of the speech.\n\n“Second paragraph.\n\n“Last one.”');
  });

  it('ends an unbalanced quotation with its paragraph', () => {
    const text = 'He said “this never closes\n\nA new paragraph with more words.';
    const found = findQuotations(text);
    expect(found).toHaveLength(1);
    expect(found[0].closed).toBe(false);
    expect(found[0].end).toBe(text.indexOf('\n'));
  });

  it('ignores a stray closing mark', () => {
    expect(findQuotations('Nothing opened here” at all.')).toEqual([]);
  });

  it('copes with many unbalanced marks without running away', () => {
    const text = '“a '.repeat(5000) + '\n' + 'b” '.repeat(5000);
    const found = findQuotations(text);
    for (const q of found) expect(q.end - q.start).toBeLessThanOrEqual(text.indexOf('\n') + 1);
  });
});
