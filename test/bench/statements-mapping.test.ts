import { describe, expect, it } from 'vitest';
import { asAttributions, bareDoc } from '../../bench/statements/index.js';
import { findStatements } from '../../src/statements/index.js';

describe('statements as PolNeAR attributions', () => {
  it('makes a continuing quotation one more piece of the content it continues', () => {
    const text =
      '“The levee held,” said mayor Ines Calder. Crews worked through the night.\n\n“We will know more by noon.”\n\nThe road stays closed.';
    const attributions = asAttributions(findStatements(bareDoc('d', text)));
    expect(attributions).toHaveLength(1);
    const [only] = attributions;
    expect(only.cue.map((c) => text.slice(c.start, c.end))).toEqual(['said']);
    expect(only.sources.map((c) => text.slice(c.start, c.end))).toEqual(['mayor Ines Calder']);
    expect(only.contents.map((c) => text.slice(c.start, c.end))).toEqual(['“The levee held,”', '“We will know more by noon.”']);
  });
});
