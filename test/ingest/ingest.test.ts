import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ingest, type IngestItem } from '../../src/ingest/index.js';
import { decodeBytes } from '../../src/ingest/decode.js';

const options = { maxInputBytes: 1024 * 1024 };

async function collect(inputs: string[], stdin?: Buffer): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of ingest(inputs, { ...options, stdin: stdin ? async () => stdin : undefined })) items.push(item);
  return items;
}

function fixtureDir(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-ingest-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('ingest', () => {
  it('walks directories recursively, gunzips, and tells HTML from text by content', async () => {
    const dir = fixtureDir({
      'a.txt': 'Plain report about the ferry strike.',
      'sub/b.html.gz': gzipSync('<html><body><p>Ferry strike ends.</p></body></html>'),
      'sub/c.txt': '<!DOCTYPE html><html><body><p>Mislabelled page.</p></body></html>',
      'notes.md': 'not an input type, skipped when walking',
    });
    const docs = (await collect([dir])).filter((i) => i.ok).map((i) => (i.ok ? [i.doc.id, i.doc.kind] : []));
    expect(docs).toEqual([
      ['a', 'text'],
      ['b', 'html'],
      ['c', 'html'],
    ]);
  });

  it('reads JSONL records with ids and metadata, and reports a bad line by its line number', async () => {
    const dir = fixtureDir({
      'feed.jsonl': [
        JSON.stringify({ id: 'x1', url: 'https://a.example/1', source: 'A', text: 'First report.' }),
        '{not json',
        JSON.stringify({ title: 'No id', html: '<p>Second</p>' }),
        JSON.stringify({ title: 'Nothing to read' }),
      ].join('\n'),
    });
    const items = await collect([join(dir, 'feed.jsonl')]);
    expect(items.map((i) => (i.ok ? `${i.doc.id}:${i.doc.kind}:${i.doc.given.source ?? ''}` : `${i.input} ${i.error}`))).toEqual([
      'x1:text:A',
      expect.stringMatching(/feed\.jsonl:2 invalid JSON/),
      'feed-3:html:',
      expect.stringMatching(/feed\.jsonl:4 needs a "text" or "html" field/),
    ]);
  });

  it('names the input in each error and goes on with the batch', async () => {
    const dir = fixtureDir({
      'empty.txt': '',
      'blank.txt': ' \n\n ',
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a, 0x00, 0x01]),
      'broken.txt.gz': gzipSync('A story that was cut off in transfer. '.repeat(50)).subarray(0, 40),
      'good.txt': 'The ferry resumed service on Sunday.',
    });
    const items = await collect([dir, join(dir, 'missing.txt')]);
    const errors = Object.fromEntries(items.filter((i) => !i.ok).map((i) => [i.input.split('/').pop(), i.ok ? '' : i.error]));
    expect(errors).toEqual({
      'empty.txt': 'empty file',
      'blank.txt': 'empty file',
      'binary.txt': 'binary file, not text or HTML',
      'broken.txt.gz': expect.stringMatching(/^truncated gzip stream|^corrupt gzip data/),
      'missing.txt': 'no such file or directory',
    });
    expect(items.filter((i) => i.ok)).toHaveLength(1);
  });

  it('reads stdin for "-" and keeps ids unique', async () => {
    const dir = fixtureDir({ 'one/report.txt': 'First.', 'two/report.txt': 'Second.' });
    const items = await collect([dir, '-'], Buffer.from('From stdin.'));
    expect(items.map((i) => (i.ok ? i.doc.id : i.error))).toEqual(['report', 'report-2', 'stdin']);
  });

  it('refuses inputs over the size limit', async () => {
    const dir = fixtureDir({ 'big.txt': 'x'.repeat(2 * 1024 * 1024) });
    const [item] = await collect([join(dir, 'big.txt')]);
    expect(item.ok ? '' : item.error).toMatch(/larger than/);
  });
});

describe('decodeBytes', () => {
  it('honours a BOM and a meta charset, and catches a page that lies about UTF-8', () => {
    expect(decodeBytes(Buffer.from([0xef, 0xbb, 0xbf, 0x68, 0x69])).text).toBe('hi');
    const latin = Buffer.concat([Buffer.from('<meta charset="iso-8859-1"><p>'), Buffer.from([0x63, 0x61, 0x66, 0xe9])]);
    expect(decodeBytes(latin).text.endsWith('café')).toBe(true);
    const lying = Buffer.concat([Buffer.from('<meta charset="utf-8"><p>'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x63, 0x72, 0xe8, 0x6d, 0x65])]);
    const decoded = decodeBytes(lying);
    expect(decoded.replaced).toBe(0);
    expect(decoded.text).toContain('caf');
  });
});
