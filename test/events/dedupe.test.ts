import { describe, expect, it } from 'vitest';
import { findDuplicates } from '../../src/events/index.js';
import { textDoc } from '../helpers/docs.js';

const makeDoc = (id: string, text: string) => textDoc({ id, source: id, text });

const wire =
  'Engineers opened the spillway gates of the dam on Tuesday morning after record rain. Some 1,800 people were evacuated from low-lying streets, officials said. The province set up an emergency fund for flooded households.';

describe('findDuplicates', () => {
  it('groups a syndicated copy with its original, even with its own boilerplate, and leaves other reports alone', () => {
    const docs = [
      makeDoc('wire', wire),
      makeDoc('copy', `From the wire service.\n\n${wire}\n\nSubscribe to the print edition.`),
      makeDoc('own', 'Our reporter saw the water reach Mill Lane at seven. Hundreds of residents left their homes with what they could carry.'),
    ];
    expect(findDuplicates(docs)).toEqual([['wire', 'copy']]);
  });

  it('does not group documents that only share short phrases', () => {
    const docs = [
      makeDoc('a', 'The spillway gates of the dam were opened on Tuesday. The mayor was angry about the late warning.'),
      makeDoc('b', 'Officials said the spillway gates of the dam worked as designed, and the fund opens on Monday for all.'),
    ];
    expect(findDuplicates(docs)).toEqual([]);
  });
});
