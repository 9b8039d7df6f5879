/**
 * Turn attributions (token ranges) and paragraph-level forms into the pipeline's Statement
 * records: character spans, the cue's lemma, the kind of quotation and the speaker.
 */
import type { Cue, Mention, Span, Speaker, Statement, StatementKind } from '../core/types.js';
import { isTitleCase } from '../language/index.js';
import { tokenAt, type Analysis } from './analysis.js';
import type { Attribution, TokenSpan } from './attributions.js';
import { cueHead } from './features.js';
import { findForms } from './forms.js';
import { nounDeterminers, reportingPhrases } from './lexicon.js';
import { isQuoteMark, singleMarks } from './marks.js';
import type { Quotation } from './quotes.js';
import { SpeakerResolver } from './speakers.js';
import { SpanIndex } from '../core/span-index.js';

interface Draft {
  parts: Span[];
  speaker: Speaker;
  cue: Cue;
  /** Paragraphs given whole to a speaker swallow the attributions inside them. */
  absorbs?: boolean;
  /** The speaker's own words without quotation marks (see `FormStatement`). */
  verbatim?: boolean;
  /** The statement whose speaker's quotation this one continues. */
  continues?: Draft;
}

const firstPerson = /^(i|we|you)$/i;
const determiners = new Set<string>(nounDeterminers);

/** "His accused killer", "the alleged gunman": a verb form between a determiner and a noun describes the noun; no one speaks. */
function modifierCue(a: Analysis, [first, last]: TokenSpan): boolean {
  const cue = a.tokens[first];
  const before = a.tokens[first - 1];
  const after = a.tokens[last];
  if (last - first !== 1 || !before || !after || (cue.pos !== 'VERB' && cue.pos !== 'ADJ')) return false;
  return determiners.has(before.text.toLowerCase()) && (after.pos === 'NOUN' || after.pos === 'PROPN');
}

/**
 * "Woman Killed In Queens Crash, Driver Charged": a headline ends on a participle that says
 * what happened to its subject (a headline reports speech in the present, "Police Say").
 */
function passiveInHeadline(a: Analysis, [first, last]: TokenSpan): boolean {
  const cue = a.tokens[first];
  if (last - first !== 1 || !/^\p{Lu}\p{Ll}*ed$/u.test(cue.text)) return false;
  const sentence = a.sentences[cue.sentence];
  if (a.tokens.slice(last, sentence.last).some((t) => /[\p{L}\p{N}]/u.test(t.text))) return false;
  return isTitleCase(a.text.slice(a.tokens[sentence.first].start, cue.end));
}

/** Tokens in a floating quotation before it counts as someone's words rather than a phrase. */
const floatingMinTokens = 5;

/** Where the words of an attribution start, when all of them come before its source. */
function wordsBefore(a: Analysis, at: Attribution): number | undefined {
  const [source] = at.sources;
  if (at.contents.length === 0 || at.contents.some(([, end]) => end > source[0])) return undefined;
  return a.tokens[Math.min(...at.contents.map(([first]) => first))].start;
}

function charSpan(a: Analysis, [first, last]: TokenSpan): Span {
  return { start: a.tokens[first].start, end: a.tokens[last - 1].end };
}

const inside = (inner: Span, outer: Span) => inner.start >= outer.start && inner.end <= outer.end;

function overlap(parts: Span[], span: Span): number {
  let n = 0;
  for (const p of parts) n += Math.max(0, Math.min(p.end, span.end) - Math.max(p.start, span.start));
  return n;
}

/** The hull of the parts without the quotation marks that open the first and close the last. */
function contentSpan(text: string, parts: Span[]): Span {
  return withoutOuterMarks(text, { start: parts[0].start, end: parts[parts.length - 1].end });
}

/**
 * A part without the quotation marks around it, and without spaces or a comma at its end.
 * A mark is outer only when the marks left inside pair up: in "described it as a “total
 * loss”" the closing mark ends a quotation opened inside, and stays.
 */
function withoutOuterMarks(text: string, span: Span): Span {
  let { start, end } = span;
  const trimEnd = () => {
    while (end > start && /[\s,]/.test(text[end - 1])) end--;
  };
  const closes = () => end > start && isQuoteMark(text[end - 1]);
  const opens = () => isQuoteMark(text[start]) && marksBetween(text, start + 1, closes() ? end - 1 : end, text[start]) % 2 === 0;
  trimEnd();
  while (start < end && (/\s/.test(text[start]) || opens())) start++;
  while (closes() && marksBetween(text, start, end - 1, text[end - 1]) % 2 === 0) {
    end--;
    trimEnd();
  }
  return { start, end };
}

