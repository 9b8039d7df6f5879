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
