import type { EventsJson } from '../events/index.js';
import { escapeHtml } from '../render/index.js';

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1d232b}
h1{font-size:1.5rem}li{margin:.6rem 0}.meta{color:#5b6570;font-size:.9rem}code{background:#eef1f4;padding:0 .25rem}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>\n`;
}

/** The web app's front page: the events among the stored documents, each linking to its briefing. */
export function eventsPage(store: string, report: EventsJson, documents: number): string {
  const items = report.events.map((e) => {
    const outlets = [...new Set(e.documents.map((d) => d.source))];
    const meta = `${e.documents.length} ${e.documents.length === 1 ? 'document' : 'documents'} · ${outlets.join(', ')}`;
    return `<li><a href="/events/${encodeURIComponent(e.id)}">${escapeHtml(e.title)}</a><div class="meta">${escapeHtml(e.id)} · ${escapeHtml(meta)}</div></li>`;
  });
  const list = items.length ? `<ol>${items.join('')}</ol>` : '<p>No documents stored yet: <code>parallax add</code> or <code>POST /api/documents</code> adds them.</p>';
  const n = report.events.length;
  const head = `<h1>${n} ${n === 1 ? 'event' : 'events'} in ${documents} ${documents === 1 ? 'document' : 'documents'}</h1><p class="meta">${escapeHtml(store)} · <a href="/api/events">JSON</a></p>`;
  return page('Parallax events', head + list);
}

export function notFoundPage(what: string): string {
  return page('Not found', `<h1>Not found</h1><p>${escapeHtml(what)}</p><p><a href="/">All events</a></p>`);
}
