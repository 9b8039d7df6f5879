/**
 * Turn attributions (token ranges) into the pipeline's Statement records: character spans,
 * the cue's lemma, the kind of quotation and the speaker.
 */
import type { Span, Statement, StatementKind } from '../core/types.js';
import type { Analysis } from './analysis.js';
import type { Attribution, TokenSpan } from './attributions.js';
import { isQuoteMark } from './marks.js';

function charSpan(a: Analysis, [first, last]: TokenSpan): Span {
  return { start: a.tokens[first].start, end: a.tokens[last - 1].end };
}

/** The hull of the parts without the quotation marks that open the first and close the last. */
function contentSpan(text: string, parts: Span[]): Span {
  let start = parts[0].start;
  let end = parts[parts.length - 1].end;
  if (isQuoteMark(text[start])) start++;
  if (end > start && isQuoteMark(text[end - 1])) end--;
  while (start < end && /[\s,]/.test(text[end - 1])) end--;
  return { start, end };
}

function kindOf(a: Analysis, parts: Span[]): StatementKind {
  let quoted = 0;
  let total = 0;
  for (const part of parts) {
    total += part.end - part.start;
    for (const q of a.quotations) {
      if (q.depth > 0 || q.end <= part.start || q.start >= part.end) continue;
      quoted += Math.min(q.end, part.end) - Math.max(q.start, part.start);
    }
  }
  if (total > 0 && quoted >= total - 2) return 'direct';
  return quoted > 0 ? 'mixed' : 'reported';
}

function stripMarks(text: string): string {
  return text.replace(/^[\s"“”„«»‘’'‚‹›「」『』]+|[\s"“”„«»‘’'‚‹›「」『』,]+$/g, '');
}

export function toStatements(docId: string, a: Analysis, attributions: Attribution[]): Statement[] {
  const text = a.text;
  const out: Statement[] = [];
  for (const at of attributions) {
    if (at.contents.length === 0) continue;
    const parts = at.contents.map((c) => charSpan(a, c));
    const span = contentSpan(text, parts);
    const cueSpan = charSpan(a, at.cue);
    const source = at.sources[0] ? charSpan(a, at.sources[0]) : undefined;
    out.push({
      id: '',
      doc: docId,
      speaker: source ? { name: text.slice(source.start, source.end), span: source } : {},
      text: parts.map((p) => stripMarks(text.slice(p.start, p.end))).join(' '),
      span,
      kind: kindOf(a, parts),
      cue: { text: text.slice(cueSpan.start, cueSpan.end), lemma: a.tokens[at.cue[0]].lemma.toLowerCase(), span: cueSpan },
      parts,
    });
  }
  out.sort((x, y) => x.span.start - y.span.start || x.cue.span!.start - y.cue.span!.start);
  out.forEach((s, i) => (s.id = `${docId}:s${i + 1}`));
  return out;
}
