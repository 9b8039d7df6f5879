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

  it('finds copies in a script written without spaces, one edited word apart', () => {
    // "Engineers opened the dam's spillway on Tuesday morning after record rain. About 1,800 people were evacuated. The province set up an emergency fund."
    const story = '星期二早上，在创纪录的降雨之后，工程师打开了大坝的泄洪闸门。约一千八百人从低洼街道撤离。省政府为受灾家庭设立了紧急基金。';
    const docs = [makeDoc('wire', story), makeDoc('copy', `本文来自通讯社。\n\n${story.replace('设立了', '设立了一项')}`), makeDoc('own', '我们的记者七点钟看到水漫到了磨坊街。数百名居民带着能带的东西离开了家。')];
    expect(findDuplicates(docs)).toEqual([['wire', 'copy']]);
  });
});
