/**
 * Statement forms that stand at the level of paragraphs and lines, which the taggers do not
 * see whole: a speaker line before the words ("Biden thanked Putin," / "X said:"), a name
 * line after them ("— Commissioner Starks", "Putin to Biden"), a "Name: words" line, a
 * list introduced as someone's statements, and a quotation standing alone after a
 * statement whose speaker it continues.
 */
import type { Span, Speaker } from '../core/types.js';
import { tokenAt, type Analysis } from './analysis.js';
import { listIntroNouns, listIntroPhrases, signatureMarks } from './lexicon.js';
import type { SpeakerResolver } from './speakers.js';

export interface FormStatement {
  parts: Span[];
  speaker: Speaker;
  cue: { text: string; lemma: string; span?: Span };
  /** Unquoted paragraphs given whole to a speaker: other attributions inside are that speaker's words. */
  absorbs: boolean;
  /**
   * The speaker's own words, quotation marks or not: a "Name:" line, the paragraph after a
   * speaker line, first-person words signed by a name line. A list's items are not: "the
   * main points of her statements" are the outlet's summary of them.
   */
  verbatim: boolean;
}

const listNouns = new Set<string>(listIntroNouns);
const signature = signatureMarks.join('|');
/** A line that opens with a signature mark, and the mark. */
const signatureOpening = new RegExp(`^(?:${signature}|-)+\\s*`);
/**
 * The end of a line signed on the line itself: the words' last mark (a closing quotation
 * mark or a sentence's end), the signature mark, and a name with, for an embedded post, a
 * handle and a date after it ("— Dana Starks (@dstarks) May 2, 2024").
 */
const signedEnding = new RegExp(`(["”’»]|[.!?…])\\s*(${signature})\\s*([^—―–~]+?)(\\s*\\(@\\w+\\).*)?$`, 'u');
/** Fewest tokens of words after "Name:" for the line to count as a statement. */
const minWords = 3;
/** First- and second-person words: signs that a paragraph is someone's own words. */
const personal = /\b(I|me|my|we|us|our|you|your)\b/i;
/** A line short enough to be a speaker line, a name line or a heading. */
const shortLine = 14;

interface Paragraph {
  first: number;
  last: number;
  span: Span;
  text: string;
}

function paragraphsOf(a: Analysis): Paragraph[] {
  return a.paragraphs
    .filter((p) => p.last > p.first)
    .map((p) => {
      const span = { start: a.tokens[p.first].start, end: a.tokens[p.last - 1].end };
      return { first: p.first, last: p.last, span, text: a.text.slice(span.start, span.end) };
    });
}

/** The paragraph's text without a final full stop, as a content span. */
function contentOf(p: Paragraph): Span {
  let end = p.span.end;
  if (/[.;]$/.test(p.text) && !/\.\.\.$|…$/.test(p.text)) end--;
  return { start: p.span.start, end };
}

function countWords(a: Analysis, first: number, last: number): number {
  let n = 0;
  for (let t = first; t < last; t++) if (/\p{L}/u.test(a.tokens[t].text)) n++;
  return n;
}

/** How often each lower-cased word occurs in the document. */
function wordCounts(a: Analysis): Map<string, number> {
  const counts = new Map<string, number>();
  for (const tk of a.tokens) counts.set(tk.lower, (counts.get(tk.lower) ?? 0) + 1);
  return counts;
}

/** Whether a verb or a number comes in a token range: words that lead up to a name, not a speaker opening a line. */
function leadsUpTo(a: Analysis, first: number, last: number): boolean {
  for (let t = first; t < last; t++) if (a.tokens[t].pos === 'NUM') return true;
  return hasVerb(a, first, last);
}

function hasVerb(a: Analysis, first: number, last: number): boolean {
  for (let t = first; t < last; t++) if (a.tokens[t].pos === 'VERB' || a.tokens[t].pos === 'AUX') return true;
  return false;
}

