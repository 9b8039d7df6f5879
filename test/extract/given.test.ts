import { describe, expect, it } from 'vitest';
import { defaultOptions } from '../../src/core/options.js';
import type { SourceDocument } from '../../src/core/types.js';
import { extract, toDoc } from '../../src/extract/index.js';

function source(published: string | undefined, content = 'Volunteers cleared the towpath at Ashby Lock on Saturday.'): SourceDocument {
  return { id: 'towpath', input: 'notes.jsonl:3', kind: 'text', content, given: { source: 'Canal Notes', published } };
}

function docOf(src: SourceDocument) {
  return toDoc(src, extract(src, defaultOptions));
}

describe('metadata given with the input', () => {
  it('reads a given publication date in any common form as ISO 8601', () => {
    expect(docOf(source('3 March 2024')).published).toBe('2024-03-03');
    expect(docOf(source('March 3, 2024')).published).toBe('2024-03-03');
    expect(docOf(source('2024-03-03T09:30:00+01:00')).published).toBe('2024-03-03T09:30:00+01:00');
    expect(docOf(source('Sun, 03 Mar 2024 08:30:00 GMT')).published).toBe('2024-03-03');
  });

  it('drops a given date that is no date, with a warning naming the input and the value', () => {
    const doc = docOf(source('yesterday-ish'));
    expect(doc.published).toBeUndefined();
    expect(doc.messages).toEqual([
      expect.objectContaining({ severity: 'warning', input: 'notes.jsonl:3', doc: 'towpath', text: 'published "yesterday-ish" is not a date; the document has no publication date' }),
    ]);
  });

  it("falls back to the page's own date when the given one is no date", () => {
    const page = '<html><head><meta property="article:published_time" content="2024-03-02T18:00:00Z"></head><body><article><p>Volunteers cleared the towpath at Ashby Lock on Saturday, and the lock keeper thanked them.</p></article></body></html>';
    const doc = docOf({ ...source('n/a', page), kind: 'html' });
    expect(doc.published).toBe('2024-03-02T18:00:00Z');
    expect(doc.messages.map((m) => m.text)).toEqual([`published "n/a" is not a date; the page's own date 2024-03-02T18:00:00Z is used`]);
  });

  it('gives no warning when no date was given', () => {
    expect(docOf(source(undefined)).messages).toEqual([]);
  });
});
