import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveOptions } from '../../src/core/options.js';
import type { Doc } from '../../src/core/types.js';
import { analyzeDocument } from '../../src/pipeline/index.js';
import { openStore, StoreError, type Store } from '../../src/store/index.js';
import { freshSchema, postgresUrl, runSql } from '../helpers/postgres.js';

/** A document through the real per-document stages, from a text written for this test. */
function analysed(id: string, input: string, text: string, source = 'Lowmoor Herald'): Doc {
  return analyzeDocument({ id, input, kind: 'text', content: text, given: { source, title: 'Lowmoor news' } }, resolveOptions({}));
}

const bridge = 'The Lowmoor bridge reopened on Friday after four months of repairs. Engineer Ada Voss said the new deck would carry twice the old load.';
const ferry = 'The Lowmoor ferry will stop running in May, the council said on Monday.';

interface Backend {
  name: string;
  /** A new, empty store location, and how to run raw SQL on it. */
  fresh(): Promise<{ location: string; sql(text: string): Promise<void>; cleanup(): Promise<void> }>;
}

const sqlite: Backend = {
  name: 'SQLite',
  async fresh() {
    const location = join(mkdtempSync(join(tmpdir(), 'parallax-store-')), 'store.db');
    return {
      location,
      async sql(text) {
        const db = new Database(location);
        db.exec(text);
        db.close();
      },
      async cleanup() {},
    };
  },
};

const postgres: Backend = {
  name: 'PostgreSQL',
  async fresh() {
    const { url, drop } = await freshSchema();
    return { location: url, sql: (text) => runSql(url, text), cleanup: drop };
  },
};

const backends = postgresUrl ? [sqlite, postgres] : [sqlite];

