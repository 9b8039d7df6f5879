import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openStore, StoreError, type Store } from '../../src/store/index.js';

// A statements stage that fails on one document, to check that the batch goes on.
vi.mock('../../src/statements/index.js', async (original) => {
  const real = await original<typeof import('../../src/statements/index.js')>();
  return {
    ...real,
    findStatements: (doc: Parameters<typeof real.findStatements>[0]) => {
      if (doc.id === 'cursed') throw new Error('tagger exploded');
      return real.findStatements(doc);
    },
  };
});

const { analyzeInputs, storeDocuments } = await import('../../src/pipeline/index.js');

describe('analyzeInputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-pipeline-'));
  writeFileSync(join(dir, 'good.txt'), 'Harbour reopens\n\n“We are open again,” Harbour Master Ida Lund said on Monday.');
  writeFileSync(join(dir, 'cursed.txt'), 'Ferry returns\n\n“The ferry is back,” Captain Tom Rye said on Monday.');
  writeFileSync(join(dir, 'empty.txt'), '');

  it('runs every stage up to the event level and reports what failed, naming the input', async () => {
    const coverage = await analyzeInputs([dir]);
    expect(coverage.docs.map((d) => d.id)).toEqual(['cursed', 'good']);
    const good = coverage.docs.find((d) => d.id === 'good')!;
    expect(good.language).toBe('en');
    expect(good.sentences.length).toBe(2);
    expect(good.statements.map((s) => [s.speaker.name, s.text])).toEqual([['Ida Lund', 'We are open again']]);
    expect(coverage.entities.find((e) => e.name === 'Ida Lund')?.roles).toEqual(['Harbour Master']);
    expect(coverage.docs.find((d) => d.id === 'cursed')!.statements).toEqual([]);
    expect(coverage.messages.map((m) => [m.severity, m.stage, m.input.split('/').pop(), m.text])).toEqual([
      ['error', 'ingest', 'empty.txt', 'empty file'],
      ['error', 'statements', 'cursed.txt', 'tagger exploded'],
    ]);
  });
});

describe('storeDocuments', () => {
  it('commits in chunks, and says how many documents stay stored when a later chunk fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-store-chunks-'));
    const lines = Array.from({ length: 60 }, (_, i) => JSON.stringify({ id: `n${i}`, source: `Outlet ${i}`, text: `The night ferry ran ${i + 2} times this week, the harbour office said.` }));
    writeFileSync(join(dir, 'notes.jsonl'), lines.join('\n'));
    const store = await openStore(join(dir, 'store.db'), { create: true });
    let calls = 0;
    const failing: Store = {
      location: store.location,
      add: (docs) => (++calls === 2 ? Promise.reject(new StoreError(store.location, 'disk full')) : store.add(docs)),
      list: () => store.list(),
      documents: (ids) => store.documents(ids),
      remove: (ids) => store.remove(ids),
      close: () => store.close(),
    };
    const err = await storeDocuments(failing, [join(dir, 'notes.jsonl')]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as Error).message).toMatch(/store\.db: disk full \(the 50 documents before stay stored\)$/);
    expect(await store.list()).toHaveLength(50);
    await store.close();
  });
});
