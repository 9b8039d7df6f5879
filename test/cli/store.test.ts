import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { freshSchema, postgresUrl } from '../helpers/postgres.js';

const example = 'examples/marrow-fen-flood';
const tmp = () => mkdtempSync(join(tmpdir(), 'parallax-cli-store-'));

/** Two inputs named alike in different folders, so their ids clash: written for this test. */
function clashingInputs(): [string, string] {
  const dir = tmp();
  mkdirSync(join(dir, 'north'));
  mkdirSync(join(dir, 'south'));
  writeFileSync(join(dir, 'north', 'report.txt'), 'Snow closed the northern pass on Sunday, and the road authority said it would reopen on Tuesday.');
  writeFileSync(join(dir, 'south', 'report.txt'), 'The southern market hall will be rebuilt after the storm, the town council said on Monday.');
  return [join(dir, 'north'), join(dir, 'south')];
}

describe('parallax add, list, remove and --store (SQLite)', () => {
  it('briefs stored documents exactly as it briefs the files', async () => {
    const store = join(tmp(), 'news.db');
    const added = await runCli(['add', example, '--store', store, '--format', 'json']);
    expect(added.code).toBe(0);
    const report = JSON.parse(added.stdout) as { store: string; documents: { id: string; status: string }[]; failures: unknown[] };
    expect(report.documents.map((d) => `${d.id}:${d.status}`).sort()).toEqual(['cpa-wire:added', 'eastmark-courier:added', 'fenland-notes:added', 'riverside-gazette:added']);
    expect(report.failures).toEqual([]);

    const fromFiles = await runCli(['brief', example, '--format', 'json']);
    const fromStore = await runCli(['brief', '--store', store, '--format', 'json']);
    expect(fromStore.code).toBe(0);
    expect(JSON.parse(fromStore.stdout)).toEqual(JSON.parse(fromFiles.stdout));

    const again = await runCli(['add', example, '--store', store, '--format', 'jsonl']);
    expect(again.stdout.trim().split('\n').map((l) => JSON.parse(l).status)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
    const events = await runCli(['events', '--store', store, '--format', 'jsonl']);
    expect(events.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('lists and removes documents, with exit code 1 for an id that is not there', async () => {
    const store = join(tmp(), 'news.db');
    await runCli(['add', example, '-s', store]);
    const removed = await runCli(['remove', 'cpa-wire', 'no-such-doc', '-s', store]);
    expect(removed.code).toBe(1);
    expect(removed.stderr).toMatch(/no document "no-such-doc"/);
    const list = await runCli(['list', '-s', store, '--format', 'json']);
    expect(list.code).toBe(0);
    expect((JSON.parse(list.stdout) as { documents: { id: string }[] }).documents.map((d) => d.id)).toEqual(['eastmark-courier', 'fenland-notes', 'riverside-gazette']);
    const md = await runCli(['list', '-s', store]);
    expect(md.stdout).toMatch(/^# 3 documents in /);
    expect(md.stdout).toMatch(/fenland-notes — Marrow Fen under water/);
  });

  it('selects stored documents by day and outlet for list, events, brief and remove', async () => {
    const dir = tmp();
    const store = join(dir, 'ferry.db');
    // Three outlets on a ferry strike over three days, one without a date: written for this test.
    const lines = [
      { id: 'pier-1', source: 'Pier Herald', published: '12 May 2025', title: 'Ferry crews walk out', text: 'Ferry crews on the Selby crossing walked out on Monday over rosters, the union said.' },
      { id: 'pier-2', source: 'Pier Herald', published: '2025-05-14T21:00:00-04:00', title: 'Ferry strike ends', text: 'The Selby ferry strike ended on Wednesday after the operator agreed new rosters, the union said.' },
      { id: 'isle-1', source: 'Isle Voice', published: '2025-05-13', title: 'Islanders stranded by ferry strike', text: 'Islanders were stranded on Tuesday as the Selby ferry strike went into a second day, the council said.' },
      { id: 'blog-1', source: 'Crossing Notes', title: 'No boats again', text: 'No boats ran on the Selby crossing again, and the queue at the slipway grew all morning.' },
    ];
    writeFileSync(join(dir, 'ferry.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n'));
    expect((await runCli(['add', join(dir, 'ferry.jsonl'), '-s', store])).code).toBe(0);
    const listed = async (...flags: string[]) => {
      const run = await runCli(['list', '-s', store, '--format', 'jsonl', ...flags]);
      return { ...run, ids: run.stdout.trim().split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id) };
    };

    const since = await listed('--since', '2025-05-13');
    expect(since.ids).toEqual(['pier-2', 'isle-1']);
    expect(since.stderr).toMatch(/1 document has no publication date and was left out by --since\/--until/);
    expect((await listed('--until', 'May 13, 2025')).ids).toEqual(['pier-1', 'isle-1']);
    const outlets = await listed('--source', 'pier herald', '--source', 'Harbour FM');
    expect(outlets.ids).toEqual(['pier-1', 'pier-2']);
    expect(outlets.stderr).toMatch(/no stored document from "Harbour FM"/);

    const events = await runCli(['events', '-s', store, '--source', 'Pier Herald', '--format', 'json']);
    expect((JSON.parse(events.stdout) as { events: { documents: { id: string }[] }[] }).events.flatMap((e) => e.documents.map((d) => d.id)).sort()).toEqual(['pier-1', 'pier-2']);
    const brief = await runCli(['brief', '-s', store, '--until', '2025-05-13', '--format', 'json']);
    expect(brief.code).toBe(0);
    expect((JSON.parse(brief.stdout) as { documents: { id: string }[] }).documents.map((d) => d.id)).toEqual(['pier-1', 'isle-1']);
    expect((await runCli(['brief', '-s', store, '--since', '2026-01-01'])).code).toBe(1);

    expect((await runCli(['list', '-s', store, '--since', 'someday'])).code).toBe(2);
    expect((await runCli(['brief', join(dir, 'ferry.jsonl'), '--source', 'Isle Voice'])).stderr).toMatch(/use them with --store/);
    expect((await runCli(['remove', 'pier-1', '--source', 'Isle Voice', '-s', store])).code).toBe(2);
    const removed = await runCli(['remove', '--until', '2025-05-13', '-s', store]);
    expect(removed.code).toBe(0);
    expect(removed.stdout).toMatch(/Removed from .*: pier-1, isle-1/);
    expect((await listed()).ids).toEqual(['pier-2', 'blog-1']);
  });

  it('stores the good inputs of a batch, names the bad ones, and uses $PARALLAX_STORE', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'garbage.txt'), Buffer.from([0, 159, 146, 150, 0, 1, 2, 3, 0, 0, 7, 8]));
    const store = join(dir, 'env.db');
    const added = await runCli(['add', example, join(dir, 'garbage.txt')], undefined, { PARALLAX_STORE: store });
    expect(added.code).toBe(0);
    expect(added.stderr).toMatch(/garbage\.txt.*binary/);
    expect(added.stdout).toMatch(/4 added, 0 replaced, 0 unchanged; 1 input failed/);
    const brief = await runCli(['brief', '--store', '--event', 'e1', '-f', 'json'], undefined, { PARALLAX_STORE: store });
    expect(brief.code).toBe(0);
    expect((JSON.parse(brief.stdout) as { documents: unknown[] }).documents).toHaveLength(4);
    const none = await runCli(['add', join(dir, 'garbage.txt')], undefined, { PARALLAX_STORE: store });
    expect(none.code).toBe(1);
    expect((await runCli(['list', '--format', 'jsonl'], undefined, { PARALLAX_STORE: store })).stdout.trim().split('\n')).toHaveLength(4);
  });

  it('keeps both documents when two processes add clashing ids at once', async () => {
    const store = join(tmp(), 'busy.db');
    await runCli(['add', example, '-s', store]);
    const [north, south] = clashingInputs();
    const results = await Promise.all([runCli(['add', north, '-s', store]), runCli(['add', south, '-s', store])]);
    expect(results.map((r) => r.code)).toEqual([0, 0]);
    const list = JSON.parse((await runCli(['list', '-s', store, '-f', 'json'])).stdout) as { documents: { id: string; input: string }[] };
    const reports = list.documents.filter((d) => d.id.startsWith('report')).map((d) => d.id).sort();
    expect(reports).toEqual(['report', 'report-2']);
  });

  it('exits 3 naming a store it cannot open, and 2 for inputs and --store together or neither', async () => {
    const missing = join(tmp(), 'missing.db');
    const list = await runCli(['list', '-s', missing]);
    expect(list.code).toBe(3);
    expect(list.stderr).toContain(`${missing}: no such store`);
    expect((await runCli(['brief', '--store', missing])).code).toBe(3);
    const notes = join(tmp(), 'notes.txt');
    const words = 'Field notes from the flood, not a database.\n'.repeat(100);
    writeFileSync(notes, words);
    const add = await runCli(['add', example, '--store', notes]);
    expect(add.code).toBe(3);
    expect(add.stderr).toContain(`${notes}: file is not a database`);
    expect(readFileSync(notes, 'utf8')).toBe(words);
    expect((await runCli(['brief', example, '--store', missing])).code).toBe(2);
    const neither = await runCli(['events']);
    expect(neither.code).toBe(2);
    expect(neither.stderr).toMatch(/missing inputs/);
  });
});

describe.runIf(postgresUrl)('parallax add and brief --store on PostgreSQL', () => {
  const drops: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const d of drops) await d();
  });

  it('briefs from PostgreSQL as from the files, with two writers at once', async () => {
    const { url, drop } = await freshSchema();
    drops.push(drop);
    const [north, south] = clashingInputs();
    const adds = await Promise.all([runCli(['add', example, '-s', url]), runCli(['add', north, '-s', url]), runCli(['add', south, '-s', url])]);
    expect(adds.map((r) => r.code)).toEqual([0, 0, 0]);
    const list = JSON.parse((await runCli(['list', '-s', url, '-f', 'json'])).stdout) as { documents: { id: string }[] };
    expect(list.documents.map((d) => d.id).sort()).toEqual(['cpa-wire', 'eastmark-courier', 'fenland-notes', 'report', 'report-2', 'riverside-gazette']);
    await runCli(['remove', 'report', 'report-2', '-s', url]);
    const fromFiles = await runCli(['brief', example, '--format', 'json']);
    const fromStore = await runCli(['brief', '--store', url, '--format', 'json']);
    expect(fromStore.code).toBe(0);
    expect(JSON.parse(fromStore.stdout)).toEqual(JSON.parse(fromFiles.stdout));
  });
});
