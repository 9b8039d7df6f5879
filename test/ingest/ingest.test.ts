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
        JSON.stringify({ id: null, url: null, title: 'Missing values written as null', source: null, text: 'Third report.' }),
        JSON.stringify({ id: 'x5', title: 42, text: 'Fourth report.' }),
      ].join('\n'),
    });
    const items = await collect([join(dir, 'feed.jsonl')]);
    expect(items.map((i) => (i.ok ? `${i.doc.id}:${i.doc.kind}:${i.doc.given.source ?? ''}` : `${i.input} ${i.error}`))).toEqual([
      'x1:text:A',
      expect.stringMatching(/feed\.jsonl:2 invalid JSON/),
      'feed-3:html:',
      expect.stringMatching(/feed\.jsonl:4 needs a "text" or "html" field/),
      'feed-5:text:',
      expect.stringMatching(/feed\.jsonl:6 title: .*expected string/),
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

function warcRecord(type: string, headers: Record<string, string>, block: Buffer): Buffer {
  const head = [`WARC/1.0`, `WARC-Type: ${type}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), `Content-Length: ${block.length}`].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), block, Buffer.from('\r\n\r\n')]);
}

function httpResponse(status: number, contentType: string, body: Buffer, extra = ''): Buffer {
  return Buffer.concat([Buffer.from(`HTTP/1.1 ${status} OK\r\nContent-Type: ${contentType}\r\n${extra}\r\n`), body]);
}

describe('web archives and feeds', () => {
  it('reads the HTML responses of a gzipped WARC, with URL and HTTP charset, and skips the rest', async () => {
    const chunked = Buffer.from('7\r\n<p>Chun\r\n7\r\nked</p>\r\n0\r\n\r\n');
    const archive = Buffer.concat([
      warcRecord('warcinfo', {}, Buffer.from('software: test')),
      warcRecord('request', { 'WARC-Target-URI': 'https://a.example/1' }, Buffer.from('GET /1 HTTP/1.1\r\n\r\n')),
      warcRecord('response', { 'WARC-Target-URI': 'https://a.example/1' }, httpResponse(200, 'text/html; charset=windows-1252', Buffer.from([0x3c, 0x70, 0x3e, 0x63, 0x61, 0x66, 0xe9]))),
      warcRecord('response', { 'WARC-Target-URI': 'https://a.example/logo.png' }, httpResponse(200, 'image/png', Buffer.from([0x89, 0x50]))),
      warcRecord('response', { 'WARC-Target-URI': 'https://a.example/gone' }, httpResponse(404, 'text/html', Buffer.from('<p>Not found</p>'))),
      warcRecord('response', { 'WARC-Target-URI': 'https://a.example/2' }, httpResponse(200, 'text/html', chunked, 'Transfer-Encoding: chunked\r\n')),
    ]);
    const dir = fixtureDir({ 'crawl.warc.gz': gzipSync(archive) });
    const items = await collect([join(dir, 'crawl.warc.gz')]);
    expect(items.map((i) => (i.ok ? [i.doc.id, i.doc.given.url, i.doc.content] : i.error))).toEqual([
      ['crawl-1', 'https://a.example/1', '<p>café'],
      ['crawl-2', 'https://a.example/2', '<p>Chunked</p>'],
    ]);
  });

  it('reads RSS and Atom entries with their links, titles and dates', async () => {
    const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Valley</title>
      <item><title>Dam opens</title><link>https://v.example/dam</link><pubDate>Tue, 10 Mar 2026 09:00:00 GMT</pubDate>
      <description>Short</description><content:encoded><![CDATA[<p>The dam opened on Tuesday.</p>]]></content:encoded></item>
      <item><title>Empty</title><link>https://v.example/empty</link></item></channel></rss>`;
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><entry><title>Fund</title><link href="https://w.example/fund"/>
      <published>2026-03-10T16:00:00Z</published><content type="html">&lt;p&gt;A fund was set up.&lt;/p&gt;</content></entry></feed>`;
    const dir = fixtureDir({ 'valley.rss': rss, 'wire.xml': atom });
    const items = await collect([dir]);
    expect(items.map((i) => (i.ok ? [i.doc.id, i.doc.given.url, i.doc.given.title, i.doc.given.published, i.doc.content] : i.input.split('/').pop()))).toEqual([
      ['valley-1', 'https://v.example/dam', 'Dam opens', '2026-03-10T09:00:00.000Z', '<p>The dam opened on Tuesday.</p>'],
      'valley.rss#2',
      ['wire-1', 'https://w.example/fund', 'Fund', '2026-03-10T16:00:00.000Z', '<p>A fund was set up.</p>'],
    ]);
  });
});
