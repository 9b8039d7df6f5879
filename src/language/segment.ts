import { trimSpan } from '../core/span.js';
import type { Sentence, Span } from '../core/types.js';
import { SENTENCE_OPENERS, abbreviationsFor, titleGoesOn } from './abbreviations.js';
import { DATELINE } from './dateline.js';
import { segmentsOf } from './windows.js';

/** Paragraphs are separated by blank lines; each is trimmed. */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const boundary = /\n[ \t\u00a0]*\n\s*/g;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    pushTrimmed(text, start, m.index, spans);
    start = m.index + m[0].length;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  const span = trimSpan(text, { start, end });
  if (span.end > span.start) out.push(span);
}

/** A line without final punctuation and this short reads as a heading, not prose. */
const HEADING_MAX_WORDS = 25;
const FINAL_PUNCTUATION = /[.!?…:;,"”’»」)\]]$/u;

/** A bracketed tag that ends a headline ("… Ivy Bridge, USB 3 [WWDC12]", "… (PHOTOS)"): not its final punctuation. */
const TRAILING_TAG = /\s+[[(][^\])]*[\])]$/u;

/** Opening quotation marks and brackets at the end of a piece. */
const TRAILING_OPENING = /[\p{Ps}\p{Pi}“„«‹]+$/u;

/** Closing quotation marks and brackets at the start of a piece, then a space or its end. */
const SPACED_CLOSING = /^([\p{Pf}\p{Pe}»›"”’]+)(?:\s+|$)/u;

/**
 * The opening marks each closing mark answers. “, ‘ and « open elsewhere but close German
 * „…“ and ‚…‘ and Danish »…«.
 */
const OPENERS: Record<string, string> = { '»': '«', '›': '‹', '”': '“„', '’': '‘‚', ')': '(', ']': '[', '“': '„', '‘': '‚', '«': '»' };

/** Whether `text` leaves open a quotation or bracket that `mark` closes (a straight '"' closes an odd one). */
function closesOpenMark(text: string, mark: string): boolean {
  const count = (chars: string) => [...text].filter((c) => chars.includes(c)).length;
  if (mark === '"') return count('"') % 2 === 1;
  const openers = OPENERS[mark];
  return openers !== undefined && count(openers) > count(mark);
}

/**
 * A decimal point that tokenised captures set apart ("a 2. 7GHz chip", "magnitude 6. 1."):
 * a short number before the point and a short one after it. News style spells out a number
 * that opens a sentence, unless it is a year, so no sentence opens here.
 */
const SPACED_DECIMAL_BEFORE = /(?:^|[^\d.,])\d{1,3}\.$/;
const SPACED_DECIMAL_AFTER = /^\d{1,3}(?![\d,])/;

/**
 * A figure that opens with a point, which such captures also set apart from it ("a. 357
 * Magnum"): in English, an article before the point, which ends no sentence, and a short
 * number after it.
 */
const SPACED_FIGURE_BEFORE = /(?:^|[^\p{L}])(?:a|an|the)\.$/u;

function splitsSpacedFigure(before: string, after: string): boolean {
  return SPACED_FIGURE_BEFORE.test(before) && SPACED_DECIMAL_AFTER.test(after);
}

/** Whether a break between `before` (ending with the period) and `after` would split a spaced decimal ("6. 1"). */
export function splitsSpacedDecimal(before: string, after: string): boolean {
  return SPACED_DECIMAL_BEFORE.test(before) && SPACED_DECIMAL_AFTER.test(after);
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(language: string): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) {
    s = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, s);
  }
  return s;
}

/**
 * Sentences of every paragraph. Unicode sentence breaks (Intl.Segmenter) do most of the
 * work; then breaks after abbreviations and initials, and before a lower-case
 * continuation (`“Why?” she asked.`), are undone. Line breaks end a sentence, except after a
 * title that the name on the next line completes ("the Rev.\nLarry Kroon").
 * A wire dateline opening a paragraph ("WASHINGTON (AP) — ") is left out of its sentence.
 */
export function splitSentences(text: string, paragraphs: Span[], language = 'en'): Sentence[] {
  const segmenter = segmenterFor(language);
  const abbreviations = abbreviationsFor(language);
  const sentences: Sentence[] = [];
  paragraphs.forEach((whole, index) => {
    const dateline = DATELINE.exec(text.slice(whole.start, whole.end));
    const para = dateline ? { start: whole.start + dateline[0].length, end: whole.end } : whole;
    const pieces: Span[] = [];
    for (const line of lines(text, para)) {
      const raw: Span[] = [];
      const slice = text.slice(line.start, line.end);
      for (const s of segmentsOf(segmenter, slice)) {
        pushTrimmed(text, line.start + s.index, line.start + s.index + s.segment.length, raw);
      }
      // An opening mark the segmenter left at a sentence's end (unspaced "…关切。“我们…") opens the next one.
      for (let k = 0; k + 1 < raw.length; k++) {
        const piece = text.slice(raw[k].start, raw[k].end);
        const opening = TRAILING_OPENING.exec(piece);
        if (!opening || opening.index === 0 || closesOpenMark(piece.slice(0, opening.index), opening[0][0])) continue;
        raw[k + 1].start = raw[k].start + opening.index;
        raw[k].end = raw[k].start + piece.slice(0, opening.index).trimEnd().length;
      }
      for (const span of raw) {
        const prev = pieces[pieces.length - 1];
        // Closing marks set apart by a space (French « … tiendra. » Les…) close the sentence before them.
        const marks = SPACED_CLOSING.exec(text.slice(span.start, span.end));
        if (prev && prev.end >= line.start && marks && closesOpenMark(text.slice(prev.start, prev.end), marks[1][0])) {
          prev.end = span.start + marks[1].length;
          span.start += marks[0].length;
          if (span.start >= span.end) continue;
        }
        const joins = prev && (prev.end >= line.start
          ? shouldJoin(text, prev, span, abbreviations, language)
          : titleBrokenAtLine(text, prev, span, abbreviations.titles, language));
        if (prev && joins) prev.end = span.end;
        else pieces.push({ ...span });
      }
    }
    const joined = joinQuotedAttributions(text, para, pieces);
    for (const span of joined) {
      sentences.push({ ...span, paragraph: index, heading: isHeading(text, span, joined.length, para) });
    }
  });
  return sentences;
}

