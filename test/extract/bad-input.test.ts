/**
 * Bad input, generated here: none of it may crash, hang or blow the stack. Each file
 * gives an error that names it or a (possibly partial) result, and the batch goes on.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultOptions } from '../../src/core/options.js';
import { extractHtml } from '../../src/extract/html/index.js';
import { ingest, type IngestItem } from '../../src/ingest/index.js';
import { JAPANESE, RUSSIAN, cp1251, shiftJisKana } from '../ingest/legacy-encodings.js';

function article(paragraphs: number, salt: string): string {
  const body = Array.from(
    { length: paragraphs },
    (_, i) => `<p>Paragraph ${i} of ${salt}: the river rose overnight, and the town council, meeting early, closed two bridges.</p>\n`,
  ).join('');
  return `<html><head><title>${salt}</title></head><body><article>${body}</article></body></html>`;
}

const BUDGET_MS = 2_000;
/** Slack on top of the budget for a loaded test machine; a hang would blow far past it. */
const SLACK_MS = 8_000;

let dir: string;
const files: Record<string, string> = {};
const items = new Map<string, IngestItem>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-bad-'));
  const write = (name: string, bytes: Buffer | string) => {
    files[name] = join(dir, name);
    writeFileSync(files[name], bytes);
  };
  const gz = gzipSync(Buffer.from(article(50, 'gzip')));
  write('a-truncated.html.gz', gz.subarray(0, Math.floor(gz.length / 2)));
  write('b-binary.html', Buffer.from(Array.from({ length: 64 * 1024 }, (_, i) => (i * 7919 + (i >> 3)) % 256)));
  let big = '<html><body><article>';
  for (let i = 0; big.length < 50 * 1024 * 1024; i++) {
    big += `<p>Line ${i}: a long page of reports from the flood, one after another, each with a number.</p>\n`;
  }
  write('c-big.html', `${big}</article></body></html>`);
  write('d-nested.html', `<html><body>${'<div>'.repeat(100_000)}<p>The deepest paragraph, with a full sentence in it.</p>${'</div>'.repeat(100_000)}</body></html>`);
  write('e-cp1251.html', cp1251(`<html><head><title>Новости дня</title></head><body><article><p>${RUSSIAN.repeat(6)}</p></article></body></html>`));
  write('f-sjis.html', shiftJisKana(`<html><head><title>にほんの ニユス</title></head><body><article><p>${JAPANESE.repeat(6)}</p></article></body></html>`));
  write('g-empty-body.html', '<!doctype html><html><head><title>Nothing here</title></head><body></body></html>');
  write('h-unclosed.html', `<html><body>${'<span><a href="#">'.repeat(50_000)}text at the bottom`);
  for await (const item of ingest([dir], { maxInputBytes: defaultOptions.maxInputBytes })) {
    items.set(item.ok ? item.doc.input : item.input, item);
  }
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function extractTimed(name: string) {
  const item = items.get(files[name]);
  if (!item?.ok) throw new Error(`${name} was not ingested: ${item && !item.ok ? item.error : 'missing'}`);
  const start = performance.now();
  const result = extractHtml(item.doc.content, undefined, { budgetMs: BUDGET_MS });
  return { item, result, ms: performance.now() - start };
}

describe('bad input', () => {
  it('gives one item per file, in order, errors included', () => {
    expect([...items.keys()]).toEqual(Object.keys(files).sort().map((n) => files[n]));
  });

  it('reports a truncated gzip as an error naming the file', () => {
    const item = items.get(files['a-truncated.html.gz'])!;
    expect(item.ok).toBe(false);
    if (!item.ok) {
      expect(item.input).toBe(files['a-truncated.html.gz']);
      expect(item.error).toMatch(/truncated|corrupt/);
    }
  });

  it('reports a binary file as an error naming the file', () => {
    const item = items.get(files['b-binary.html'])!;
    expect(item.ok).toBe(false);
    if (!item.ok) expect(item.error).toMatch(/binary|undecodable/);
  });

  it('extracts from a 50 MB page within the time budget, partially if need be', () => {
    const { result, ms } = extractTimed('c-big.html');
    expect(ms).toBeLessThan(BUDGET_MS + SLACK_MS);
    expect(result.text).toContain('Line 0: a long page');
    if (!result.text.includes('Line 400000')) expect(result.partial).toMatch(/budget/);
  });

  it('stops a page at a tiny budget and says so', () => {
    const item = items.get(files['c-big.html'])!;
    if (!item.ok) throw new Error('not ingested');
    const start = performance.now();
    const result = extractHtml(item.doc.content, undefined, { budgetMs: 50 });
    expect(performance.now() - start).toBeLessThan(50 + SLACK_MS);
    expect(result.partial).toMatch(/budget of 50 ms/);
  });

  it('walks 100,000 nested elements without recursion', () => {
    const { result, ms } = extractTimed('d-nested.html');
    expect(result.text).toContain('The deepest paragraph');
    expect(ms).toBeLessThan(BUDGET_MS + SLACK_MS);
  });

  it('walks 50,000 unclosed inline elements', () => {
    const { result } = extractTimed('h-unclosed.html');
    expect(result.text).toContain('text at the bottom');
  });

  it('decodes windows-1251 without a charset declaration', () => {
    const { item, result } = extractTimed('e-cp1251.html');
    expect(item.ok && item.doc.charset).toBe('windows-1251');
    expect(result.title).toBe('Новости дня');
    expect(result.text).toContain('Сегодня в Москве прошла встреча');
  });

  it('decodes Shift_JIS without a charset declaration', () => {
    const { item, result } = extractTimed('f-sjis.html');
    expect(item.ok && item.doc.charset).toBe('shift_jis');
    expect(result.text).toContain('とうきょうで かいぎが');
  });

  it('returns an empty result for an empty body', () => {
    const { item, result } = extractTimed('g-empty-body.html');
    expect(item.ok && item.doc.input).toBe(files['g-empty-body.html']);
    expect(result.text).toBe('');
    expect(result.title).toBe('Nothing here');
  });
});
