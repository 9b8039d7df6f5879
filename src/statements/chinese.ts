/**
 * Who said what in Chinese, by rule: a quotation with a verb of saying before it
 * (市长说：“……”) or after it (“……”，凯勒说。, or in a sentence of its own: “……。”他说。), a verb of saying followed by a comma or a
 * colon (警方表示，……), and "据" opening a sentence (据警方称，……). The speaker is the
 * clause before the verb, less the time and audience words between them. Cues are in
 * `lexicon-languages.ts`.
 */
import type { Doc, Sentence, Span, Statement } from '../core/types.js';
import { alternation, segmentsOf } from '../language/index.js';
import { CHINESE_CUES } from './lexicon-languages.js';
import { draftsToStatements, quotationsBySentence, trimmed, type Draft } from './other-languages.js';
import type { Quotation } from './quotes.js';

const VERB = new RegExp(`(${alternation(CHINESE_CUES.verbs)})`, 'g');
/** Punctuation that ends the clause a speaker stands in. */
const CLAUSE_BREAK = /[，,。；;：:！!？?、“”「」『』\s]/;
const SPEAKER_TAIL = new RegExp(CHINESE_CUES.speakerTail, 'u');
/** The longest speaker read (characters): a name with its title ("外交部发言人汪文斌"). */
const SPEAKER_CHARS = 20;
/**
 * How far before a quotation its verb of saying is looked for (characters): the verb, a
 * colon, and the speaker's reach before it, which the word breaker needs to tell the verb
 * a word of its own. A bound keeps a sentence of many quotations linear.
 */
const VERB_REACH = SPEAKER_CHARS + Math.max(...CHINESE_CUES.verbs.map((v) => v.length)) + 4;
const ACCORDING = new RegExp(`^${CHINESE_CUES.according}([^，,。；：]{1,${SPEAKER_CHARS + 4}}?)(?:${alternation(CHINESE_CUES.accordingEnd)})?[，,：:]`);

/** The speaker that ends right before `end`: the clause's characters, less time and audience words. */
function speakerBefore(text: string, from: number, end: number): Span | undefined {
  let start = end;
  while (start > from && end - start <= SPEAKER_CHARS && !CLAUSE_BREAK.test(text[start - 1])) start--;
  if (start > from && !CLAUSE_BREAK.test(text[start - 1])) return undefined;
  const tail = SPEAKER_TAIL.exec(text.slice(start, end));
  const last = tail ? end - tail[0].length : end;
  return last > start ? { start, end: last } : undefined;
}

const wordBreaker = new Intl.Segmenter('zh', { granularity: 'word' });

/** Where the word breaker puts word boundaries in a span (offsets into the text). */
function boundariesOf(text: string, span: Span): Set<number> {
  const out = new Set<number>();
  for (const s of segmentsOf(wordBreaker, text.slice(span.start, span.end))) {
    out.add(span.start + s.index);
    out.add(span.start + s.index + s.segment.length);
  }
  return out;
}

/** The verbs of saying in a span that are words of their own ("说", not the "说" of "小说", novel), as cues. */
function verbsIn(text: string, span: Span): Draft['cue'][] {
  const matches = [...text.slice(span.start, span.end).matchAll(VERB)];
  if (matches.length === 0) return [];
  const boundaries = boundariesOf(text, span);
  return matches.flatMap((m) => {
    const start = span.start + m.index;
    const end = start + m[1].length;
    return boundaries.has(start) && boundaries.has(end) ? [{ start, end, lemma: m[1] }] : [];
  });
}

