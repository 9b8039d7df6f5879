/**
 * Tokens, part-of-speech tags, lemmas and sentences for the statements stage, from
 * wink-nlp's English model. Every token keeps its character span into the document text;
 * whitespace tokens are dropped, and a line break ends a sentence and a paragraph. Neither
 * a sentence nor a line ends after a title ("the Rev. Larry Kroon", "the Rev.\nLarry Kroon").
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { abbreviationsFor, titleGoesOn } from '../language/abbreviations.js';
import { verbCliticHosts } from './lexicon.js';

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

/**
 * The text as wink-nlp should read it. wink-nlp keeps "Trump's." as one word "Trump's"
 * and remembers that word for the rest of the process, after which every later "Trump's",
 * in any document, stays one token instead of "Trump" + "'s": the tokens of a document
 * would depend on the documents read before it. A space before such a possessive gives
 * the tokens wink-nlp gives elsewhere; token offsets come from the original text.
 */
function forWink(text: string): string {
  return text.replace(POSSESSIVE_BEFORE_PUNCT, (whole, host: string, clitic: string) =>
    verbHosts.has(host.toLowerCase()) ? whole : `${host} ${clitic}`,
  );
}

export function tokenize(text: string): Tokenized {
  const wink = engine();
  const its = wink.its;
  const doc = wink.readDoc(forWink(text));
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
    const start = text.startsWith(value, cursor) ? cursor : text.indexOf(value, cursor);
    if (start < 0) continue; // the engine normalised this token away: skip it, keep the offsets honest
    // wink-nlp splits some titles from their period ("Rev" "."); one token, as it keeps "Dr.".
    const before = tokens[tokens.length - 1];
    if (value === '.' && before?.end === start && englishTitles.has(before.lower)) {
      before.text += '.';
      before.lower += '.';
      before.end = cursor = start + 1;
      continue;
    }
    if (newline >= 0 && newline < start) {
      if (tokens.length > 0 && !titleBeforeBreak(tokens, value)) breakBefore = true;
      newline = text.indexOf('\n', start);
    }
    cursor = start + value.length;
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
      end: cursor,
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

/** Whether the tokens so far end in a title ("Rev.", merged from "Rev" "."), before a name that goes on from it. */
function titleBeforeBreak(tokens: Token[], next: string): boolean {
  const last = tokens[tokens.length - 1].lower;
  return last.endsWith('.') && titleGoesOn(last.slice(0, -1), next, englishTitles, 'en');
}

/** Where the words the tagger reads as common nouns start in the text: "three ladder trucks" -> {6, 13}. */
export function nounStarts(text: string): Set<number> {
  return new Set(tokenize(text).tokens.filter((t) => t.pos === 'NOUN').map((t) => t.start));
}

/** Whether the text has a verb, by the tagger: "From the Continental Press Agency" has none. */
export function hasVerb(text: string): boolean {
  return tokenize(text).tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}
