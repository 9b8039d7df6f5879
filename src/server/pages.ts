import type { EventsJson } from '../events/index.js';
import { escapeHtml } from '../render/index.js';
import { isEverything, type AddOutcome, type Selection } from '../store/index.js';

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1d232b}
h1{font-size:1.5rem}li{margin:.6rem 0}.meta{color:#5b6570;font-size:.9rem}code{background:#eef1f4;padding:0 .25rem}
form{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end;margin:1rem 0}label{display:flex;flex-direction:column;font-size:.85rem;color:#5b6570}`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>\n`;
}

/** A selection as a query string (`?since=…&source=…`), empty when it takes everything. */
function queryOf(selection: Selection): string {
  const query = new URLSearchParams();
  if (selection.since) query.set('since', selection.since);
  if (selection.until) query.set('until', selection.until);
  for (const source of selection.sources ?? []) query.append('source', source);
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** The form that narrows the front page to a period and outlets (outlets comma-separated). */
function selectionForm(selection: Selection): string {
  const field = (name: string, label: string, value: string, type = 'date') =>
    `<label>${label}<input type="${type}" name="${name}" value="${escapeHtml(value)}"></label>`;
  // One outlet per field keeps commas in outlet names intact.
  const sources = [...(selection.sources ?? []), ''].map((s) => field('source', 'Outlet', s, 'text')).join('');
  const all = isEverything(selection) ? '' : ' <a href="/">All documents</a>';
  return `<form method="get" action="/">${field('since', 'Published since', selection.since ?? '')}${field('until', 'until', selection.until ?? '')}${sources}<button type="submit">Select</button>${all}</form>`;
}

/** The web app's front page: the events among the selected stored documents, each linking to its briefing. */
export function eventsPage(store: string, report: EventsJson, documents: number, selection: Selection = {}): string {
  const query = queryOf(selection);
  const items = report.events.map((e) => {
    const outlets = [...new Set(e.documents.map((d) => d.source))];
    const meta = `${e.documents.length} ${e.documents.length === 1 ? 'document' : 'documents'} · ${outlets.join(', ')}`;
    return `<li><a href="${escapeHtml(`/events/${encodeURIComponent(e.id)}${query}`)}">${escapeHtml(e.title)}</a><div class="meta">${escapeHtml(e.id)} · ${escapeHtml(meta)}</div></li>`;
  });
  const empty = isEverything(selection)
    ? '<p>No documents stored yet: <code>parallax add</code> or <code>POST /api/documents</code> adds them.</p>'
    : '<p>No stored document matches this selection.</p>';
  const list = items.length ? `<ol>${items.join('')}</ol>` : empty;
  const n = report.events.length;
  const head = `<h1>${n} ${n === 1 ? 'event' : 'events'} in ${documents} ${documents === 1 ? 'document' : 'documents'}</h1><p class="meta">${escapeHtml(store)} · <a href="${escapeHtml(`/api/events${query}`)}">JSON</a></p>`;
  return page('Parallax events', head + selectionForm(selection) + list + uploadForm());
}

/** Files to add, read as `parallax add` reads them (pages, text, JSONL, WARC, feeds, gzipped or not). */
function uploadForm(): string {
  return `<h2>Add coverage</h2><form method="post" action="/documents" enctype="multipart/form-data"><label>Files (HTML, text, JSONL, WARC, feeds; .gz too)<input type="file" name="file" multiple required></label><label>Outlet, for files that name none<input type="text" name="source"></label><button type="submit">Add</button></form>`;
}

/** What an upload stored, and which files could not be used. */
export function uploadPage(store: string, outcomes: AddOutcome[], failures: { input: string; error: string }[], files: number): string {
  const count = (status: AddOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  const head = files === 0 ? '<h1>No file uploaded</h1>' : `<h1>${count('added')} added, ${count('replaced')} replaced, ${count('unchanged')} already stored</h1>`;
  const stored = outcomes.map((o) => `<li>${escapeHtml(o.id)} <span class="meta">${escapeHtml(o.input)} · ${o.status === 'unchanged' ? 'already stored' : o.status}</span></li>`);
  const failed = failures.map((f) => `<li>${escapeHtml(f.input)}: ${escapeHtml(f.error)}</li>`);
  const lists = (stored.length ? `<ul>${stored.join('')}</ul>` : '') + (failed.length ? `<h2>Not used</h2><ul>${failed.join('')}</ul>` : '');
  return page('Parallax upload', `${head}<p class="meta">${escapeHtml(store)}</p>${lists}<p><a href="/">All events</a></p>`);
}

export function badRequestPage(what: string): string {
  return page('Bad request', `<h1>Bad request</h1><p>${escapeHtml(what)}</p><p><a href="/">All events</a></p>`);
}

export function notFoundPage(what: string): string {
  return page('Not found', `<h1>Not found</h1><p>${escapeHtml(what)}</p><p><a href="/">All events</a></p>`);
}
