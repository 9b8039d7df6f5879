import { createHash } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { buildBriefing } from '../briefing/index.js';
import { errorText, formatMessage } from '../core/messages.js';
import { resolveOptions, type ParallaxOptions } from '../core/options.js';
import type { Doc, Message } from '../core/types.js';
import { documentsOfEvent, eventsReport, groupEvents } from '../events/index.js';
import { fromBytes, ingestFiles, type IngestItem } from '../ingest/index.js';
import { analyzeEvent, analyzeItem } from '../pipeline/index.js';
import { render } from '../render/index.js';
import { isReversed, readDay, select, selectedDocuments, StoreError, type Selection, type Store } from '../store/index.js';
import { accessGuard, type AccessSettings } from './access.js';
import { badRequestPage, eventsPage, notFoundPage, uploadPage } from './pages.js';

export interface ServerSettings {
  /** How alike documents must be to be one event, as for `parallax events`. */
  threshold?: number;
  options?: Partial<ParallaxOptions>;
  /** A token to require, and the host names to answer to (src/server/access.ts). */
  access?: AccessSettings;
}

/** Pages may style themselves but load nothing: scraped text in them must not reach the network. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const FORMATS = { json: 'application/json', md: 'text/markdown', html: 'text/html' } as const;

/** A request the server cannot answer as asked: 400, with the reason. */
class BadRequest extends Error {}

/**
 * The selection in a request's query (`?since=2021-06-01&until=…&source=…&source=…`), as
 * `parallax list --since … --source …` takes it; a BadRequest says what is wrong with it.
 */
function selectionOf(c: Context): Selection {
  const day = (name: string): string | undefined => {
    const value = c.req.query(name);
    if (!value) return undefined;
    const read = readDay(value);
    if (!read) throw new BadRequest(`${name}: "${value}" is not a date`);
    return read;
  };
  const selection = { since: day('since'), until: day('until'), sources: (c.req.queries('source') ?? []).filter(Boolean) };
  if (isReversed(selection)) throw new BadRequest(`since ${selection.since} is after until ${selection.until}`);
  return selection;
}

function isFormat(value: string): value is keyof typeof FORMATS {
  return Object.hasOwn(FORMATS, value);
}

/**
 * The HTTP layer over a store: a web app (the events, each event's HTML briefing) and a
 * JSON API (documents in and out, events, briefings in any format). It only routes:
 * every answer comes from the same functions the CLI calls.
 */
