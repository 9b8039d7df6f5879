/**
 * Tokens, part-of-speech tags, lemmas and sentences for the statements stage, from
 * wink-nlp's English model. Every token keeps its character span into the document text;
 * whitespace tokens are dropped, and a line break ends a sentence and a paragraph. Neither
 * a sentence nor a line ends after a title ("the Rev. Larry Kroon", "the Rev.\nLarry Kroon").
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { abbreviationsFor, titleGoesOn } from '../language/abbreviations.js';
import { splitsSpacedDecimal } from '../language/segment.js';
import { relativePronouns, subordinators, verbCliticHosts } from './lexicon.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  lemma: string;
  /** Universal part-of-speech tag. */
  pos: string;
  sentence: number;
  paragraph: number;
}

export interface TokenRange {
  /** First token index. */
  first: number;
  /** One past the last token index. */
  last: number;
  paragraph: number;
}

export interface Tokenized {
  text: string;
  tokens: Token[];
  sentences: TokenRange[];
  paragraphs: TokenRange[];
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

function engine(): Nlp {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

const verbHosts = new Set<string>(verbCliticHosts);
const englishTitles = abbreviationsFor('en').titles;
// A possessive "'s" right before punctuation ("Trump's."), with the word it hangs on.
const POSSESSIVE_BEFORE_PUNCT = /(?<![\p{L}\p{N}])([\p{L}\p{N}][\p{L}\p{N}.&-]*)(['’][sS])(?=[^\s\p{L}\p{N}])/gu;
// A clitic spaced off its word, as some captures print it ("can ’ t", "Lohan ’ s").
const SPACED_CLITIC = /(?<=\p{L})\s+(['’])\s+(t|s|ll|re|ve|d|m)(?![\p{L}\p{N}])/giu;

/** A rewritten text, with the offset in the original text of each of its characters. */
interface Rewritten {
  text: string;
  origin: (at: number) => number;
}

/**
 * Replace every match, mapping each character of a replacement to the same character of the
 * match (else to the next one). The map is kept as the points where the shift between the
 * two texts changes, so that a long text costs no array of its length.
 */
function rewrite(source: Rewritten, pattern: RegExp, replace: (match: RegExpExecArray) => string): Rewritten {
  const { text } = source;
  let out = '';
  const from: number[] = []; // offsets in `out` where...
  const shift: number[] = []; // ...the offset in `text` becomes the offset in `out` plus this
  const mark = (outAt: number, textAt: number) => {
    from.push(outAt);
    shift.push(textAt - outAt);
  };
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const end = m.index + m[0].length;
    out += text.slice(last, m.index);
    let at = m.index;
    for (const c of replace(m)) {
      const found = text.indexOf(c, at);
      const hit = found >= 0 && found < end;
      mark(out.length, hit ? found : at);
      if (hit) at = found + 1;
      out += c;
    }
    mark(out.length, end);
    last = end;
  }
  if (from.length === 0) return source;
  out += text.slice(last);
  const origin = (at: number) => {
    let lo = 0;
    let hi = from.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (from[mid] <= at) lo = mid + 1;
      else hi = mid;
    }
    return source.origin(at + (lo > 0 ? shift[lo - 1] : 0));
  };
  return { text: out, origin };
}

/**
 * The text as wink-nlp should read it, with the original offset of each character:
 * - wink-nlp keeps "Trump's." as one word "Trump's" and remembers that word for the rest of
 *   the process, after which every later "Trump's", in any document, stays one token instead
 *   of "Trump" + "'s": the tokens of a document would depend on the documents read before
 *   it. A space before such a possessive gives the tokens wink-nlp gives elsewhere.
 * - "can ’ t" is joined to "can’t", which wink-nlp reads as a verb and its negation, not a
 *   noun "t" that could be someone's name.
 */
function forWink(text: string): Rewritten {
  const original = { text, origin: (at: number) => at };
  // "t" only after "n" ("can ’ t", "isn ’ t"), as the pattern's other clitics may follow any word.
  const joined = rewrite(original, SPACED_CLITIC, (m) => (m[2].toLowerCase() === 't' && text[m.index - 1].toLowerCase() !== 'n' ? m[0] : m[1] + m[2]));
  return rewrite(joined, POSSESSIVE_BEFORE_PUNCT, ([whole, host, clitic]) => (verbHosts.has(host.toLowerCase()) ? whole : `${host} ${clitic}`));
}

export function tokenize(text: string): Tokenized {
  const wink = engine();
  const its = wink.its;
  const read = forWink(text);
  const doc = wink.readDoc(read.text);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  // wink-nlp's typings give `its.lemma` a signature that `out` does not accept; it works at run time.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const sentenceStarts = new Set<number>();
  for (const span of doc.sentences().out(its.span) as unknown as number[][]) sentenceStarts.add(span[0]);

  const tokens: Token[] = [];
  const sentences: TokenRange[] = [];
  const paragraphs: TokenRange[] = [];
  let cursor = 0;
  let paragraph = 0;
  let breakBefore = true;
  let sentenceBefore = true;
  let newline = text.indexOf('\n');
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (i > 0 && sentenceStarts.has(i)) sentenceBefore = true;
    if (!value.trim()) continue;
    // wink-nlp ends a sentence after some titles ("the Rev. Larry Kroon"); a title never ends one.
    if (sentenceBefore && tokens.length > 0 && titleBeforeBreak(tokens, value)) sentenceBefore = false;
    const at = read.text.startsWith(value, cursor) ? cursor : read.text.indexOf(value, cursor);
    if (at < 0) continue; // the engine normalised this token away: skip it, keep the offsets honest
    const start = read.origin(at);
    // Nor does a decimal point that a capture spaced ("a 6. 1 magnitude"), as in the language stage.
    if (sentenceBefore && tokens.length > 0 && splitsSpacedDecimal(text.slice(Math.max(0, start - 8), start).trimEnd(), text.slice(start, start + 8))) {
      sentenceBefore = false;
    }
    // Nor do the letters of an abbreviation written without spaces ("(R-S.C.)": "S" "." "C."),
    // nor an abbreviation's point in brackets ("(D-Ore.), Sherrod Brown…", "(R-Ga.) said").
    if (sentenceBefore && tokens.length > 1 && (withinLetterAbbreviation(tokens, start, value) || bracketedAbbreviation(tokens, value))) {
      sentenceBefore = false;
    }
    // wink-nlp splits some titles from their period ("Rev" "."); one token, as it keeps "Dr.".
    const before = tokens[tokens.length - 1];
    if (value === '.' && before?.end === start && englishTitles.has(before.lower)) {
      before.text += '.';
      before.lower += '.';
      before.end = start + 1;
      cursor = at + 1;
      continue;
    }
    if (newline >= 0 && newline < start) {
      if (tokens.length > 0 && !titleBeforeBreak(tokens, value)) breakBefore = true;
      newline = text.indexOf('\n', start);
    }
    cursor = at + value.length;
    if (breakBefore) {
      if (tokens.length > 0) paragraph++;
      paragraphs.push({ first: tokens.length, last: tokens.length, paragraph });
      sentenceBefore = true;
    }
    if (sentenceBefore) sentences.push({ first: tokens.length, last: tokens.length, paragraph });
    breakBefore = false;
    sentenceBefore = false;
    tokens.push({
      start,
      end: read.origin(cursor - 1) + 1,
      text: value,
      lower: value.toLowerCase(),
      lemma: lemmas[i] ?? value.toLowerCase(),
      pos: tags[i] ?? 'X',
      sentence: sentences.length - 1,
      paragraph,
    });
    sentences[sentences.length - 1].last = tokens.length;
    paragraphs[paragraphs.length - 1].last = tokens.length;
  }
  return { text, tokens, sentences, paragraphs };
}

/**
 * Whether a break would fall inside or right after a bracket that closes on an abbreviation's
 * point, before the sentence goes on: `next` is the bracket, or a comma or a lower-case word
 * after it.
 */
function bracketedAbbreviation(tokens: Token[], next: string): boolean {
  const [before, last] = tokens.slice(-2);
  if (/^[)\]]$/.test(next)) return last.text.endsWith('.');
  return /^[)\]]$/.test(last.text) && before.text.endsWith('.') && /^(?:[,;]|\p{Ll})/u.test(next);
}

