/**
 * Who said what in Japanese, by rule. The verb of saying ends the sentence after "と":
 * a quotation (田中市長は「……」と述べた。) or a clause (田中市長は、……と述べた。) is what
 * was said, and the speaker is the topic or subject that opens the clause, before "は" or
 * "が", or follows the quotation (「……」と田中市長は述べた。). "によると" gives the source of
 * the rest (警察によると、……). Cues are in `lexicon-languages.ts`.
 */
import type { Doc, Sentence, Span, Statement } from '../core/types.js';
import { alternation } from '../language/index.js';
import { JAPANESE_CUES } from './lexicon-languages.js';
import { draftsToStatements, quotationsBySentence, trimmed, type Draft } from './other-languages.js';
import type { Quotation } from './quotes.js';

/** The verb of saying after "と" at the end of the sentence. */
const CLOSING_CUE = new RegExp(`と(?:、)?(${alternation(JAPANESE_CUES.verbs)})[。．！!]?\\s*$`);
/** The longest speaker read (characters): a name with its title ("国土交通省の担当者"). */
const SPEAKER_CHARS = 20;
/**
 * 「……」と田中市長は記者団に述べた: after the quotation, "と", the speaker and its particle,
 * a few words (when, to whom), and the verb ending the sentence.
 */
const SPEAKER_AFTER = new RegExp(
  `^と[、，]?([^、，,。「」『』]{1,${SPEAKER_CHARS}}?)[${JAPANESE_CUES.topic}][^。「」『』]{0,${SPEAKER_CHARS}}?(${alternation(JAPANESE_CUES.verbs)})[。．！!]?\\s*$`,
);
/** The most characters SPEAKER_AFTER can match: "と、", speaker and particle, a few words, the verb, the stop. */
const SPEAKER_AFTER_CHARS = 2 * SPEAKER_CHARS + Math.max(...JAPANESE_CUES.verbs.map((v) => v.length)) + 8;
const ACCORDING = new RegExp(`^([^、。「」]{1,${SPEAKER_CHARS}}?)(${alternation(JAPANESE_CUES.according)})[、，,]`);
/** The speaker before its topic or subject particle, opening the sentence or a clause after a comma. */
const SPEAKER = new RegExp(`(?:^|[、，,])([^、，,。「」『』]{1,${SPEAKER_CHARS}}?)[${JAPANESE_CUES.topic}]`);

/** 田中市長は…: the speaker that opens the text before `end`, and where what follows it starts. */
function speakerIn(text: string, from: number, end: number): { speaker: Span; after: number } | undefined {
  const m = SPEAKER.exec(text.slice(from, end));
  if (!m) return undefined;
  const start = from + m.index + m[0].length - m[1].length - 1;
  return { speaker: { start, end: start + m[1].length }, after: start + m[1].length + 1 };
}

function statementOf(text: string, sentence: Sentence, quotes: Quotation[]): Draft | undefined {
  const slice = text.slice(sentence.start, sentence.end);
  const according = ACCORDING.exec(slice);
  if (according) {
    const speaker = { start: sentence.start, end: sentence.start + according[1].length };
    const cueStart = speaker.end;
    const cue = { start: cueStart, end: cueStart + according[2].length, lemma: according[2] };
    const content = trimmed(text, { start: sentence.start + according[0].length, end: sentence.end });
    return content.end > content.start ? { content, parts: [content], cue, speaker, kind: 'reported' } : undefined;
  }
  const closing = CLOSING_CUE.exec(slice);
  if (!closing) return quotationThenSpeaker(text, sentence, quotes);
  const verbStart = sentence.start + closing.index + closing[0].indexOf(closing[1]);
  const cue = { start: verbStart, end: verbStart + closing[1].length, lemma: closing[1] };
  const saidEnd = sentence.start + closing.index;
  // A quotation right before "と": its words; the speaker opens the sentence before it.
  const quote = quotes.at(-1);
  if (quote && quote.end === saidEnd) {
    const found = speakerIn(text, sentence.start, quote.start);
    if (!found) return undefined;
    return { content: trimmed(text, quote.inner), parts: [quote], cue, speaker: found.speaker, kind: 'direct' };
  }
  // 田中市長は、……と述べた: the clause after the speaker and its comma.
  const found = speakerIn(text, sentence.start, saidEnd);
  if (!found || !/^[、，,]/.test(text.slice(found.after, saidEnd))) return undefined;
  const content = trimmed(text, { start: found.after + 1, end: saidEnd });
  return content.end > content.start ? { content, parts: [content], cue, speaker: found.speaker, kind: 'reported' } : undefined;
}

/** 「橋は来月に再開する」と田中市長は述べた。: the quotation first, its speaker after it. */
function quotationThenSpeaker(text: string, sentence: Sentence, quotes: Quotation[]): Draft | undefined {
  // Only the last quotation can be followed by its speaker and the sentence's end.
  const quote = quotes.at(-1);
  if (!quote || sentence.end - quote.end > SPEAKER_AFTER_CHARS) return undefined;
  const after = SPEAKER_AFTER.exec(text.slice(quote.end, sentence.end));
  if (!after) return undefined;
  const speakerStart = quote.end + after[0].indexOf(after[1]);
  const verbStart = quote.end + after[0].lastIndexOf(after[2]);
  return {
    content: trimmed(text, quote.inner),
    parts: [quote],
    cue: { start: verbStart, end: verbStart + after[2].length, lemma: after[2] },
    speaker: { start: speakerStart, end: speakerStart + after[1].length },
    kind: 'direct',
  };
}

/** The statements of a Japanese document. */
export function findJapaneseStatements(doc: Doc): Statement[] {
  const quotations = quotationsBySentence(doc.text, doc.sentences);
  const drafts = doc.sentences.map((s, i) => statementOf(doc.text, s, quotations[i])).filter((d) => d !== undefined);
  return draftsToStatements(doc, drafts, JAPANESE_CUES.pronouns);
}