describe.each(backends)('store on $name', (backend) => {
  const open: Store[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const s of open.splice(0)) await s.close();
    for (const c of cleanups.splice(0)) await c();
  });
  async function fresh() {
    const where = await backend.fresh();
    cleanups.push(where.cleanup);
    const store = await openStore(where.location, { create: true });
    open.push(store);
    return { store, ...where };
  }

  it('gives back the analysed documents as they were stored, without event-level statements', async () => {
    const { store } = await fresh();
    const doc = analysed('bridge', 'in/bridge.txt', bridge);
    expect(doc.mentions.length).toBeGreaterThan(0);
    doc.statements = [{ id: 's1', doc: 'bridge', speaker: {}, text: 'x', span: { start: 0, end: 1 }, kind: 'reported', cue: { text: 'said', lemma: 'say' } }];
    expect(await store.add([doc])).toEqual([{ id: 'bridge', input: 'in/bridge.txt', status: 'added' }]);
    const { docs, failures } = await store.documents();
    expect(failures).toEqual([]);
    expect(docs).toEqual([{ ...doc, statements: [] }]);
    const [listed] = await store.list();
    expect(listed).toMatchObject({ id: 'bridge', input: 'in/bridge.txt', source: 'Lowmoor Herald', title: 'Lowmoor news', language: 'en' });
    expect(Date.parse(listed.added)).not.toBeNaN();
  });

  it('keeps one copy of the same content, replaces a changed input, and renames a clash of ids', async () => {
    const { store } = await fresh();
    await store.add([analysed('report', 'a/report.txt', bridge)]);
    const outcomes = await store.add([
      analysed('copy', 'b/copy.txt', bridge),
      analysed('report', 'a/report.txt', `${bridge} Traffic resumed at noon.`),
      analysed('report', 'c/report.txt', ferry),
    ]);
    expect(outcomes).toEqual([
      { id: 'report', input: 'b/copy.txt', status: 'unchanged' },
      { id: 'report', input: 'a/report.txt', status: 'replaced' },
      { id: 'report-2', input: 'c/report.txt', status: 'added' },
    ]);
    const { docs } = await store.documents();
    expect(docs.map((d) => [d.id, d.input])).toEqual([['report', 'a/report.txt'], ['report-2', 'c/report.txt']]);
    expect(docs[0].text).toMatch(/Traffic resumed/);
  });

  it('removes the ids it holds and reads only the ids asked for', async () => {
    const { store } = await fresh();
    await store.add([analysed('bridge', 'bridge.txt', bridge), analysed('ferry', 'ferry.txt', ferry)]);
    expect((await store.documents(['ferry', 'missing'])).docs.map((d) => d.id)).toEqual(['ferry']);
    expect(await store.remove(['bridge', 'missing'])).toEqual(['bridge']);
    expect((await store.list()).map((d) => d.id)).toEqual(['ferry']);
  });

  it('reads many ids in batches, in the order they were added, whatever order they are asked in', async () => {
    const { store } = await fresh();
    const base = analysed('bridge', 'bridge.txt', bridge);
    const docs = Array.from({ length: 230 }, (_, i) => ({ ...base, id: `n${i}`, input: `n${i}.txt`, text: `${base.text} (${i})` }));
    await store.add(docs);
    const asked = ['n229', 'missing', ...docs.slice(0, 205).map((d) => d.id).reverse(), 'n3'];
    const read = (await store.documents(asked)).docs.map((d) => d.id);
    expect(read).toEqual([...docs.slice(0, 205).map((d) => d.id), 'n229']);
  });

  it('stores all of a batch or none of it, and keeps what was stored before', async () => {
    const { store } = await fresh();
    await store.add([analysed('bridge', 'bridge.txt', bridge)]);
    const broken = { ...analysed('bad', 'bad.txt', 'A second text about the quay.'), source: undefined as unknown as string };
    await expect(store.add([analysed('ferry', 'ferry.txt', ferry), broken])).rejects.toThrow(StoreError);
    expect((await store.list()).map((d) => d.id)).toEqual(['bridge']);
    // The store is still usable after the failed transaction.
    await store.add([analysed('ferry', 'ferry.txt', ferry)]);
    expect((await store.list()).map((d) => d.id)).toEqual(['bridge', 'ferry']);
  });

  it('runs concurrent calls on one store one after another', async () => {
    const { store } = await fresh();
    const docs = Array.from({ length: 6 }, (_, i) => analysed('note', `dir${i}/note.txt`, `Note ${i}: the Lowmoor ferry runs ${i + 1} times a day.`));
    const outcomes = (await Promise.all(docs.map((d) => store.add([d])))).flat();
    expect(outcomes.map((o) => o.id).sort()).toEqual(['note', 'note-2', 'note-3', 'note-4', 'note-5', 'note-6']);
  });

  it('reports a damaged row as a failure naming the store and the document, and reads the rest', async () => {
    const { store, sql } = await fresh();
    await store.add([analysed('bridge', 'bridge.txt', bridge), analysed('ferry', 'ferry.txt', ferry)]);
    await sql(`UPDATE parallax_documents SET analysis = '{"id": 3' WHERE id = 'bridge'`);
    const { docs, failures } = await store.documents();
    expect(docs.map((d) => d.id)).toEqual(['ferry']);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ severity: 'error', doc: 'bridge', text: 'stored analysis is not valid JSON' });
    expect(failures[0].input).toMatch(/#bridge$/);
  });

  it('refuses a store of another format, and a missing store unless asked to create it', async () => {
    const { location, sql } = await fresh();
    await sql(`UPDATE parallax_meta SET value = '99' WHERE key = 'format'`);
    await expect(openStore(location)).rejects.toThrow(/store format 99/);
    const empty = await backend.fresh();
    cleanups.push(empty.cleanup);
    await expect(openStore(empty.location)).rejects.toThrow(StoreError);
  });
});

describe('store locations', () => {
  it('names a SQLite path that is not a database, or not there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-store-'));
    await expect(openStore(join(dir, 'none.db'))).rejects.toThrow(/none\.db: no such store/);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'notes.db'), 'these are not the pages of a database\n'.repeat(200));
    await expect(openStore(join(dir, 'notes.db'))).rejects.toThrow(/notes\.db: file is not a database/);
  });

  it('names an unreachable PostgreSQL server without its password', async () => {
    const err = await openStore('postgres://reader:hunter2@127.0.0.1:1/news').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(String((err as Error).message)).toMatch(/^postgres:\/\/reader@127\.0\.0\.1:1\/news: .*ECONNREFUSED/);
    expect(String((err as Error).message)).not.toMatch(/hunter2/);
  });
});
