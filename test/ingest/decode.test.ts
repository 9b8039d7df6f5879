import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/ingest/decode.js';
import { fromBytes } from '../../src/ingest/index.js';
import { JAPANESE, RUSSIAN, cp1251, shiftJisKana } from './legacy-encodings.js';

const page = (head: string, body: string) => `<html><head>${head}</head><body><p>${body}</p></body></html>`;

describe('decodeBytes', () => {
  it('recognises windows-1251 without a declaration', () => {
    const d = decodeBytes(cp1251(page('', RUSSIAN.repeat(4))));
    expect(d.charset).toBe('windows-1251');
    expect(d.text).toContain('встреча министров');
    expect(d.replaced).toBe(0);
  });

  it('recognises Shift_JIS without a declaration', () => {
    const d = decodeBytes(shiftJisKana(page('', JAPANESE.repeat(4))));
    expect(d.charset).toBe('shift_jis');
    expect(d.text).toContain('とうきょうで');
  });

  it('does not believe a UTF-8 declaration that the bytes contradict', () => {
    const d = decodeBytes(cp1251(page('<meta charset="utf-8">', RUSSIAN.repeat(4))));
    expect(d.charset).toBe('windows-1251');
    expect(d.text).toContain('Сегодня в Москве');
  });

  it('follows a declaration the bytes agree with, and a byte order mark', () => {
    expect(decodeBytes(cp1251(page('<meta charset="windows-1251">', 'Привет'))).text).toContain('Привет');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>Grüße</p>', 'utf16le')]);
    expect(decodeBytes(utf16)).toMatchObject({ charset: 'utf-16le', text: '<p>Grüße</p>' });
  });

  it('keeps UTF-8 as it is', () => {
    expect(decodeBytes(Buffer.from('Zoë, Łódź, 東京'))).toMatchObject({ charset: 'utf-8', text: 'Zoë, Łódź, 東京' });
  });
});

describe('fromBytes', () => {
  it('names the input in its errors', () => {
    const run = (bytes: Uint8Array) => [...fromBytes('x/page.html', 'page', bytes, { maxInputBytes: 1024 })];
    expect(() => run(Buffer.alloc(0))).toThrow(/empty/);
    expect(() => run(Buffer.alloc(2048, 0x41))).toThrow(/larger than 1024/);
    try {
      run(Buffer.from([0, 1, 2, 3, 0, 0, 7, 8]));
      expect.unreachable();
    } catch (err) {
      expect((err as { input: string }).input).toBe('x/page.html');
    }
  });

  it('sniffs HTML in decoded legacy bytes', () => {
    const [item] = [...fromBytes('p.html', 'p', cp1251(page('', RUSSIAN.repeat(3))), { maxInputBytes: 1 << 20 })];
    expect(item.ok && item.doc.kind).toBe('html');
    expect(item.ok && item.doc.charset).toBe('windows-1251');
  });
});
