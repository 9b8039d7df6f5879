import type { BriefingJson } from '../briefing/schema.js';
import { balancedQuotes, BriefingView, EXCLUSIVES_SHOWN, NO_SPEAKERS, OUTLETS_NAMED, voiceOf, type StatementLine, type Voice } from './model.js';

/** A sentence printed alone, escaped, its quotation marks balanced (see `balancedQuotes`). */
const shown = (text: string) => escapeHtml(balancedQuotes(text).text);

/** A statement as the Markdown report writes it (see `StatementLine`), in HTML. */
function statementLine(line: StatementLine): string {
  const text = line.quoted ? `“${escapeHtml(line.text)}”` : escapeHtml(line.text);
  if (!line.cue) return text;
  const cue = `<i>${escapeHtml(line.cue)}</i>`;
  return line.cueFirst ? `${cue} ${text}` : `${text} (${cue})`;
}

type Claim = BriefingJson['claims'][number];
type Cited = { doc: string; span: { start: number; end: number } };

/** Characters beyond this on either side of a cited span are left out of the passage shown. */
const PASSAGE_CONTEXT = 400;

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Only http(s) links are kept; anything else (javascript:, data:) is shown as text. */
function safeUrl(url: string | null): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f;background:#fff}
h1{font-size:1.6rem;line-height:1.25}h2{margin-top:2rem;border-bottom:1px solid #ddd}h3{font-size:1rem}
.overview{color:#555}.badge{display:inline-block;font-size:.75rem;padding:0 .4rem;border-radius:.6rem;background:#e6f0e6;color:#1e5e1e;margin-right:.3rem;white-space:nowrap}
.badge.single{background:#eef;color:#335}.badge.disputed{background:#fde8e8;color:#8a1c1c}
details.cite{display:inline-block;vertical-align:top}details.cite>summary{cursor:pointer;color:#0645ad;list-style:none}
details.cite>summary::-webkit-details-marker{display:none}details.cite[open]{display:block}
blockquote{margin:.4rem 0 .8rem;padding:.5rem .8rem;border-left:3px solid #0645ad;background:#f6f8fa;font-size:.92rem}
blockquote .from{display:block;color:#555;font-size:.8rem;margin-top:.3rem}mark{background:#fff3a3}
.speaker{font-weight:600}ul.sides{margin:.2rem 0}.missing{color:#666;font-size:.9rem}details.outlets{display:inline}details.outlets>summary{display:inline;cursor:pointer;font-style:italic}ol.sources li{margin:.2rem 0}
`;

class HtmlRenderer {
  private readonly view: BriefingView;

  constructor(private readonly briefing: BriefingJson) {
    this.view = new BriefingView(briefing);
  }

  /** The paragraph around a cited span, the span marked. */
  private passage(c: Cited): string {
    const doc = this.view.doc(c.doc);
    if (!doc) return '';
    const text = doc.text;
    const start = Math.max(0, Math.min(c.span.start, text.length));
    const end = Math.max(start, Math.min(c.span.end, text.length));
    let from = text.lastIndexOf('\n\n', start);
    from = from < 0 || start - from > PASSAGE_CONTEXT ? Math.max(0, start - PASSAGE_CONTEXT) : from + 2;
    let to = text.indexOf('\n\n', end);
    to = to < 0 || to - end > PASSAGE_CONTEXT ? Math.min(text.length, end + PASSAGE_CONTEXT) : to;
    const before = (from > 0 ? '… ' : '') + text.slice(from, start);
    const after = text.slice(end, to) + (to < text.length ? ' …' : '');
    return `${escapeHtml(before)}<mark>${escapeHtml(text.slice(start, end))}</mark>${escapeHtml(after)}`;
  }

  /** The citation markers of one line; opening them shows each cited passage in place, the cited words marked. */
  cite(support: Cited[]): string {
    if (support.length === 0) return '';
    const numbers = [...new Set(support.map((c) => this.view.docNumber(c.doc) ?? 0))].sort((a, b) => a - b);
    const markers = numbers.map((n) => `[${n || '?'}]`).join('');
    const passages = support.map((c) => {
      const doc = this.view.doc(c.doc);
      const from = doc ? `[${this.view.docNumber(c.doc)}] ${doc.source}${doc.title ? ` — ${doc.title}` : ''}` : c.doc;
      return `<blockquote>${this.passage(c)}<span class="from">${escapeHtml(from)}</span></blockquote>`;
    });
    return `<details class="cite"><summary>${markers}</summary>${passages.join('')}</details>`;
  }

  badge(c: Claim): string {
    const kind = c.status === 'disputed' ? 'disputed' : c.status === 'single-source' ? 'single' : 'corroborated';
    return `<span class="badge ${kind}">${escapeHtml(this.view.badge(c))}</span>`;
  }

  /** A passage with its speaker's name in brackets where it refers to them, or as a label before it. */
  voiced(passage: string, voice: Voice): string {
    // A quotation mark put before the text moves the place of the bracketed name.
    const { text, shift } = balancedQuotes(passage);
    if (voice.after !== undefined) voice = { ...voice, after: voice.after + shift };
    if (!voice.name) return escapeHtml(text);
    if (voice.after === undefined) return `<span class="speaker">${escapeHtml(voice.name)}:</span> ${escapeHtml(text)}`;
    const name = `<span class="speaker">[${escapeHtml(voice.name)}]</span>`;
    return `${escapeHtml(text.slice(0, voice.after))} ${name}${escapeHtml(text.slice(voice.after))}`;
  }

  claim(c: Claim): string {
    const sides = c.sides?.length
      ? `<ul class="sides">${c.sides.map((s) => `<li>${shown(s.text)} ${this.cite(s.support)}</li>`).join('')}</ul>`
      : '';
    return `<li>${this.badge(c)}${this.voiced(c.text, this.view.voice(c))} ${this.cite(c.support)}${sides}</li>`;
  }

  render(): string {
    const b = this.briefing;
    const parts: string[] = [
      `<h1>${shown(b.headline)}</h1>`,
      `<p class="overview">${escapeHtml(this.view.overview())}</p>`,
      '<h2>Summary</h2><ul>',
      ...b.summary.map((item) => {
        const text = this.voiced(item.text, voiceOf(item.text, item.speaker, item.speakerMention));
        const badge = item.sources && item.sources > 1 ? ` <span class="badge">${item.sources} sources</span>` : '';
        return `<li>${text}${item.excerpt ? ' …' : ''} ${this.cite(item.support)}${badge}</li>`;
      }),
      '</ul>',
      '<h2>Key claims</h2><ul>',
      ...this.view.keyClaims().map((c) => this.claim(c)),
      '</ul>',
    ];
    const speakers = b.speakers;
    if (speakers) {
      parts.push('<h2>Who said what</h2>');
      if (speakers.length === 0) parts.push(`<p><i>${NO_SPEAKERS}</i></p>`);
      for (const sp of speakers) {
        parts.push(`<h3>${escapeHtml(sp.name)}</h3><ul>`);
        for (const line of this.view.statementLines(sp.statements)) parts.push(`<li>${statementLine(line)} ${this.cite(line.support)}</li>`);
        parts.push('</ul>');
      }
    }
    const cmp = b.comparison;
    if (cmp) {
      parts.push('<h2>Agreements and disagreements</h2><ul>');
      const names = (list: string[]) => escapeHtml(list.join(', '));
      for (const c of this.view.claims(cmp.agreements)) {
        const missing = this.view.omittedBy(c);
        // A long list of outlets that leave a claim out folds behind its count.
        const silent =
          missing.length > OUTLETS_NAMED
            ? `; <details class="outlets"><summary>not reported by ${missing.length} outlets</summary>${names(missing)}</details>`
            : missing.length
              ? `; <i>not reported by ${names(missing)}</i>`
              : '';
        const note = ` <span class="missing">— agreed by ${names(this.view.outletsOf(c.support))}${silent}</span>`;
        parts.push(`<li>${shown(c.text)} ${this.cite(c.support)}${note}</li>`);
      }
      for (const c of this.view.claims(cmp.disagreements)) {
        const sides = (c.sides ?? []).map(
          (s) => `<li><b>${names(this.view.outletsOf(s.support))}:</b> ${shown(s.text)} ${this.cite(s.support)}</li>`,
        );
        parts.push(`<li>${this.badge(c)}${shown(c.text)}<ul class="sides">${sides.join('')}</ul></li>`);
      }
      parts.push('</ul><h2>Only in one outlet</h2>');
      const { listed, quiet } = this.view.exclusivesByOutlet();
      for (const { source, claims: exclusives } of listed) {
        parts.push(`<h3>${escapeHtml(source)}</h3><ul>`);
        parts.push(...exclusives.slice(0, EXCLUSIVES_SHOWN).map((c) => this.claim(c)));
        // The report is read, not glanced at: the rest stays one click away.
        const rest = exclusives.slice(EXCLUSIVES_SHOWN);
        if (rest.length) {
          parts.push(`<li><details><summary>and ${rest.length} more</summary><ul>${rest.map((c) => this.claim(c)).join('')}</ul></details></li>`);
        }
        parts.push('</ul>');
      }
      if (quiet.length) parts.push(`<p><i>Nothing that no other outlet reports:</i> ${names(quiet)}</p>`);
    }
    const timeline = b.timeline;
    if (timeline?.length) {
      parts.push('<h2>Timeline</h2><ul>');
      for (const t of timeline) parts.push(`<li><b>${escapeHtml(t.date)}</b> — ${shown(t.text)} ${this.cite(t.support)}</li>`);
      parts.push('</ul>');
    } else if (timeline) parts.push(`<h2>Timeline</h2><p><i>${escapeHtml(this.view.emptyTimeline())}</i></p>`);
    parts.push('<h2>Sources</h2><ol class="sources">');
    for (const d of b.documents) {
      const url = safeUrl(d.url);
      const title = escapeHtml(d.title ?? d.url ?? d.input);
      const link = url ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer nofollow">${title}</a>` : title;
      const when = d.published ? ` <span class="missing">${escapeHtml(d.published)}</span>` : '';
      parts.push(`<li>${escapeHtml(d.source)} — ${link}${when}</li>`);
    }
    parts.push('</ol>');
    return [
      '<!DOCTYPE html>',
      '<html lang="en"><head><meta charset="utf-8">',
      // No scripts, and no request of any kind: the report is one self-contained file.
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${shown(b.headline)}</title><style>${STYLE}</style></head><body>`,
      ...parts,
      '</body></html>',
      '',
    ].join('\n');
  }
}

/** The briefing as one self-contained HTML page: no scripts, no external resources, every scraped string escaped. */
export function renderHtml(briefing: BriefingJson): string {
  return new HtmlRenderer(briefing).render();
}