function direct(text: string, sentence: Sentence, quote: Span, inner: Span): Draft | undefined {
  // 市长说：“……”
  const before = verbsIn(text, { start: Math.max(sentence.start, quote.start - VERB_REACH), end: quote.start }).at(-1);
  if (before && /^\s*[：:，,]?\s*$/.test(text.slice(before.end, quote.start))) {
    const speaker = speakerBefore(text, sentence.start, before.start);
    if (speaker) return { content: inner, parts: [quote], cue: before, speaker, kind: 'direct' };
  }
  // “……”，凯勒说。
  const after = verbsIn(text, { start: quote.end, end: Math.min(sentence.end, quote.end + SPEAKER_CHARS + 4) })[0];
  if (after && /^[，,\s]*[^，,。；：“”「」]*$/.test(text.slice(quote.end, after.start)) && /^[。.！!\s]*$/.test(text.slice(after.end, sentence.end))) {
    const from = quote.end + /^[，,\s]*/.exec(text.slice(quote.end))![0].length;
    const speaker = speakerBefore(text, from, after.start);
    if (speaker) return { content: inner, parts: [quote], cue: after, speaker, kind: 'direct' };
  }
  return undefined;
}

/** 据警方称，……: the source, then what it says. */
function accordingTo(text: string, sentence: Sentence): Draft | undefined {
  const m = ACCORDING.exec(text.slice(sentence.start, sentence.end));
  if (!m) return undefined;
  const speaker = { start: sentence.start + 1, end: sentence.start + 1 + m[1].length };
  const content = trimmed(text, { start: sentence.start + m[0].length, end: sentence.end });
  if (content.end <= content.start) return undefined;
  const cue = { start: sentence.start, end: sentence.start + 1, lemma: CHINESE_CUES.according };
  return { content, parts: [content], cue, speaker, kind: 'reported' };
}

/** 警方表示，……: a speaker, a verb of saying, a comma or colon, then what was said. */
function reported(text: string, sentence: Sentence): Draft | undefined {
  for (const cue of verbsIn(text, sentence)) {
    const opener = /^\s*[，,：:]\s*/.exec(text.slice(cue.end, sentence.end));
    if (!opener) continue;
    const speaker = speakerBefore(text, sentence.start, cue.start);
    if (!speaker) continue;
    const content = trimmed(text, { start: cue.end + opener[0].length, end: sentence.end });
    if (content.end > content.start) return { content, parts: [content], cue, speaker, kind: 'reported' };
  }
  return undefined;
}

/** “……。”他说。: a sentence that only names the speaker of the quotation before it. */
function attributionOf(text: string, sentence: Sentence, previous: Quotation | undefined): Draft | undefined {
  if (!previous || sentence.end - sentence.start > SPEAKER_CHARS + 4) return undefined;
  const cue = verbsIn(text, sentence).at(-1);
  if (!cue || !/^[。.！!\s]*$/.test(text.slice(cue.end, sentence.end))) return undefined;
  const speaker = speakerBefore(text, sentence.start, cue.start);
  return speaker && speaker.start === sentence.start ? { content: trimmed(text, previous.inner), parts: [previous], cue, speaker, kind: 'direct' } : undefined;
}

/** The statements of a Chinese document. */
export function findChineseStatements(doc: Doc): Statement[] {
  const text = doc.text;
  const drafts: Draft[] = [];
  const quotations = quotationsBySentence(text, doc.sentences);
  // The last sentence, when it was one quotation that no cue attributed.
  let unattributed: Quotation | undefined;
  doc.sentences.forEach((sentence, i) => {
    const quotes = quotations[i];
    const found = quotes.map((q) => direct(text, sentence, q, trimmed(text, q.inner))).filter((d) => d !== undefined);
    const draft = found.length > 0 ? undefined : (attributionOf(text, sentence, unattributed) ?? accordingTo(text, sentence) ?? reported(text, sentence));
    drafts.push(...found, ...(draft ? [draft] : []));
    const whole = quotes.length === 1 && trimmed(text, sentence).start === quotes[0].start && /^[。.！!？?\s]*$/.test(text.slice(quotes[0].end, sentence.end));
    unattributed = whole && found.length === 0 ? quotes[0] : undefined;
  });
  return draftsToStatements(doc, drafts, CHINESE_CUES.pronouns);
}