/**
 * Quotation marks in `text` from `start` to `end` of the same kind as `mark`, single or
 * double: quotations nest by alternating them, and single marks double as apostrophes
 * ("don’t", "she ’ s"), which are left out as far as they can be told.
 */
function marksBetween(text: string, start: number, end: number, mark: string): number {
  const single = singleMarks.has(mark);
  let n = 0;
  for (let i = start; i < end; i++) {
    if (!isQuoteMark(text[i]) || singleMarks.has(text[i]) !== single) continue;
    if (!(single && /\p{L}/u.test(text[i - 1] ?? '') && /\p{L}/u.test(text[i + 1] ?? ''))) n++;
  }
  return n;
}

function kindOf(quotes: SpanIndex<Quotation>, parts: Span[]): StatementKind {
  let quoted = 0;
  let total = 0;
  for (const part of parts) {
    total += part.end - part.start;
    for (const q of quotes.overlapping(part)) {
      if (q.depth > 0) continue;
      quoted += Math.min(q.end, part.end) - Math.max(q.start, part.start);
    }
  }
  if (total > 0 && quoted >= total - 2) return 'direct';
  return quoted > 0 ? 'mixed' : 'reported';
}

/** "said" -> "say", "has long argued" -> "argue", "according to" -> "according to", ":" -> ":". */
function cueLemma(a: Analysis, cue: TokenSpan): string {
  const words = a.tokens
    .slice(cue[0], cue[1])
    .map((t) => t.lower)
    .join(' ');
  const phrase = reportingPhrases.find((p) => words === p || words.startsWith(`${p} `));
  if (phrase) return phrase;
  return a.tokens[cueHead(a, cue[0], cue[1])].lemma.toLowerCase();
}

/** Quotations that stand alone as a sentence and belong to no statement take the speaker of the statement before them. */
function floatingQuotes(a: Analysis, drafts: Draft[], byPart: SpanIndex<Draft>): Draft[] {
  const found: Draft[] = [];
  const named = drafts
    .filter((d) => d.speaker.name)
    .map((d) => ({ end: d.parts[d.parts.length - 1].end, draft: d }))
    .sort((x, y) => x.end - y.end);
  for (const q of a.quotations) {
    if (q.depth > 0 || !q.closed) continue;
    const first = tokenAt(a, q.start);
    if (first >= a.tokens.length || a.sentences[a.tokens[first].sentence].first !== first) continue;
    let count = 0;
    for (let t = first; t < a.tokens.length && a.tokens[t].start < q.end && count < floatingMinTokens; t++) count++;
    if (count < floatingMinTokens) continue;
    if (byPart.overlapping(q).length > 0) continue;
    // The named statement that ends last before the quotation, within a paragraph of it.
    let lo = 0;
    let hi = named.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (named[mid].end <= q.start) lo = mid + 1;
      else hi = mid;
    }
    const previous = named[lo - 1];
    if (!previous) continue;
    const at = Math.min(tokenAt(a, previous.end - 1), a.tokens.length - 1);
    if (a.tokens[first].paragraph - a.tokens[at].paragraph > 1) continue;
    found.push({
      parts: [{ start: q.start, end: q.end }],
      speaker: { ...previous.draft.speaker },
      cue: { text: '', lemma: '' },
      continues: previous.draft,
    });
  }
  return found;
}

