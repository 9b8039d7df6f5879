/**
 * PolNeAR reader (`../shared/data/statements/polnear/<split>`). Gold offsets are Python
 * code points; they are converted here to UTF-16 offsets into the JavaScript string.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../src/core/types.js';

export interface GoldAttribution {
  cue: Span[];
  sources: Span[];
  contents: Span[];
}

export interface PolnearDoc {
  id: string;
  text: string;
  gold: GoldAttribution[];
}

export const polnearRoot = join(process.cwd(), '..', 'shared', 'data', 'statements', 'polnear');

interface RawSpan {
  start: number;
  end: number;
}

interface RawAttribution {
  cue: RawSpan[];
  sources: RawSpan[];
  contents: RawSpan[];
}

/** Map from code-point offset to UTF-16 offset, or undefined when the text has no astral characters. */
function codePointOffsets(text: string): number[] | undefined {
  if (!/[\uD800-\uDBFF]/.test(text)) return undefined;
  const map: number[] = [];
  let unit = 0;
  for (const ch of text) {
    map.push(unit);
    unit += ch.length;
  }
  map.push(unit);
  return map;
}

export function loadPolnear(split: string, root = polnearRoot): PolnearDoc[] {
  const dir = join(root, split);
  const names = readdirSync(join(dir, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
  return names.map((name) => {
    const id = name.slice(0, -4);
    const text = readFileSync(join(dir, 'text', name), 'utf8');
    const raw = JSON.parse(readFileSync(join(dir, 'gold_json', `${id}.json`), 'utf8')) as {
      quotes: RawAttribution[];
    };
    const map = codePointOffsets(text);
    const convert = (spans: RawSpan[]): Span[] =>
      spans
        .map((s) => (map ? { start: map[s.start], end: map[s.end] } : { start: s.start, end: s.end }))
        .sort((a, b) => a.start - b.start || a.end - b.end);
    const gold = raw.quotes.map((q) => ({
      cue: convert(q.cue),
      sources: convert(q.sources),
      contents: convert(q.contents),
    }));
    return { id, text, gold };
  });
}