const isHeading = (p: Paragraph) => p.last - p.first <= shortLine && !/[.!?:,;"”’»…]$/.test(p.text);

/** The first speech-like verb of a token range, as a cue. */
function cueIn(a: Analysis, first: number, last: number): FormStatement['cue'] | undefined {
  for (let t = first; t < last; t++) {
    if (a.classOf[t] && a.classOf[t] !== 'noun' && a.tokens[t].pos === 'VERB') {
      const tk = a.tokens[t];
      return { text: tk.text, lemma: tk.lemma.toLowerCase(), span: { start: tk.start, end: tk.end } };
    }
  }
  return undefined;
}

function isListIntro(a: Analysis, p: Paragraph): boolean {
  const lower = p.text.toLowerCase();
  if (listIntroPhrases.some((phrase) => lower.includes(phrase))) return true;
  for (let t = p.first; t < p.last; t++) if (listNouns.has(a.tokens[t].lower)) return true;
  return false;
}

/**
 * A line that signs the words before it: only a name, after a dash ("— Commissioner
 * Starks"), with role words ("US President Joe Biden."), or with an addressee ("Putin to
 * Biden"). A bare capitalised word (a photo credit, a heading) does not count.
 */
function nameLine(p: Paragraph, resolver: SpeakerResolver): Speaker | undefined {
  if (p.last - p.first > 8) return undefined;
  const dashed = signatureOpening.test(p.text);
  const stripped = p.text.replace(signatureOpening, '').replace(/[.]$/, '');
  if (!/^\p{Lu}/u.test(stripped) || /[,:;!?"“”]/.test(stripped)) return undefined;
  const addressed = /^\S+(\s\S+){0,3}\s+to\s+\p{Lu}/u.test(stripped);
  const head = addressed ? stripped.slice(0, stripped.search(/\s+to\s+/)) : stripped;
  const start = p.span.start + p.text.indexOf(head);
  const speaker = resolver.resolveName({ start, end: start + head.length }, true);
  if (!speaker) return undefined;
  return dashed || addressed || speaker.role ? speaker : undefined;
}

/** Do these words read as someone's own: a quotation, or first- or second-person words? */
function ownWords(a: Analysis, p: Paragraph): boolean {
  return personal.test(p.text) || a.quotations.some((q) => q.start >= p.span.start && q.start < p.span.end);
}

/**
 * Paragraph-level statements. `covered(span)` tells whether an attribution from outside
 * already claims most of a span; `attributed(span, quoted)` whether the span holds its own
 * attribution (cue and content inside it; with `quoted`, of words in quotation marks).
 */
export function findForms(
  a: Analysis,
  resolver: SpeakerResolver,
  covered: (span: Span) => boolean,
  attributed: (span: Span, quoted?: boolean) => boolean,
): FormStatement[] {
  const out: FormStatement[] = [];
  const paragraphs = paragraphsOf(a);
  const taken = new Set<number>();
  let counts: Map<string, number> | undefined;
  // A one-word speaker must be named elsewhere too ("WALLACE:" and "Chris Wallace"), or it may be a label ("Video:", "Statement:").
  const known = (speaker: Speaker | undefined): speaker is Speaker => {
    if (!speaker) return false;
    counts ??= wordCounts(a);
    const name = speaker.name ?? '';
    return name.includes(' ') || (counts.get(name.toLowerCase()) ?? 0) >= 2;
  };
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const length = p.last - p.first;
    // "Name: words" (headlines, transcripts).
    const colon = a.tokens.slice(p.first, Math.min(p.last, p.first + 6)).findIndex((tk) => tk.text === ':');
    if (colon > 0 && p.first + colon + 1 < p.last) {
      const colonToken = a.tokens[p.first + colon];
      const speaker = resolver.resolveName({ start: p.span.start, end: colonToken.start }, true);
      const content = { start: a.tokens[p.first + colon + 1].start, end: contentOf(p).end };
      const words = countWords(a, p.first + colon + 1, p.last);
      if (known(speaker) && words >= minWords && hasVerb(a, p.first + colon + 1, p.last) && !covered(content)) {
        out.push({
          parts: [content],
          speaker,
          cue: { text: ':', lemma: ':', span: { start: colonToken.start, end: colonToken.end } },
          absorbs: false,
          verbatim: true,
        });
        taken.add(i);
        continue;
      }
    }
    // A speaker line that ends with a comma or colon, then the words in the next paragraph(s).
    const next = paragraphs[i + 1];
    if (next && length <= shortLine + 4 && /[,:]$/.test(p.text)) {
      const list = isListIntro(a, p);
      if (!list && attributed(next.span, true)) continue;
      const speaker = resolver.resolveName(p.span);
      // The speaker opens the line ("Beginning Monday, customers can register for the Q10 at:"
      // introduces a link, not Q10's words; "TNN Nov 12, 2011, 05.51AM IST MUMBAI:" is a
      // dateline), or the line names the words ("Below is a statement by…").
      if (!known(speaker) || (!list && leadsUpTo(a, p.first, tokenAt(a, speaker.span?.start ?? p.span.start)))) continue;
      const end = a.tokens[p.last - 1];
      const cue = (list ? undefined : cueIn(a, p.first, p.last)) ?? {
        text: end.text,
        lemma: ':',
        span: { start: end.start, end: end.end },
      };
      for (let k = i + 1; k < paragraphs.length; k++) {
        const item = paragraphs[k];
        if (isHeading(item) || (k > i + 1 && nameLine(item, resolver))) break;
        // Narration resumes where an item reports someone else and has no first-person words.
        if (k > i + 1 && attributed(item.span) && !personal.test(item.text)) break;
        const content = contentOf(item);
        if (!covered(content) || list) out.push({ parts: [content], speaker, cue, absorbs: true, verbatim: !list });
        taken.add(k);
        if (!list) break;
      }
      continue;
    }
    // A name line after the words it signs.
    const prev = paragraphs[i - 1];
    if (prev && !taken.has(i - 1) && !isHeading(prev) && ownWords(a, prev)) {
      const content = contentOf(prev);
      if (covered(content)) continue;
      const speaker = nameLine(p, resolver);
      if (speaker) {
        const mark = signatureOpening.exec(p.text)?.[0].trimEnd();
        const cue = mark ? signatureCue(mark, p.span.start) : { text: '', lemma: '' };
        out.push({ parts: [content], speaker, cue, absorbs: true, verbatim: true });
        taken.add(i - 1);
        continue;
      }
    }
    const signed = signedLine(a, p, resolver);
    if (signed && !taken.has(i) && known(signed.speaker) && !covered(signed.parts[0])) out.push(signed);
  }
  return out;
}

const signatureCue = (mark: string, start: number) => ({ text: mark, lemma: '—', span: { start, end: start + mark.length } });

/** Words signed on their own line: "“We stay.” ― Dana Starks". A quotation keeps the attributions inside it. */
function signedLine(a: Analysis, p: Paragraph, resolver: SpeakerResolver): FormStatement | undefined {
  const m = signedEnding.exec(p.text);
  if (!m) return undefined;
  const [, close, mark, name] = m;
  const markAt = p.text.indexOf(mark, m.index + close.length);
  const nameAt = p.text.indexOf(name, markAt + mark.length);
  const speaker = resolver.resolveName({ start: p.span.start + nameAt, end: p.span.start + nameAt + name.replace(/\.$/, '').length }, true);
  if (!speaker) return undefined;
  const end = p.span.start + m.index + (close === '.' ? 0 : close.length);
  const quotation = a.quotations.find((q) => q.end === p.span.start + m.index + 1 && q.start >= p.span.start);
  const content = { start: quotation?.start ?? p.span.start, end };
  const words = countWords(a, tokenAt(a, content.start), tokenAt(a, content.end));
  if (words < minWords || (!quotation && !ownWords(a, p))) return undefined;
  return { parts: [content], speaker, cue: signatureCue(mark, p.span.start + markAt), absorbs: !quotation, verbatim: true };
}
