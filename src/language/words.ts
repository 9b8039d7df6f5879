import type { Span } from '../core/types.js';
import { UNSPACED_SCRIPT } from './languages.js';
import { stopwordsOf } from './stopwords.js';
import { segmentsOf } from './windows.js';

const wordBreaker = new Intl.Segmenter(undefined, { granularity: 'word' });

const HAN = /^\p{Script=Han}$/u;
/** Single Chinese characters that are words of their own (的, 了, 在…): the `stopword` package's Chinese list. */
const HAN_FUNCTION_CHARACTERS = new Set([...(stopwordsOf('zh') ?? [])].filter((w) => [...w].length === 1));

/**
 * The words of a run of letters: the run itself, or, when it is written in a script
 * without spaces (Chinese, Japanese, Thai), the words the Unicode word breaker finds in it.
 * The breaker's dictionary does not know most names, and cuts a transliterated name into
 * single characters (塔|海|姆): adjacent single Chinese characters that are not function
 * characters are joined back (塔海姆). Offsets are into the run.
 */
export function wordsOfRun(run: string): { index: number; word: string }[] {
  if (!UNSPACED_SCRIPT.test(run)) return [{ index: 0, word: run }];
  const words: { index: number; word: string }[] = [];
  const single = (w: { word: string } | undefined) => w !== undefined && HAN.test(w.word) && !HAN_FUNCTION_CHARACTERS.has(w.word);
  let joining = false;
  for (const s of segmentsOf(wordBreaker, run)) {
    if (!s.isWordLike) {
      joining = false;
      continue;
    }
    const word = { index: s.index, word: s.segment };
    const last = words[words.length - 1];
    const adjacent = last !== undefined && last.index + last.word.length === s.index;
    // `joining`: the last word is already a join of single characters.
    if (adjacent && single(word) && (joining || single(last))) {
      last.word += word.word;
      joining = true;
    } else {
      words.push(word);
      joining = false;
    }
  }
  return words;
}

/**
 * Words as a reader counts them: whitespace-separated, except in scripts without spaces,
 * where each word the word breaker finds counts. Punctuation belongs to the word it touches.
 */
export function wordSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    if (!UNSPACED_SCRIPT.test(m[0])) {
      spans.push({ start: m.index, end: m.index + m[0].length });
      continue;
    }
    let pending: number | undefined;
    let last: Span | undefined;
    for (const s of segmentsOf(wordBreaker, m[0])) {
      const start = m.index + s.index;
      const end = start + s.segment.length;
      if (s.isWordLike) {
        last = { start: pending ?? start, end };
        spans.push(last);
        pending = undefined;
      } else if (last && last.end === start) last.end = end;
      else pending ??= start;
    }
    if (pending !== undefined) spans.push({ start: pending, end: m.index + m[0].length });
  }
  return spans;
}

/** The number of words of a text, as `wordSpans` counts them. */
export function countWords(text: string): number {
  return UNSPACED_SCRIPT.test(text) ? wordSpans(text).length : text.split(/\s+/).filter(Boolean).length;
}

/** The lower-case words of a text (letters and digits only), for comparing texts. */
export function lowerWords(text: string): string[] {
  const words: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu)) {
    for (const w of wordsOfRun(m[0])) words.push(w.word);
  }
  return words;
}

/** A line written in title case: more than half its words capitalised ("Quake Kills 12 In Iran"). */
export function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  return words.filter((w) => /^\p{Lu}/u.test(w)).length * 2 > words.length;
}
