import { describe, expect, it } from 'vitest';
import { segmentsOf } from '../../src/language/index.js';

const sentenceBreaker = new Intl.Segmenter('en', { granularity: 'sentence' });
const wordBreaker = new Intl.Segmenter('zh', { granularity: 'word' });

const pieces = (segments: Iterable<Intl.SegmentData>) => [...segments].map((s) => [s.index, s.segment]);

/** A segmenter that records the length of every text it is asked to walk. */
function recording(inner: Intl.Segmenter): { segmenter: Intl.Segmenter; lengths: number[] } {
  const lengths: number[] = [];
  const segmenter = Object.create(inner) as Intl.Segmenter;
  segmenter.segment = (text: string) => {
    lengths.push(text.length);
    return inner.segment(text);
  };
  segmenter.resolvedOptions = () => inner.resolvedOptions();
  return { segmenter, lengths };
}

describe('segmentsOf', () => {
  const text = Array.from({ length: 40 }, (_, i) => `Crews moved ${i} sandbags to the dyke on Friday. “Hold the line,” Mr. Varga said.`).join(' ');

  it('gives the segments the segmenter gives for the whole text, with offsets into it', () => {
    expect(pieces(segmentsOf(sentenceBreaker, text, 300))).toEqual(pieces(sentenceBreaker.segment(text)));
    const chinese = '市政府星期二表示，洪水已经退去。居民可以返回家园，学校下周复课。'.repeat(12);
    expect(pieces(segmentsOf(wordBreaker, chinese, 40))).toEqual(pieces(wordBreaker.segment(chinese)));
  });

  it('keeps a sentence whole when a window has to end inside it', () => {
    const long = `${'non, '.repeat(200)}dit-elle. Puis elle part.`;
    expect(pieces(segmentsOf(sentenceBreaker, long, 100))).toEqual(pieces(sentenceBreaker.segment(long)));
  });

  it('never hands the segmenter more than a window of text, however long the text', () => {
    const { segmenter, lengths } = recording(sentenceBreaker);
    expect([...segmentsOf(segmenter, text, 300)].map((s) => s.segment).join('')).toBe(text);
    expect(lengths.length).toBeGreaterThan(10);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(300);
  });

  it('cuts a text with no break at all anyway, keeping surrogate pairs whole', () => {
    const run = '𝔸'.repeat(50);
    const segments = [...segmentsOf(wordBreaker, run, 21)];
    expect(segments.map((s) => s.segment).join('')).toBe(run);
    expect(segments.every((s) => !/^[\uDC00-\uDFFF]/.test(s.segment))).toBe(true);
  });
});
