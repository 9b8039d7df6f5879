import { wordSpans } from './words.js';

/** Quotation marks that open, close, or do either ("). */
const OPENING_QUOTES = new Set(['“', '«', '„']);
const CLOSING_QUOTES = new Set(['”', '»']);
const EITHER_QUOTES = new Set(['"']);
/** A straight mark standing alone closes a quotation after the end of a clause, before a lower-case word: `her, " said`. */
const SPACED_CLOSE_BEFORE = /[,.!?…]\s+$/u;
const SPACED_CLOSE_AFTER = /^\s+\p{Ll}/u;
/** How many characters around such a mark are read. */
const SPACED_REACH = 8;

export interface QuotedWord {
  /** Offsets into the text. */
  start: number;
  end: number;
  /** No quotation is open after this word. */
  closed: boolean;
}

/**
 * A sentence's words, each with whether a quotation is still open after it, and whether
 * the sentence closes a quotation it never opened (the tail of words an earlier sentence
 * began quoting): a closing or straight mark after a word's first character (`dead,"`),
 * or a straight mark spaced off between a clause's end and a lower-case word (`dead, " he
 * said`), while no quotation is open.
 */
export function quotationState(text: string): { words: QuotedWord[]; continuesQuotation: boolean } {
  const words: QuotedWord[] = [];
  let open = 0;
  let continuesQuotation = false;
  const near = (from: number, to: number) => text.slice(Math.max(0, from), to);
  for (const span of wordSpans(text)) {
    const word = text.slice(span.start, span.end);
    // A capture that spaced the closing mark off: `from her, " said Unique Armstead`.
    if (open === 0 && EITHER_QUOTES.has(word) && SPACED_CLOSE_BEFORE.test(near(span.start - SPACED_REACH, span.start)) && SPACED_CLOSE_AFTER.test(near(span.end, span.end + SPACED_REACH))) {
      continuesQuotation = true;
      words.push({ ...span, closed: true });
      continue;
    }
    for (let i = 0; i < word.length; i++) {
      const c = word[i];
      if (open === 0 && i > 0 && (CLOSING_QUOTES.has(c) || EITHER_QUOTES.has(c))) continuesQuotation = true;
      if (OPENING_QUOTES.has(c)) open++;
      else if (CLOSING_QUOTES.has(c) && open > 0) open--;
      else if (EITHER_QUOTES.has(c)) open = open > 0 ? open - 1 : 1;
    }
    words.push({ ...span, closed: open === 0 });
  }
  return { words, continuesQuotation };
}
