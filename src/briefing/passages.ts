import type { Unit } from '../claims/index.js';
import { negates } from '../claims/tokens.js';
import type { Span } from '../core/types.js';
import { quotationState, type QuotedWord } from '../language/index.js';
import { mainVerbEnd } from '../statements/index.js';
import { CLAUSE_END } from './lexicon.js';
import { contentTokens } from './words.js';

/** What the summary may quote of one sentence: all of it, or its opening cut to the budget. */
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

/** A sentence's words, and its content words' stems with their offsets, computed once. */
interface Parsed {
  words: QuotedWord[];
  tokens: { start: number; stem: string }[];
  /** The sentence closes a quotation that an earlier sentence opened: the tail of someone's words. */
  continuesQuotation: boolean;
}
const parsed = new WeakMap<Unit, Parsed>();

function parse(unit: Unit): Parsed {
  let out = parsed.get(unit);
  if (!out) {
    out = { ...quotationState(unit.text), tokens: contentTokens(unit.text, unit.language) };
    parsed.set(unit, out);
  }
  return out;
}

const verbEnds = new WeakMap<Unit, number | undefined>();

/** Where the sentence's main verb ends, computed once. */
function mainVerb(unit: Unit): number | undefined {
  if (!verbEnds.has(unit)) verbEnds.set(unit, mainVerbEnd(unit.text));
  return verbEnds.get(unit);
}

/** The sentence's first `count` words; a cut after "Sunday," or "said:" drops the comma or colon. */
function opening(unit: Unit, count: number): Passage {
  const { words, tokens } = parse(unit);
  const whole = count === words.length;
  let end = words[count - 1].end;
  while (!whole && end > 0 && CLAUSE_END.test(unit.text[end - 1])) end--;
  return {
    unit,
    span: { start: unit.span.start, end: unit.span.start + end },
    text: unit.text.slice(0, end),
    words: count,
    stems: tokens.filter((t) => t.start < end).map((t) => t.stem),
    excerpt: !whole,
  };
}

/** The whole sentence, or nothing when it has no words. */
export function sentenceOf(unit: Unit): Passage | undefined {
  const { words, continuesQuotation } = parse(unit);
  return words.length > 0 && !continuesQuotation ? opening(unit, words.length) : undefined;
}

/**
 * The sentence cut to fill what is left of the budget: its longest opening of at most
 * `maxWords` words (and at least `minWords`, fewer than the whole) that leaves no
 * quotation open, ends on a word of content, not on "the", "of", "not" or the "s" of a
 * possessive, and goes past its first verb (in English, which the tagger reads: "The girl
 * never imagined …" leaves out what she imagined) and reaches some of the words a sentence
 * reports, not only who said them. A quotation cut short would put words in a
 * speaker's mouth that they did not end on.
 */
export function openingOf(unit: Unit, maxWords: number, minWords: number): Passage | undefined {
  const { words, tokens } = parse(unit);
  // A cut that ends on "not" leaves out what is denied ("the gang member not …"), one that
  // ends on a possessive what is owned ("hit Indonesia's …").
  const content = (w: QuotedWord) => {
    const word = unit.text.slice(w.start, w.end).toLowerCase().replace(/’/g, "'");
    return tokens.some((t) => t.start >= w.start && t.start < w.end && t.stem.length > 1) && !negates(word) && !/'s$|s'$/.test(word);
  };
  // "The prime minister's insistence …" says nothing, nor does "Prime Minister Anna Holt
  // said …": the cut must go past a verb and reach the words a sentence reports.
  const reported = unit.statement ? unit.statement.span.start - unit.span.start : 0;
  const verb = unit.language === 'en' ? mainVerb(unit) : 0;
  for (let count = Math.min(maxWords, words.length - 1); count >= Math.max(minWords, 1); count--) {
    if (verb === undefined || words[count - 1].end <= reported || words[count - 1].end <= verb) break;
    if (words[count - 1].closed && content(words[count - 1])) return opening(unit, count);
  }
  return undefined;
}
