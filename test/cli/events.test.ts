import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';
import { hasSeeds, seedsDir } from '../helpers/shared.js';

// The shipped flood example and a second event written for this test: a harbour fire.
let fireDir: string;
beforeAll(() => {
  fireDir = mkdtempSync(join(tmpdir(), 'parallax-events-'));
  writeFileSync(
    join(fireDir, 'quay-news.txt'),
    'Warehouse fire closes Saltmere quay\n\nA fire destroyed a timber warehouse on Saltmere quay overnight, and the harbour master closed the quay to ships. Fire officer Nadia Orlov said the blaze began in a loading bay.',
  );
  writeFileSync(
    join(fireDir, 'saltmere-daily.txt'),
    'Saltmere quay shut after warehouse blaze\n\nSaltmere quay was shut to shipping on Wednesday after a blaze gutted a timber warehouse overnight. Nadia Orlov, the fire officer, said it started in a loading bay.',
  );
});

describe('parallax events', () => {
  it('groups the inputs into their events, as JSON', async () => {
    const { code, stdout, stderr } = await runCli(['events', 'examples/marrow-fen-flood', fireDir, '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { schema: string; events: { id: string; title: string; documents: { id: string }[] }[] };
    const schema = JSON.parse(readFileSync(join(repoRoot, 'docs/events.schema.json'), 'utf8'));
    const validate = new Ajv2020.default({ allErrors: true, strict: false }).compile(schema);
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
    expect(out.schema).toBe('parallax/events@1');
    expect(out.events.map((e) => e.documents.map((d) => d.id).sort())).toEqual([
      ['cpa-wire', 'eastmark-courier', 'fenland-notes', 'riverside-gazette'],
      ['quay-news', 'saltmere-daily'],
    ]);
    expect(out.events[1].title).toMatch(/Saltmere quay/);
  });

  it('prints one event per line with --format jsonl, and a readable list by default', async () => {
    const jsonl = await runCli(['events', 'examples/marrow-fen-flood', fireDir, '--format', 'jsonl']);
    expect(jsonl.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['e1', 'e2']);
    const md = await runCli(['events', 'examples/marrow-fen-flood', fireDir]);
    expect(md.stdout).toMatch(/^# 2 events in 6 documents/);
    expect(md.stdout).toMatch(/## e2: .*Saltmere/);
  });

  it('refuses a threshold outside 0 to 1, and says when no input is usable', async () => {
    expect((await runCli(['events', fireDir, '--threshold', '2'])).code).toBe(2);
    const empty = mkdtempSync(join(tmpdir(), 'parallax-events-empty-'));
    writeFileSync(join(empty, 'blank.txt'), '');
    const none = await runCli(['events', empty]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/blank\.txt/);
  });
});

describe('parallax brief with several events', () => {
  it('warns that the inputs look like several events and briefs one with --event', async () => {
    const mixed = await runCli(['brief', 'examples/marrow-fen-flood', fireDir, '--format', 'json']);
    expect(mixed.code).toBe(0);
    expect(mixed.stderr).toMatch(/look like 2 separate events/);
    const one = await runCli(['brief', 'examples/marrow-fen-flood', fireDir, '--event', 'e2', '--format', 'json']);
    expect(one.stderr).toBe('');
    expect(one.code).toBe(0);
    expect((JSON.parse(one.stdout) as { documents: { id: string }[] }).documents.map((d) => d.id).sort()).toEqual(['quay-news', 'saltmere-daily']);
  });

  it('with --event and no usable input, names the bad input and exits 1', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'parallax-brief-empty-'));
    writeFileSync(join(empty, 'blank.txt'), '');
    const { code, stderr } = await runCli(['brief', empty, '--event', 'e1']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/blank\.txt: error: empty file/);
  });

  it('refuses an event the inputs do not hold', async () => {
    const { code, stderr } = await runCli(['brief', fireDir, '--event', 'e5']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/no event "e5".*e1/);
  });
});

describe.runIf(hasSeeds)('parallax events on the real seeds', () => {
  it('finds one event in the two captures of the Geneva summit, and tells it from the example flood', async () => {
    const { code, stdout } = await runCli(['events', seedsDir, 'examples/marrow-fen-flood', '--format', 'json']);
    expect(code).toBe(0);
    const events = (JSON.parse(stdout) as { events: { documents: { id: string }[] }[] }).events;
    expect(events).toHaveLength(2);
    expect(events.find((e) => e.documents.some((d) => d.id.startsWith('000_')))!.documents).toHaveLength(2);
  });
});
