/**
 * Statement forms that stand at the level of paragraphs and lines, which the taggers do not
 * see whole: a speaker line before the words ("Biden thanked Putin," / "X said:"), a name
 * line after them ("— Commissioner Starks", "Putin to Biden"), a "Name: words" line, a
 * list introduced as someone's statements, and a quotation standing alone after a
 * statement whose speaker it continues.
 */
import type { Span, Speaker } from '../core/types.js';
import type { Analysis } from './analysis.js';
import { listIntroNouns, listIntroPhrases } from './lexicon.js';
import type { SpeakerResolver } from './speakers.js';

export interface FormStatement {
  parts: Span[];
  speaker: Speaker;
  cue: { text: string; lemma: string; span?: Span };
  /** Unquoted paragraphs given whole to a speaker: other attributions inside are that speaker's words. */
  absorbs: boolean;
}

const listNouns = new Set<string>(listIntroNouns);
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
function contentOf(a: Analysis, p: Paragraph): Span {
  let end = p.span.end;
  if (/[.;]$/.test(p.text) && !/\.\.\.$|…$/.test(p.text)) end--;
  return { start: p.span.start, end };
}

function hasVerb(a: Analysis, first: number, last: number): boolean {
  for (let t = first; t < last; t++) if (a.tokens[t].pos === 'VERB' || a.tokens[t].pos === 'AUX') return true;
  return false;
}

const isHeading = (a: Analysis, p: Paragraph) => p.last - p.first <= shortLine && !/[.!?:,;"”’»…]$/.test(p.text);

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

/** A line that is only a name, maybe after a dash and before "to <name>" or a full stop. */
function nameLine(a: Analysis, p: Paragraph, resolver: SpeakerResolver): Speaker | undefined {
  if (p.last - p.first > 8) return undefined;
  const stripped = p.text.replace(/^[—–\-―~]+\s*/, '').replace(/[.]$/, '');
  if (!/^\p{Lu}/u.test(stripped) || /[,:;!?"“”]/.test(stripped)) return undefined;
  // Every word is capitalised, or a short link word between names ("Putin to Biden").
  const words = stripped.split(/\s+/);
  if (!words.every((w) => /^\p{Lu}/u.test(w) || /^(to|of|for|and|the|de|von|van)$/.test(w))) return undefined;
  return resolver.resolveName(p.span);
}

export function findForms(a: Analysis, resolver: SpeakerResolver, covered: (span: Span) => boolean): FormStatement[] {
  const out: FormStatement[] = [];
  const paragraphs = paragraphsOf(a);
  const taken = new Set<number>();
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const length = p.last - p.first;
    // "Name: words" (headlines, transcripts).
    const colon = a.tokens.slice(p.first, Math.min(p.last, p.first + 6)).findIndex((tk) => tk.text === ':');
    if (colon > 0 && p.first + colon + 1 < p.last) {
      const colonToken = a.tokens[p.first + colon];
      const speaker = resolver.resolveName({ start: p.span.start, end: colonToken.start });
      const content = { start: a.tokens[p.first + colon + 1].start, end: contentOf(a, p).end };
      if (speaker && hasVerb(a, p.first + colon + 1, p.last) && !covered(content)) {
        out.push({
          parts: [content],
          speaker,
          cue: { text: ':', lemma: ':', span: { start: colonToken.start, end: colonToken.end } },
          absorbs: false,
        });
        taken.add(i);
        continue;
      }
    }
    // A speaker line that ends with a comma or colon, then the words in the next paragraph(s).
    const next = paragraphs[i + 1];
    if (next && length <= shortLine + 4 && /[,:]$/.test(p.text)) {
      const speaker = resolver.resolveName(p.span);
      if (!speaker) continue;
      const list = isListIntro(a, p);
      const end = a.tokens[p.last - 1];
      const cue = (list ? undefined : cueIn(a, p.first, p.last)) ?? {
        text: end.text,
        lemma: ':',
        span: { start: end.start, end: end.end },
      };
      for (let k = i + 1; k < paragraphs.length; k++) {
        const item = paragraphs[k];
        if (isHeading(a, item) || (k > i + 1 && nameLine(a, item, resolver))) break;
        const content = contentOf(a, item);
        if (!covered(content) || list) out.push({ parts: [content], speaker, cue, absorbs: true });
        taken.add(k);
        if (!list) break;
      }
      continue;
    }
    // A name line after the words it signs.
    const prev = paragraphs[i - 1];
    if (prev && !taken.has(i - 1) && !isHeading(a, prev)) {
      const content = contentOf(a, prev);
      if (covered(content)) continue;
      const speaker = nameLine(a, p, resolver);
      if (speaker) {
        out.push({ parts: [content], speaker, cue: { text: '', lemma: '' }, absorbs: true });
        taken.add(i - 1);
      }
    }
  }
  return out;
}
