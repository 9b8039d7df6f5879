import type { Unit } from '../claims/index.js';
import type { Span } from '../core/types.js';
import { CLAUSE_END, CLOSING_QUOTES, DASH_WORDS, EITHER_QUOTES, OPENING_QUOTES } from './lexicon.js';
import { contentTokens } from './words.js';

/** A span of one sentence that the summary may quote: the whole sentence or some of its clauses. */
export interface Passage {
  unit: Unit;
  /** Into the document's text. */
  span: Span;
  text: string;
  words: number;
  /** Stems of its content words (see `contentTokens`). */
  stems: string[];
  /** Less than the whole sentence. */
  excerpt: boolean;
}

interface Word {
  /** Offsets into the sentence. */
  start: number;
  end: number;
  /** No quotation is open after this word. */
  closed: boolean;
}

/** A sentence's words, and the stems of its content words with their offsets, computed once. */
interface Parsed {
  words: Word[];
  tokens: { start: number; stem: string }[];
}
const parsed = new WeakMap<Unit, Parsed>();

function parse(unit: Unit): Parsed {
  let out = parsed.get(unit);
  if (!out) {
    out = { words: wordsOf(unit.text), tokens: contentTokens(unit.text) };
    parsed.set(unit, out);
  }
  return out;
}

/** The sentence's words, each with whether a quotation is still open after it. */
function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  let open = 0;
  for (const m of text.matchAll(/\S+/g)) {
    for (const c of m[0]) {
      if (OPENING_QUOTES.has(c)) open++;
      else if (CLOSING_QUOTES.has(c) && open > 0) open--;
      else if (EITHER_QUOTES.has(c)) open = open > 0 ? open - 1 : 1;
    }
    words.push({ start: m.index, end: m.index + m[0].length, closed: open === 0 });
  }
  return words;
}

/**
 * Where the sentence's clauses end and begin, outside quotation marks: after a word
 * ending in a comma, semicolon, colon or dash, and around a free-standing dash. Returns
 * pairs [index of a clause's last word, index of the next clause's first word].
 */
function clauseBreaks(text: string, words: Word[]): [number, number][] {
  const breaks: [number, number][] = [];
  words.forEach((w, i) => {
    const word = text.slice(w.start, w.end);
    if (DASH_WORDS.has(word) && (i === 0 || words[i - 1].closed)) breaks.push([i - 1, i + 1]);
    else if (w.closed && CLAUSE_END.test(word)) breaks.push([i, i + 1]);
  });
  return breaks.filter(([last, next]) => last >= 0 && next < words.length);
}

function passage(unit: Unit, first: number, last: number): Passage {
  const { words, tokens } = parse(unit);
  let end = words[last].end;
  // A cut after "Sunday," or before " —" drops the comma or dash and the space.
  while (end > words[first].start && (/\s/.test(unit.text[end - 1]) || CLAUSE_END.test(unit.text[end - 1]))) end--;
  const start = words[first].start;
  const text = unit.text.slice(start, end);
  return {
    unit,
    span: { start: unit.span.start + start, end: unit.span.start + end },
    text,
    words: last - first + 1,
    stems: tokens.filter((t) => t.start >= start && t.start < end).map((t) => t.stem),
    excerpt: first > 0 || last < words.length - 1,
  };
}

/**
 * The passages of a sentence the summary may use: the whole sentence when it has at
 * least `minWords` words, and runs of its clauses of at least `minExcerptWords` words that
 * start where the sentence starts or with a capital letter or a quotation (a clause that
 * reads on its own: "Rescuers freed four more boys" from "Rescuers freed four more boys,
 * according to a witness."). Cuts never fall inside a quotation.
 */
export function passagesOf(unit: Unit, minWords: number, minExcerptWords: number): Passage[] {
  const { words } = parse(unit);
  if (words.length === 0) return [];
  const breaks = clauseBreaks(unit.text, words);
  const firsts = [0, ...breaks.map(([, next]) => next)];
  const lasts = [...breaks.map(([last]) => last), words.length - 1];
  const out: Passage[] = [];
  if (words.length >= minWords) out.push(passage(unit, 0, words.length - 1));
  for (const first of firsts) {
    if (first > 0 && !/^[\p{Lu}\p{N}"“«]/u.test(unit.text.slice(words[first].start))) continue;
    for (const last of lasts) {
      if (last - first + 1 < minExcerptWords || (first === 0 && last === words.length - 1)) continue;
      out.push(passage(unit, first, last));
    }
  }
  return out;
}

/**
 * The sentence cut to fill what is left of the budget: its longest opening of at most
 * `maxWords` words (and at least `minWords`) that leaves no quotation open.
 */
export function openingOf(unit: Unit, maxWords: number, minWords: number): Passage | undefined {
  const { words } = parse(unit);
  for (let last = Math.min(maxWords, words.length - 1) - 1; last + 1 >= minWords; last--) {
    if (words[last].closed) return passage(unit, 0, last);
  }
  return undefined;
}