/**
 * A quotation, curly, guillemet or straight, within one line: line breaks end sentences,
 * and a straight mark left open on one line would otherwise pair with one lines below.
 */
const QUOTATION = /[“„«]([^“”„«»\n]*)[”“»]|"([^"\n]*)"/g;
/** What follows a quotation that is the object of an attribution: `…,” said X` or `…,” she added`. */
const ATTRIBUTION_AFTER = /^\s*(\p{Ll}|(said|says|told|added|asked)\b)/u;

/**
 * A quotation of several sentences that ends in a comma, or runs into its attribution,
 * is part of one sentence: `“The dam is sound. Opening it was safe,” said Aldana.`
 * Breaks inside such a quotation are undone.
 */
function joinQuotedAttributions(text: string, para: Span, pieces: Span[]): Span[] {
  const slice = text.slice(para.start, para.end);
  const inside: Span[] = [];
  for (const m of slice.matchAll(QUOTATION)) {
    const start = para.start + m.index;
    const end = start + m[0].length;
    const body = m[1] ?? m[2] ?? '';
    if (/,\s*$/.test(body) || ATTRIBUTION_AFTER.test(text.slice(end, para.end))) inside.push({ start, end });
  }
  if (!inside.length) return pieces;
  const out: Span[] = [];
  for (const piece of pieces) {
    const prev = out[out.length - 1];
    if (prev && inside.some((q) => q.start < prev.end && piece.start < q.end)) prev.end = piece.end;
    else out.push({ ...piece });
  }
  return out;
}

function* lines(text: string, para: Span): Generator<Span> {
  let start = para.start;
  for (let i = para.start; i <= para.end; i++) {
    if (i === para.end || text[i] === '\n') {
      const out: Span[] = [];
      pushTrimmed(text, start, i, out);
      if (out[0]) yield out[0];
      start = i + 1;
    }
  }
}

function shouldJoin(
  text: string,
  prev: Span,
  next: Span,
  abbreviations: { titles: Set<string>; other: Set<string> },
  language: string,
): boolean {
  const before = text.slice(prev.start, prev.end);
  const after = text.slice(next.start, next.end);
  if (/^\p{Ll}/u.test(after)) return true;
  if (splitsSpacedDecimal(before, after)) return true;
  if (language === 'en' && splitsSpacedFigure(before, after)) return true;
  // Tokenised captures space the letters of an abbreviation ("a. m.", "U. S.").
  const last = /(?:^|[\s(“"‘'])((?:\p{L}\.)*\p{L}+|(?:\p{L}\. )+\p{L})\.$/u.exec(before);
  if (!last) return false;
  const letters = last[1].replace(/ /g, '');
  const word = letters.toLowerCase();
  if (/(?:^|\s)\p{Lu}$/u.test(last[1])) return true; // an initial: "J. K. Rowling"
  if (abbreviations.titles.has(word)) return true;
  // Listed abbreviations, and runs of initials ("A.J. Smith", "N.J."), may end a sentence.
  if (abbreviations.other.has(word) || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(letters)) {
    // "the U.S. Capitol" vs "moved to the U.S. He left": a sentence opener after it starts a new sentence.
    const next = /^[\p{L}']+/u.exec(after)?.[0].toLowerCase() ?? '';
    return /^[\p{Ll}\d]/u.test(after) || before.split(/\s+/).length <= 3 || (language === 'en' && !SENTENCE_OPENERS.has(next));
  }
  return false;
}

/** A line that ends in a title ("Rev.", "Dr.") before a line that opens with a name. */
function titleBrokenAtLine(text: string, prev: Span, next: Span, titles: Set<string>, language: string): boolean {
  const title = /(?:^|[\s(“"‘'])(\p{L}+)\.$/u.exec(text.slice(prev.start, prev.end))?.[1];
  const word = /^[\p{L}'’-]+/u.exec(text.slice(next.start, next.end))?.[0];
  return titleGoesOn(title, word, titles, language);
}

function isHeading(text: string, span: Span, piecesInParagraph: number, para: Span): boolean {
  const s = text.slice(span.start, span.end).replace(TRAILING_TAG, '');
  if (FINAL_PUNCTUATION.test(s) || s.split(/\s+/).length > HEADING_MAX_WORDS) return false;
  return piecesInParagraph === 1 || headingLine(text, span, para);
}

/**
 * A whole line of a paragraph whose next line opens a sentence of its own: a title over
 * its text with no blank line between ("Daring Diamond Heist in Downtown Paris\nAt 5:30
 * p.m., …"). A line that runs on in lower case is prose wrapped by hand.
 */
function headingLine(text: string, span: Span, para: Span): boolean {
  let b = span.start;
  while (b > para.start && (text[b - 1] === ' ' || text[b - 1] === '\t')) b--;
  let e = span.end;
  while (e < para.end && (text[e] === ' ' || text[e] === '\t' || text[e] === '\r')) e++;
  if ((b > para.start && text[b - 1] !== '\n') || (e < para.end && text[e] !== '\n')) return false;
  while (e < para.end && /\s/u.test(text[e])) e++;
  return e >= para.end || !/\p{Ll}/u.test(text[e]);
}
