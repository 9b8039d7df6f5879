import { describe, expect, it } from 'vitest';
import { isEverything, select, type StoredDocument } from '../../src/store/index.js';

const stored = (id: string, source: string, published?: string): StoredDocument => ({
  id,
  input: `${id}.html`,
  source,
  ...(published !== undefined && { published }),
  added: '2026-11-01T10:00:00.000Z',
  parallax: '0.1.0',
});

const docs = [
  stored('early', 'Harbour Post', '2025-04-01'),
  stored('late-evening', 'harbour post', '2025-04-03T23:30:00-05:00'),
  stored('older-store', 'Quay Weekly', '4 April 2025'),
  stored('undated', 'Quay Weekly'),
];
const ids = (selection: Parameters<typeof select>[1]) => select(docs, selection).documents.map((d) => d.id);

describe('selecting stored documents', () => {
  it('takes both ends of a date range, by the day the publisher wrote', () => {
    expect(ids({ since: '2025-04-03' })).toEqual(['late-evening', 'older-store']);
    expect(ids({ until: '2025-04-03' })).toEqual(['early', 'late-evening']);
    expect(ids({ since: '2025-04-02', until: '2025-04-03' })).toEqual(['late-evening']);
  });

  it('counts the undated documents a date bound leaves out, and only then', () => {
    expect(select(docs, { since: '2025-01-01' }).undated).toBe(1);
    expect(select(docs, { sources: ['Quay Weekly'] }).undated).toBe(0);
    expect(ids({ sources: ['Quay Weekly'] })).toEqual(['older-store', 'undated']);
  });

  it('matches outlets without regard to case and names the ones no document has', () => {
    const picked = select(docs, { sources: ['HARBOUR POST', 'Dock Daily'] });
    expect(picked.documents.map((d) => d.id)).toEqual(['early', 'late-evening']);
    expect(picked.unknownSources).toEqual(['Dock Daily']);
  });

  it('takes everything when nothing is asked', () => {
    expect(isEverything({ sources: [] })).toBe(true);
    expect(isEverything({ until: '2025-04-03' })).toBe(false);
    expect(ids({})).toEqual(['early', 'late-evening', 'older-store', 'undated']);
  });
});
