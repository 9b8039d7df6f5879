import type { Span } from '../core/types.js';
import { englishOr, stemWord, stopwordsOf, UNSPACED_SCRIPT, wordsOfRun } from '../language/index.js';
import { CUE_WORDS_BY_LANGUAGE } from '../statements/lexicon-languages.js';
import { DENIALS_BY_LANGUAGE, NEGATIONS_BY_LANGUAGE, NUMBERS_BY_LANGUAGE } from './lexicon-languages.js';
import { DENIALS, ELISION, ENGLISH_NUMBERS, NEGATIONS, REPORTING_VERBS, STOPWORDS, type NumberLexicon } from './lexicon.js';

/** A word or symbol of a text, with its offsets into the document. */
export interface Token extends Span {
  /** Lower-case surface form, curly apostrophes made straight. */
  lower: string;
  /** Stem of `lower` in the text's language (numbers and symbols unchanged; see `stemWord`). */
  stem: string;
  capitalized: boolean;
  /** Two words of the text joined into one ("cyber security" -> cybersecurity). */
  compound?: boolean;
}

const TOKEN = /\$|%|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[.,'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

/** The words of a text, stemmed as words of `language` (English when unknown). */
export function tokenize(text: string, offset = 0, language?: string): Token[] {
  const tokens: Token[] = [];
  const unspaced = UNSPACED_SCRIPT.test(text);
  for (const m of text.matchAll(TOKEN)) {
    const elided = ELISION.exec(m[0]);
    if (elided) tokens.push(tokenOf(m[0].slice(elided[0].length), offset + m.index + elided[0].length, language));
    else if (!unspaced) tokens.push(tokenOf(m[0], offset + m.index, language));
    else for (const { index, word } of wordsOfRun(m[0])) tokens.push(tokenOf(word, offset + m.index + index, language));
  }
  return tokens;
}

function tokenOf(word: string, start: number, language: string | undefined): Token {
  const lower = word.toLowerCase().replace(/’/g, "'");
  const isWord = /^\p{L}/u.test(lower);
  const base = isWord ? lower.replace(/'s$/, '') : lower;
  return {
    start,
    end: start + word.length,
    lower,
    stem: isWord ? stemWord(base.replace(/'/g, ''), language) : base,
    capitalized: /^\p{Lu}/u.test(word),
  };
}

/**
 * Join adjacent words that the coverage also writes as one word ("cyber security" when
 * another sentence says "cybersecurity"), so that the two spellings compare equal.
 */
export function joinCompounds(tokens: Token[], vocabulary: ReadonlySet<string>, language?: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    const joined = b ? a.lower + b.lower : '';
    if (b && /^[a-z]+$/.test(joined) && vocabulary.has(joined) && !STOPWORDS.has(a.lower) && !STOPWORDS.has(b.lower)) {
      out.push({ start: a.start, end: b.end, lower: joined, stem: stemWord(joined, language), capitalized: a.capitalized, compound: true });
      i++;
    } else out.push(a);
  }
  return out;
}

/**
 * The function words to leave out of a text's content words: the project's English list,
 * or the `stopword` package's list of the document's language with the words of its cues
 * of saying, negations, denials and numbers (English leaves those out by REPORTING_VERBS,
 * NEGATIONS, DENIALS and its number words).
 */
export const functionWordsOf = englishOr(
  STOPWORDS,
  (language): ReadonlySet<string> =>
    new Set([
      ...(stopwordsOf(language) ?? STOPWORDS),
      ...(CUE_WORDS_BY_LANGUAGE[language] ?? []),
      ...(NEGATIONS_BY_LANGUAGE[language] ?? []),
      ...(DENIALS_BY_LANGUAGE[language] ?? []),
      ...numberWordsOf(NUMBERS_BY_LANGUAGE[language]),
    ]),
);

/** The spelled-out words of a number lexicon, numbers and multipliers ("two", "hundred"; not "k" or "bn"). */
export const numberWordsOf = (lexicon: NumberLexicon | undefined) =>
  [...Object.keys(lexicon?.values ?? {}), ...Object.keys(lexicon?.multipliers ?? {})].filter((w) => /^\p{L}{3,}$/u.test(w));

/** Number words are not content words: a count is compared as a number. */
const ENGLISH_NUMBER_WORDS = new Set(numberWordsOf(ENGLISH_NUMBERS));

/**
 * A word that carries content: a letter word, not a function word, verb of saying, negation
 * or number word. A single letter is no word, but a single character of an unspaced script
 * may be one ("人", person).
 */
export function isContent(t: Token, functionWords: ReadonlySet<string>): boolean {
  return (
    /^\p{L}/u.test(t.lower) &&
    (t.lower.length > 1 || UNSPACED_SCRIPT.test(t.lower)) &&
    !functionWords.has(t.lower) &&
    !REPORTING_VERBS.has(t.lower) &&
    !NEGATIONS.has(t.lower) &&
    !DENIALS.has(t.lower) &&
    !t.lower.endsWith("n't") &&
    !ENGLISH_NUMBER_WORDS.has(t.lower)
  );
}

/** A word that negates what follows it ("not", "never", "didn't"), in English. */
export function negates(lower: string): boolean {
  return NEGATIONS.has(lower) || lower.endsWith("n't");
}

/** Content stems of a short text outside the documents' sentences (a title, a speaker's name). */
export function contentStems(text: string, language?: string): string[] {
  const functionWords = functionWordsOf(language);
  return tokenize(text, 0, language)
    .filter((t) => isContent(t, functionWords))
    .map((t) => t.stem);
}