/** Whether the tokens so far end in a capital letter and its period, and `next` goes on right after them with another ("S" "." + "C."). */
function withinLetterAbbreviation(tokens: Token[], start: number, next: string): boolean {
  const [letter, point] = tokens.slice(-2);
  return point.text === '.' && point.end === start && letter.end === point.start && /^\p{Lu}$/u.test(letter.text) && /^\p{Lu}\.?$/u.test(next);
}

/** Whether the tokens so far end in a title ("Rev.", merged from "Rev" "."), before a name that goes on from it. */
function titleBeforeBreak(tokens: Token[], next: string): boolean {
  const last = tokens[tokens.length - 1].lower;
  return last.endsWith('.') && titleGoesOn(last.slice(0, -1), next, englishTitles, 'en');
}

/** Where the words the tagger reads as common nouns start in the text: "three ladder trucks" -> {6, 13}. */
export function nounStarts(text: string): Set<number> {
  return new Set(tokenize(text).tokens.filter((t) => t.pos === 'NOUN').map((t) => t.start));
}

const isVerb = (t: Token) => t.pos === 'VERB' || t.pos === 'AUX';

/** Whether the text has a verb, by the tagger: "From the Continental Press Agency" has none. */
export function hasVerb(text: string): boolean {
  return tokenize(text).tokens.some(isVerb);
}

/** The words of a text with their classes (`pos`, Universal Dependencies tags), by the tagger. */
export function taggedWords(text: string): readonly Token[] {
  return tokenize(text).tokens;
}

/**
 * Where the first verb of the main clause, by the tagger, ends in the text ("The mayor's
 * plan failed" -> 22): past an opening participle phrase ("Called Harbour 9, the new
 * ferries have…" -> "have") or subordinate clause ("After the storm passed, crews
 * began…" -> "began"), and a relative clause or participle phrase set off by commas ("The
 * driver, who police identified as Ray Hale, was charged" -> "was"; "Aides, including her
 * chief of staff, have…" -> "have").
 */
export function mainVerbEnd(tokens: readonly Token[]): number | undefined {
  const opening = tokens.length > 0 && (isVerb(tokens[0]) || SUBORDINATORS.has(tokens[0].lower));
  const phraseEnd = opening ? tokens.findIndex((t) => t.text === ',') : -1;
  for (let i = phraseEnd + 1; i < tokens.length; i++) {
    // A relative clause or a participle phrase set off by commas: ", who …,", ", including …,".
    const next = tokens[i + 1];
    const opensPhrase = next !== undefined && (RELATIVE_OPENERS.has(next.lower) || (isVerb(next) && /ing$/.test(next.lower)));
    if (tokens[i].text === ',' && opensPhrase) {
      const close = tokens.findIndex((t, k) => k > i + 1 && t.text === ',');
      if (close < 0) return undefined;
      i = close;
    } else if (isVerb(tokens[i])) return tokens[i].end;
  }
  return undefined;
}

const RELATIVE_OPENERS = new Set<string>(relativePronouns);
const SUBORDINATORS = new Set<string>(subordinators);
