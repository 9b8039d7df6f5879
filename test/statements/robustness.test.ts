import { describe, expect, it } from 'vitest';
import { statementsOf } from './helpers.js';

describe('bad input', () => {
  it.each([
    ['empty', ''],
    ['whitespace', ' \n\n \t '],
    ['marks only', '“”«»„“‘’「」"\'\n'.repeat(50)],
    ['junk', '\u0000\u0001��\uFFFD'.repeat(200)],
    ['one long line', 'word, '.repeat(20000)],
    ['lone surrogates', '\uD800 said \uDC00 “x” he said'],
    // The tagger's source for the last quotation is its closing mark alone, at the end of the text.
    [
      'a source that is only a closing mark',
      '“It was settled before anyone asked,” she wrote, speaking of the two aides.\n\n“I recall that Sam was also asked if the mayor ever noticed the account and he said something like the mayor likely had better things to do than read staff addresses.”\n',
    ],
  ])('copes with %s', (_, text) => {
    const statements = statementsOf(text);
    for (const s of statements) {
      expect(s.span.start).toBeGreaterThanOrEqual(0);
      expect(s.span.end).toBeLessThanOrEqual(text.length);
    }
  });

  it('stays fast on a long article full of quotes and names', () => {
    const paragraph = (i: number) =>
      `“We will finish section ${i} on time,” said engineer Mara Quill${i}. She added that the budget was safe. The minister said the plan was sound.`;
    const text = Array.from({ length: 3000 }, (_, i) => paragraph(i)).join('\n\n');
    const t0 = performance.now();
    const statements = statementsOf(text);
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(statements.length).toBeGreaterThan(3000);
  });
});