export function createApp(store: Store, settings: ServerSettings = {}): Hono {
  const options = resolveOptions(settings.options ?? {});
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Content-Security-Policy', CSP);
  });
  app.use('*', accessGuard(settings.access ?? {}));

  async function stored(selection: Selection) {
    const { docs, failures } = await selectedDocuments(store, selection);
    return { docs, failures, events: groupEvents(docs, { threshold: settings.threshold }) };
  }

  /** The briefing of one event of the selected documents, or undefined when there is no such event. */
  async function briefingOf(id: string, selection: Selection) {
    const { docs, failures, events } = await stored(selection);
    const chosen = documentsOfEvent(docs, events, id);
    return chosen && buildBriefing(analyzeEvent(chosen, failures), options);
  }

  app.get('/', async (c) => {
    const selection = selectionOf(c);
    const { docs, events } = await stored(selection);
    return c.html(eventsPage(store.location, eventsReport(docs, events), docs.length, selection));
  });

  app.get('/events/:id', async (c) => {
    const selection = selectionOf(c);
    const briefing = await briefingOf(c.req.param('id'), selection);
    if (!briefing) return c.html(notFoundPage(`No event "${c.req.param('id')}" among the stored documents.`), 404);
    return c.html(render(briefing, 'html'));
  });

  app.get('/api/events', async (c) => {
    const selection = selectionOf(c);
    const { docs, events } = await stored(selection);
    return c.json(eventsReport(docs, events));
  });

  app.get('/api/events/:id/briefing', async (c) => {
    const format = c.req.query('format') ?? 'json';
    if (!isFormat(format)) return c.json({ error: `unknown format "${format}" (expected ${Object.keys(FORMATS).join(', ')})` }, 400);
    const selection = selectionOf(c);
    const briefing = await briefingOf(c.req.param('id'), selection);
    if (!briefing) return c.json({ error: `no event "${c.req.param('id')}"` }, 404);
    return c.body(render(briefing, format), 200, { 'Content-Type': `${FORMATS[format]}; charset=utf-8` });
  });

  app.get('/api/documents', async (c) => {
    const selection = selectionOf(c);
    return c.json({ store: store.location, documents: select(await store.list(), selection).documents });
  });

  /** Analyse and store posted documents: what became of each, and the failures. */
  async function storeItems(items: IngestItem[]) {
    const docs: Doc[] = [];
    const failures: Message[] = [];
    for (const item of items) {
      const result = analyzeItem(item, options);
      if (result.ok) docs.push(result.doc);
      else failures.push(result.failure);
    }
    const failed = failures.map((m) => ({ input: m.input, error: m.text, message: formatMessage(m) }));
    const outcomes = docs.length ? await store.add(docs) : [];
    return { outcomes, failed, changed: outcomes.some((o) => o.status !== 'unchanged') };
  }

  const limit = (tooLarge: (c: Context) => Response) => bodyLimit({ maxSize: options.maxInputBytes, onError: tooLarge });

  app.post(
    '/api/documents',
    limit((c) => c.json({ error: `larger than ${options.maxInputBytes} bytes` }, 413)),
    async (c) => {
      const { outcomes, failed, changed } = await storeItems(postedItems(c, new Uint8Array(await c.req.arrayBuffer()), options));
      if (outcomes.length === 0) return c.json({ error: 'no usable document in the request', failures: failed }, 400);
      return c.json({ store: store.location, documents: outcomes, failures: failed }, changed ? 201 : 200);
    },
  );

  // The web app's upload form: files as `parallax add` reads them, and an outlet for those that name none.
  app.post(
    '/documents',
    limit((c) => c.html(badRequestPage(`The upload is larger than ${options.maxInputBytes} bytes.`), 413)),
    async (c) => {
      const form = await c.req.parseBody({ all: true });
      const files = [form.file].flat().filter((f): f is File => f instanceof File && f.size > 0);
      const source = typeof form.source === 'string' ? form.source.trim() : '';
      const uploaded = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
      const items = [...ingestFiles(uploaded, options)].map((item) => (item.ok && source && !item.doc.given.source ? { ...item, doc: { ...item.doc, given: { ...item.doc.given, source } } } : item));
      const { outcomes, failed, changed } = await storeItems(items);
      const status = outcomes.length === 0 ? 400 : changed ? 201 : 200;
      return c.html(uploadPage(store.location, outcomes, failed, files.length), status);
    },
  );

  app.delete('/api/documents/:id', async (c) => {
    const [removed] = await store.remove([c.req.param('id')]);
    return removed ? c.json({ removed }) : c.json({ error: `no document "${c.req.param('id')}"` }, 404);
  });

  app.notFound((c) => (c.req.path.startsWith('/api/') ? c.json({ error: 'no such route' }, 404) : c.html(notFoundPage(`No page at ${c.req.path}.`), 404)));

  app.onError((err, c) => {
    if (err instanceof BadRequest) return c.req.path.startsWith('/api/') ? c.json({ error: err.message }, 400) : c.html(badRequestPage(err.message), 400);
    if (err instanceof StoreError) return c.json({ error: err.message }, 503);
    // groupEvents refuses more documents than it can hold the pairs of.
    if (err instanceof RangeError) return c.json({ error: err.message }, 422);
    process.stderr.write(`parallax: ${c.req.method} ${c.req.path}: ${err.stack ?? errorText(err)}\n`);
    return c.json({ error: 'internal error' }, 500);
  });

  return app;
}

/**
 * A request's documents. JSON (one object or an array) and JSONL bodies are documents as
 * JSONL lines give them; anything else is one page or text, as a file would be, with
 * `?id=`, `?source=`, `?title=`, `?url=` and `?published=` for what it does not say itself.
 * A post with the id of an earlier post replaces it, as a file read again does.
 */
function postedItems(c: Context, body: Uint8Array, options: ParallaxOptions): IngestItem[] {
  const type = c.req.header('content-type') ?? '';
  const query = (name: string) => c.req.query(name) || undefined;
  // Without ?id=, the body names the document, so that two different posts never replace each other.
  const baseId = query('id') ?? `posted-${createHash('sha256').update(body).digest('hex').slice(0, 12)}`;
  try {
    if (/json/i.test(type)) {
      const text = new TextDecoder().decode(body);
      const jsonl = /^application\/json\b/i.test(type) ? asJsonl(text) : text;
      return [...fromBytes('request.jsonl', baseId, new TextEncoder().encode(jsonl), options)];
    }
    const given = Object.fromEntries(['source', 'title', 'url', 'published'].flatMap((k) => (query(k) ? [[k, query(k)]] : [])));
    return [...fromBytes('request', baseId, body, options)].map((item) => (item.ok ? { ...item, doc: { ...item.doc, given: { ...item.doc.given, ...given } } } : item));
  } catch (err) {
    return [{ ok: false, input: 'request', error: errorText(err) }];
  }
}

/** A JSON body (one document or an array of them) as JSONL lines. */
function asJsonl(text: string): string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new Error(`invalid JSON (${errorText(err)})`);
  }
  return (Array.isArray(value) ? value : [value]).map((v) => JSON.stringify(v)).join('\n');
}
