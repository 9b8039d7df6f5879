/**
 * Intl.Segmenter's iterator slows down with the length of the string it walks, quadratically
 * (measured on Node 20: a 0.9 MB line takes 11 s by sentence, a 0.23 MB one 18 s by word),
 * so a long text is walked in windows of at most this many characters.
 */
export const SEGMENT_WINDOW = 10_000;

/** After a sentence's end and its spaces: a sentence break. */
const SENTENCE_END = /[.!?…。！？][\p{Pf}\p{Pe}"'»]*\s+|[。！？]/gu;
/** After spaces or punctuation: a word break, but maybe inside a sentence. */
const WORD_ENDS = [/\s+/gu, /\p{P}+/gu];

/** Where a window that may run up to `limit` ends, in its second half, and whether a sentence ends there. */
function cutBefore(text: string, from: number, limit: number): { at: number; sentenceEnd: boolean } {
  const mid = from + Math.floor((limit - from) / 2);
  const region = text.slice(mid, limit);
  for (const cut of [SENTENCE_END, ...WORD_ENDS]) {
    let end = -1;
    for (const m of region.matchAll(cut)) end = m.index + m[0].length;
    if (end > 0) return { at: mid + end, sentenceEnd: cut === SENTENCE_END };
  }
  // No break at all: cut anyway, but never between the two halves of a surrogate pair.
  return { at: /[\uD800-\uDBFF]/.test(text[limit - 1]) ? limit - 1 : limit, sentenceEnd: false };
}

/**
 * The segments of `text`, as `segmenter.segment(text)` gives them, in linear time: a text
 * longer than `window` is segmented piece by piece, each piece ending after a sentence's
 * end where there is one, else after a space or punctuation. Sentences that run across a
 * cut that is no sentence end are joined back. Offsets are into `text`.
 */
export function* segmentsOf(segmenter: Intl.Segmenter, text: string, window = SEGMENT_WINDOW): Generator<Intl.SegmentData> {
  // Most texts fit one window: their segments as they are.
  if (text.length <= window) {
    yield* segmenter.segment(text);
    return;
  }
  const bySentence = segmenter.resolvedOptions().granularity === 'sentence';
  let start = 0;
  let carried: Intl.SegmentData | undefined;
  while (start < text.length) {
    const cut = text.length - start <= window ? { at: text.length, sentenceEnd: true } : cutBefore(text, start, start + window);
    let last: Intl.SegmentData | undefined;
    for (const s of segmenter.segment(text.slice(start, cut.at))) {
      let segment: Intl.SegmentData = { ...s, index: start + s.index, input: text };
      if (carried) {
        segment = { ...segment, index: carried.index, segment: carried.segment + segment.segment };
        carried = undefined;
      }
      if (last) yield last;
      last = segment;
    }
    if (last && bySentence && !cut.sentenceEnd) carried = last;
    else if (last) yield last;
    start = cut.at;
  }
  if (carried) yield carried;
}