/** `mentions`: the entities stage's mentions of the same text, when it ran (they tell places and organisations from people). */
export function toStatements(docId: string, a: Analysis, attributions: Attribution[], mentions: readonly Mention[] = []): Statement[] {
  const text = a.text;
  const resolver = new SpeakerResolver(a, mentions);
  const quotes = new SpanIndex(a.quotations.map((q) => ({ span: q, item: q })));
  let drafts: Draft[] = attributions
    .filter((at) => at.contents.length > 0 && !modifierCue(a, at.cue) && !passiveInHeadline(a, at.cue))
    .sort((x, y) => x.cue[0] - y.cue[0])
    .map((at) => {
      const cueSpan = charSpan(a, at.cue);
      const parts = at.contents.map((c) => charSpan(a, c));
      const cueText = text.slice(cueSpan.start, cueSpan.end);
      return {
        parts,
        speaker: at.sources[0] ? resolver.resolve(at.sources[0], wordsBefore(a, at)) : {},
        cue: { text: cueText, lemma: cueLemma(a, at.cue), span: cueSpan },
        // "Putin: We agreed…": words after a colon right after their speaker's name are that
        // speaker's own ("Officials had one message: stay home" gives no one's words).
        verbatim:
          cueText === ':' &&
          parts[0].start >= cueSpan.end &&
          at.sources[0] !== undefined &&
          /^\s*$/.test(text.slice(charSpan(a, at.sources[0]).end, cueSpan.start)),
      };
    });
  const partsOf = (list: Draft[]) => new SpanIndex(list.flatMap((d) => d.parts.map((span) => ({ span, item: d }))));
  const byPart = partsOf(drafts);
  // Covered: most of the span is the content of an attribution whose cue stands outside it.
  const covered = (span: Span) =>
    byPart
      .overlapping(span)
      .some((d) => d.cue.span && !inside(d.cue.span, span) && overlap(d.parts, span) * 2 >= span.end - span.start);
  // Attributed: the span reports someone else's words itself (not "I think", not inside a
  // quotation); with `quoted`, words it quotes.
  const attributed = (span: Span, quoted = false) =>
    byPart
      .overlapping(span)
      .some(
        (d) =>
          d.cue.span &&
          inside(d.cue.span, span) &&
          d.parts.every((q) => inside(q, span)) &&
          !quotes.overlapping(d.cue.span).some((q) => inside(d.cue.span!, q)) &&
          !(d.speaker.span && firstPerson.test(text.slice(d.speaker.span.start, d.speaker.span.end))) &&
          (!quoted || d.parts.some((p) => quotes.overlapping(p).some((q) => q.depth === 0))),
      );
  const forms = findForms(a, resolver, covered, attributed);
  const formCues = new SpanIndex(forms.filter((f) => f.cue.span).map((f) => ({ span: f.cue.span!, item: f })));
  const formParts = new SpanIndex(forms.filter((f) => f.absorbs).flatMap((f) => f.parts.map((span) => ({ span, item: f }))));
  // A signature says whose words a quotation is: no cue outside it gives them to another.
  const signed = new SpanIndex(forms.filter((f) => f.cue.lemma === '—').flatMap((f) => f.parts.map((span) => ({ span, item: span }))));
  drafts = drafts.filter(
    (d) =>
      !d.cue.span ||
      (formCues.overlapping(d.cue.span).length === 0 &&
        !formParts.overlapping(d.cue.span).some((f) => f.parts.some((p) => inside(d.cue.span!, p))) &&
        !d.parts.every((p) => signed.overlapping(p).some((q) => inside(p, q) && !inside(d.cue.span!, q)))),
  );
  drafts.push(...forms);
  drafts.push(...floatingQuotes(a, drafts, partsOf(drafts)));

  const ofDraft = new Map<Draft, Statement>();
  const statements: Statement[] = drafts.map((d) => {
    const parts = d.parts.slice().sort((x, y) => x.start - y.start);
    const span = contentSpan(text, parts);
    const statement: Statement = {
      id: '',
      doc: docId,
      speaker: d.speaker,
      text: parts
        .map((p) => withoutOuterMarks(text, p))
        .map((p) => text.slice(p.start, p.end))
        .join(' … '),
      span,
      kind: d.verbatim ? 'direct' : kindOf(quotes, parts),
      cue: d.cue,
      parts,
    };
    ofDraft.set(d, statement);
    return statement;
  });
  statements.sort((x, y) => x.span.start - y.span.start || (x.cue.span?.start ?? 0) - (y.cue.span?.start ?? 0));
  statements.forEach((s, i) => (s.id = `${docId}:s${i + 1}`));
  for (const d of drafts) if (d.continues) ofDraft.get(d)!.continues = ofDraft.get(d.continues)!.id;
  const statementParts = new SpanIndex(statements.flatMap((o) => o.parts!.map((span) => ({ span, item: o }))));
  for (const s of statements) {
    if (!s.cue.span) continue;
    const outer = statementParts.overlapping(s.cue.span).find((o) => o !== s && o.parts!.some((p) => inside(s.cue.span!, p)));
    if (!outer) continue;
    s.within = outer.id;
    // "I" inside someone's words is that someone.
    const pronoun = s.speaker.span && text.slice(s.speaker.span.start, s.speaker.span.end).toLowerCase();
    if ((pronoun === 'i' || pronoun === 'me') && outer.speaker.name && outer.speaker.span) {
      s.speaker = { ...s.speaker, name: outer.speaker.name, antecedent: outer.speaker.span };
      if (outer.speaker.role) s.speaker.role = outer.speaker.role;
    }
  }
  return statements;
}
