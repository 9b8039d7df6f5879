import type { BriefingJson } from '../briefing/schema.js';
import { balancedQuotes, BriefingView, EXCLUSIVES_SHOWN, NO_SPEAKERS, voiceOf, type StatementLine, type Voice } from './model.js';

type Claim = BriefingJson['claims'][number];

/**
 * Scraped text made inert for Markdown: one line, and the characters that would start
 * markup (emphasis, links, raw HTML, code, tables) backslash-escaped.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>~]/g, (c) => `\\${c}`)
    .replace(/^#/, '\\#');
}

/** A statement (see `StatementLine`): "_denied_ that …" when the cue comes first, else "“…” (told)"; no cue for a colon or none. */
function statementLine(line: StatementLine): string {
  const text = escapeMarkdown(line.text);
  if (!line.cue) return line.quoted ? `“${text}”` : text;
  const cue = escapeMarkdown(line.cue);
  if (line.cueFirst) return `_${cue}_ ${text}`;
  return `${line.quoted ? `“${text}”` : text} (${cue})`;
}

/** A sentence printed alone, escaped, its quotation marks balanced (see `balancedQuotes`). */
const shown = (text: string) => escapeMarkdown(balancedQuotes(text).text);

function cite(view: BriefingView, support: { doc: string }[]): string {
  const numbers = [...new Set(support.flatMap((s) => view.docNumber(s.doc) ?? []))].sort((a, b) => a - b);
  return numbers.map((n) => `[${n}]`).join('');
}

/** A passage with its speaker's name in brackets where it refers to them, or as a label before it. */
function voiced(passage: string, voice: Voice): string {
  // A quotation mark put before the text moves the place of the bracketed name.
  const { text, shift } = balancedQuotes(passage);
  if (voice.after !== undefined) voice = { ...voice, after: voice.after + shift };
  if (!voice.name) return escapeMarkdown(text);
  if (voice.after === undefined) return `**${escapeMarkdown(voice.name)}:** ${escapeMarkdown(text)}`;
  const rest = text.slice(voice.after);
  return `${escapeMarkdown(text.slice(0, voice.after))} [${escapeMarkdown(voice.name)}]${/^\s/.test(rest) ? ' ' : ''}${escapeMarkdown(rest)}`;
}

function claimLine(view: BriefingView, c: Claim): string {
  return `\`[${view.badge(c)}]\` ${voiced(c.text, view.voice(c))} ${cite(view, c.support)}`;
}

function sidesLines(view: BriefingView, c: Claim): string[] {
  return (c.sides ?? []).map((s) => `  - ${shown(s.text)} ${cite(view, s.support)}`);
}

/** The briefing as Markdown that reads at a glance in a terminal. */
export function renderMarkdown(briefing: BriefingJson): string {
  const view = new BriefingView(briefing);
  const out: string[] = [`# ${shown(briefing.headline)}`, '', `_${view.overview()}_`, ''];

  out.push('## Summary', '');
  for (const item of briefing.summary) {
    const text = voiced(item.text, voiceOf(item.text, item.speaker, item.speakerMention));
    const badge = item.sources && item.sources > 1 ? ` \`[${item.sources} sources]\`` : '';
    out.push(`- ${text}${item.excerpt ? ' …' : ''} ${cite(view, item.support)}${badge}`);
  }
  if (briefing.summary.length === 0) out.push('_Nothing to summarise._');
  out.push('');

  out.push('## Key claims', '');
  for (const c of view.keyClaims()) out.push(`- ${claimLine(view, c)}`, ...sidesLines(view, c));
  out.push('');

  const speakers = briefing.speakers;
  if (speakers) {
    out.push('## Who said what', '');
    if (speakers.length === 0) out.push(`_${NO_SPEAKERS}_`, '');
    for (const sp of speakers) {
      out.push(`### ${escapeMarkdown(sp.name)}`, '');
      for (const line of view.statementLines(sp.statements)) out.push(`- ${statementLine(line)} ${cite(view, line.support)}`);
      out.push('');
    }
  }

  const comparison = briefing.comparison;
  if (comparison) {
    out.push('## Agreements and disagreements', '');
    const agreed = view.claims(comparison.agreements);
    const disputed = view.claims(comparison.disagreements);
    if (agreed.length === 0 && disputed.length === 0) out.push('_No claim is reported by more than one source._', '');
    const names = (list: string[]) => list.map(escapeMarkdown).join(', ');
    for (const c of agreed) {
      const missing = view.omittedBy(c);
      const silent = missing.length ? `; _not reported by ${names(missing)}_` : '';
      out.push(`- ${shown(c.text)} ${cite(view, c.support)} — agreed by ${names(view.outletsOf(c.support))}${silent}`);
    }
    for (const c of disputed) {
      out.push(`- \`[disputed]\` ${shown(c.text)}`);
      for (const side of c.sides ?? []) {
        out.push(`  - **${names(view.outletsOf(side.support))}:** ${shown(side.text)} ${cite(view, side.support)}`);
      }
    }
    out.push('');

    out.push('## Only in one outlet', '');
    const { listed, quiet } = view.exclusivesByOutlet();
    for (const { source, claims: exclusives } of listed) {
      out.push(`### ${escapeMarkdown(source)}`, '');
      for (const c of exclusives.slice(0, EXCLUSIVES_SHOWN)) out.push(`- ${claimLine(view, c)}`);
      if (exclusives.length > EXCLUSIVES_SHOWN) out.push(`- _and ${exclusives.length - EXCLUSIVES_SHOWN} more_`);
      out.push('');
    }
    if (quiet.length) out.push(`_Nothing that no other outlet reports:_ ${names(quiet)}`, '');
  }

  const timeline = briefing.timeline;
  if (timeline) {
    out.push('## Timeline', '');
    for (const t of timeline) out.push(`- **${escapeMarkdown(t.date)}** — ${shown(t.text)} ${cite(view, t.support)}`);
    if (timeline.length === 0) out.push(`_${view.emptyTimeline()}_`);
    out.push('');
  }

  out.push('## Sources', '');
  briefing.documents.forEach((d, i) => {
    const parts = [escapeMarkdown(d.source), d.title ? `“${escapeMarkdown(d.title)}”` : '', d.published ? escapeMarkdown(d.published) : ''];
    const url = d.url && /^https?:\/\//i.test(d.url) ? ` <${d.url.replace(/[<>\s]/g, encodeURIComponent)}>` : '';
    out.push(`${i + 1}. ${parts.filter(Boolean).join(' — ')}${url}`);
  });
  out.push('');
  return out.join('\n');
}
