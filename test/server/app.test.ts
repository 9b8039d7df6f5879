import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeDocuments } from '../../src/pipeline/index.js';
import { createApp } from '../../src/server/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { repoRoot } from '../helpers/cli.js';

let store: Store;
let app: ReturnType<typeof createApp>;
beforeEach(async () => {
  store = await openStore(join(mkdtempSync(join(tmpdir(), 'parallax-server-')), 'store.db'), { create: true });
  await storeDocuments(store, [join(repoRoot, 'examples/marrow-fen-flood')]);
  app = createApp(store);
});
afterEach(() => store.close());

const post = (body: string, type: string, query = '') =>
  app.request(`/api/documents${query}`, { method: 'POST', body, headers: { 'content-type': type } });

describe('web app', () => {
  it('lists the stored events with links to their HTML briefings, which load nothing from outside', async () => {
    const index = await app.request('/');
    expect(index.status).toBe(200);
    const html = await index.text();
    expect(html).toMatch(/<h1>1 event in 4 documents<\/h1>/);
    expect(html).toContain('<a href="/events/e1">');
    const briefing = await app.request('/events/e1');
    expect(briefing.headers.get('content-type')).toMatch(/text\/html/);
    expect(briefing.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(await briefing.text()).toMatch(/Marrow Fen/);
    expect((await app.request('/events/e7')).status).toBe(404);
  });

  it('escapes scraped titles in its own pages', async () => {
    const res = await post('The harbour crane collapsed on Monday, the port authority said in a statement.', 'text/plain', '?id=crane&title=%3Cscript%3Ealert(1)%3C%2Fscript%3E&source=Dock%20News');
    expect(res.status).toBe(201);
    const html = await (await app.request('/')).text();
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
  });

  it('narrows the events to a period and outlets, and keeps the selection in its links', async () => {
    await post('The harbour crane collapsed on Monday, the port authority said in a statement.', 'text/plain', '?id=crane&source=Dock%20News&published=2026-04-06');
    const later = await (await app.request('/?since=2026-04-01')).text();
    expect(later).toMatch(/<h1>1 event in 1 document<\/h1>/);
    expect(later).toContain('<a href="/events/e1?since=2026-04-01">');
    expect(later).toContain('name="since" value="2026-04-01"');
    expect(await (await app.request('/events/e1?since=2026-04-01')).text()).toMatch(/harbour crane/);
    const outlets = await (await app.request('/?source=Riverside%20Gazette&source=continental%20press%20agency')).text();
    expect(outlets).toMatch(/<h1>1 event in 2 documents<\/h1>/);
    expect(await (await app.request('/?until=2020-01-01')).text()).toContain('No stored document matches this selection.');
    const bad = await app.request('/?since=%3Cb%3Esoon');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('since: &#34;&#60;b&#62;soon&#34; is not a date');
  });

  it('adds uploaded files as parallax add reads them, and names the ones it could not use', async () => {
    const upload = (files: [string, string | Uint8Array][], source = '') => {
      const form = new FormData();
      for (const [name, content] of files) form.append('file', new Blob([content]), name);
      form.append('source', source);
      return app.request('/documents', { method: 'POST', body: form });
    };
    const jsonl = [
      { id: 'lock-1', source: 'Canal Times', title: 'Lock gates replaced', text: 'New gates were fitted at Ashby Lock on Thursday, the canal trust said.' },
      { id: 'lock-2', title: 'Towpath reopens', text: 'The towpath beside Ashby Lock reopened on Friday after the gates were fitted.' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const files: [string, string | Uint8Array][] = [
      ['<img src=x onerror=alert(1)>.txt', 'Boaters queued at Ashby Lock on Friday morning as the new gates opened for the first time.'],
      ['locks.jsonl', jsonl],
      ['noise.bin', new Uint8Array([0, 159, 146, 150, 0, 1, 2, 3, 0, 0, 7, 8])],
    ];
    const res = await upload(files, 'Towpath Weekly');
    expect(res.status).toBe(201);
    const html = await res.text();
    expect(html).toContain('<h1>3 added, 0 replaced, 0 already stored</h1>');
    expect(html).not.toContain('<img');
    expect(html).toMatch(/<h2>Not used<\/h2><ul><li>noise\.bin: /);
    const listed = (await (await app.request('/api/documents?source=towpath%20weekly')).json()) as { documents: { id: string; input: string }[] };
    // The outlet given in the form goes to the documents that name none: the text file and lock-2.
    expect(listed.documents.map((d) => d.id)).toEqual(['<img src=x onerror=alert(1)>', 'lock-2']);
    const again = await upload(files, 'Towpath Weekly');
    expect(again.status).toBe(200);
    expect(await again.text()).toContain('<h1>0 added, 0 replaced, 3 already stored</h1>');
    const none = await app.request('/documents', { method: 'POST', body: new FormData() });
    expect(none.status).toBe(400);
    expect(await none.text()).toContain('<h1>No file uploaded</h1>');
    expect(await (await app.request('/')).text()).toContain('<form method="post" action="/documents" enctype="multipart/form-data">');
  });
});

describe('JSON API', () => {
  it('gives the events and a briefing in each format, as the CLI makes them', async () => {
    const events = (await (await app.request('/api/events')).json()) as { schema: string; events: { id: string }[] };
    expect(events.schema).toBe('parallax/events@1');
    const json = (await (await app.request('/api/events/e1/briefing')).json()) as { schema: string; documents: unknown[] };
    expect(json.schema).toBe('parallax/briefing@1');
    expect(json.documents).toHaveLength(4);
    const md = await app.request('/api/events/e1/briefing?format=md');
    expect(md.headers.get('content-type')).toMatch(/text\/markdown/);
    expect(await md.text()).toMatch(/^# /);
    expect((await app.request('/api/events/e1/briefing?format=pdf')).status).toBe(400);
    expect((await app.request('/api/events/e1/briefing?format=toString')).status).toBe(400);
    expect((await app.request('/api/events/e5/briefing')).status).toBe(404);
  });

  it('selects documents and events by day and outlet, as the CLI does', async () => {
    await post('The harbour crane collapsed on Monday, the port authority said in a statement.', 'text/plain', '?id=crane&source=Dock%20News&published=2026-04-06');
    const docs = (await (await app.request('/api/documents?source=dock%20news')).json()) as { documents: { id: string }[] };
    expect(docs.documents.map((d) => d.id)).toEqual(['crane']);
    const events = (await (await app.request('/api/events?until=2026-03-10')).json()) as { events: { documents: { id: string }[] }[] };
    expect(events.events.flatMap((e) => e.documents.map((d) => d.id))).toEqual(['cpa-wire', 'eastmark-courier', 'riverside-gazette']);
    const md = await app.request('/api/events/e1/briefing?format=md&since=2026-04-01');
    expect(await md.text()).toMatch(/harbour crane/);
    const bad = await app.request('/api/events/e1/briefing?until=never');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'until: "never" is not a date' });
    const reversed = await app.request('/api/events?since=2026-04-02&until=2026-04-01');
    expect(reversed.status).toBe(400);
    expect(await reversed.json()).toEqual({ error: 'since 2026-04-02 is after until 2026-04-01' });
  });

  it('stores posted text and JSON documents, names the bad ones, and refuses a body with none', async () => {
    const text = await post('The Lowmoor bridge reopened on Friday after four months of repairs, the council said.', 'text/plain', '?source=Lowmoor%20Herald');
    expect(text.status).toBe(201);
    const [added] = ((await text.json()) as { documents: { id: string; status: string }[] }).documents;
    expect(added.id).toMatch(/^posted-[0-9a-f]{12}$/);
    // The same body again changes nothing.
    expect((await post('The Lowmoor bridge reopened on Friday after four months of repairs, the council said.', 'text/plain', '?source=Lowmoor%20Herald')).status).toBe(200);

    const json = await post(JSON.stringify([{ id: 'empty', text: '' }, { id: 'ferry', source: 'Quay Post', title: 'Ferry to stop', text: 'The Lowmoor ferry will stop running in May, the council said on Monday.' }]), 'application/json');
    expect(json.status).toBe(201);
    const body = (await json.json()) as { documents: { id: string }[]; failures: { input: string }[] };
    expect(body.documents.map((d) => d.id)).toEqual(['ferry']);
    expect(body.failures.map((f) => f.input)).toEqual(['request.jsonl:1']);

    const bad = await post('{not json', 'application/json');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { failures: { error: string }[] }).failures[0].error).toMatch(/invalid JSON/);

    const listed = (await (await app.request('/api/documents')).json()) as { documents: { id: string; source: string }[] };
    expect(listed.documents.map((d) => d.id)).toEqual(['cpa-wire', 'eastmark-courier', 'fenland-notes', 'riverside-gazette', added.id, 'ferry']);
    expect(listed.documents.find((d) => d.id === added.id)?.source).toBe('Lowmoor Herald');
  });

  it('refuses a body larger than the input limit with 413', async () => {
    const small = createApp(store, { options: { maxInputBytes: 200 } });
    const res = await small.request('/api/documents', { method: 'POST', body: 'The quay flooded at high tide. '.repeat(20), headers: { 'content-type': 'text/plain' } });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: string }).error).toBe('larger than 200 bytes');
  });

  it('deletes documents by id, and answers 404 for what is not there', async () => {
    expect((await app.request('/api/documents/cpa-wire', { method: 'DELETE' })).status).toBe(200);
    expect((await app.request('/api/documents/cpa-wire', { method: 'DELETE' })).status).toBe(404);
    expect((await app.request('/api/nothing-here')).status).toBe(404);
  });

  it('answers 503 naming the store when the store fails', async () => {
    await store.close();
    const res = await app.request('/api/documents');
    expect(res.status).toBe(503);
    expect(((await res.json()) as { error: string }).error).toMatch(/store\.db/);
  });
});
