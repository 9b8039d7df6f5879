import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

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

const { analyzeInputs } = await import('../../src/pipeline/index.js');

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
