/**
 * The publication date kept in a page's script state, for pages whose markup shows none:
 * data layers and hydration blobs (`__NEXT_DATA__`, `window.__STATE__ = {...}`) carry the
 * article's record, with its date under a key such as `publishedAt`, or under a plain
 * `date` in the record whose title is the page's.
 */
import { parseDateValue, type DateOptions } from './dates.js';
import type { Json } from './jsonld.js';
import { PUBLISHED_STATE_KEYS } from './patterns.js';
import { key } from './title.js';

/** A published-date key and its value, quoted or not, with or without escaped quotes. */
const KEY_VALUE = new RegExp(
  `(?:\\\\?["']|\\b)(?:${PUBLISHED_STATE_KEYS.join('|')})\\\\?["']?\\s*:\\s*(?:\\\\?["']([^"'\\\\]{6,40})|(\\d{10,13})\\b)`,
  'g',
);
/** Key-value matches looked at per script. */
const MAX_MATCHES = 20;
/** JSON state larger than this is not parsed whole (the key scan still reads it). */
const MAX_JSON_CHARS = 3_000_000;
/** Values looked at while walking parsed state. */
const MAX_NODES = 50_000;

export function dateInScripts(scripts: string[], titles: string[], options: DateOptions): string | undefined {
  return dateOfTitledRecord(scripts, titles, options) ?? dateUnderKey(scripts, options);
}

/** The first value under a published-date key in any script. */
function dateUnderKey(scripts: string[], options: DateOptions): string | undefined {
  for (const text of scripts) {
    let n = 0;
    for (const m of text.matchAll(KEY_VALUE)) {
      const date = parseDateValue(m[1] ?? m[2], options);
      if (date) return date;
      if (++n >= MAX_MATCHES) break;
    }
  }
  return undefined;
}

/** The date of the record, in JSON state, whose title is one of `titles`. */
function dateOfTitledRecord(scripts: string[], titles: string[], options: DateOptions): string | undefined {
  const wanted = new Set(titles.map(key).filter((t) => t.length > 0));
  if (wanted.size === 0) return undefined;
  for (const text of scripts) {
    const trimmed = text.trim();
    if (trimmed.length > MAX_JSON_CHARS || !/^[[{]/.test(trimmed)) continue;
    let state: Json;
    try {
      state = JSON.parse(trimmed) as Json;
    } catch {
      continue;
    }
    const date = findRecordDate(state, wanted, options);
    if (date) return date;
  }
  return undefined;
}

/** The date of the first object in the state whose title is one of `titles`; iterative. */
function findRecordDate(state: Json, titles: Set<string>, options: DateOptions): string | undefined {
  const stack: Json[] = [state];
  let seen = 0;
  while (stack.length > 0 && seen++ < MAX_NODES) {
    const v = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
      continue;
    }
    const title = titleOf(v.title) ?? titleOf(v.headline);
    if (title && titles.has(key(title))) {
      const field = PUBLISHED_STATE_KEYS.find((k) => typeof v[k] === 'string') ?? 'date';
      const date = typeof v[field] === 'string' ? parseDateValue(v[field], options) : undefined;
      if (date) return date;
    }
    for (const k of Object.keys(v).reverse()) {
      const child = v[k];
      if (child && typeof child === 'object') stack.push(child);
    }
  }
  return undefined;
}

/** A title as a string, or as `{ rendered: "..." }` (WordPress's REST records). */
function titleOf(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && !Array.isArray(v) && typeof v.rendered === 'string') return v.rendered;
  return undefined;
}
