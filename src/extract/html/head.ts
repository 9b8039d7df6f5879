/** Collect <meta>, <link rel>, <title> and <html lang> into a lookup table. */
import { decodeHTML } from 'entities';
import { type Dom, type Element, textOf } from './dom.js';

export interface HeadInfo {
  /** Meta values by lower-cased name, property, itemprop or http-equiv, in document order. */
  meta: Map<string, string[]>;
  documentTitle?: string;
  canonical?: string;
  htmlLang?: string;
  /** JSON-LD that a page put in a meta tag's content instead of a script. */
  jsonLd: string[];
}

export function readHead(dom: Dom): HeadInfo {
  const meta = new Map<string, string[]>();
  let documentTitle: string | undefined;
  let canonical: string | undefined;
  let htmlLang: string | undefined;
  const jsonLd: string[] = [];
  for (const el of dom.elements) {
    switch (el.tag) {
      case 'meta': {
        const content = el.attrs.content;
        if (content === undefined) break;
        if (/^\s*[[{]/.test(content) && content.includes('"@type"')) jsonLd.push(content);
        for (const k of [el.attrs.name, el.attrs.property, el.attrs.itemprop, el.attrs['http-equiv']]) {
          if (!k) continue;
          const list = meta.get(k.toLowerCase());
          if (list) list.push(content);
          else meta.set(k.toLowerCase(), [content]);
        }
        break;
      }
      case 'title':
        if (documentTitle === undefined && inHead(el)) documentTitle = textOf(el) || undefined;
        break;
      case 'link':
        if (!canonical && /\bcanonical\b/i.test(el.attrs.rel ?? '') && el.attrs.href) canonical = el.attrs.href.trim();
        break;
      case 'html':
        htmlLang ??= el.attrs.lang ?? el.attrs['xml:lang'];
        break;
    }
  }
  return { meta, documentTitle, canonical, htmlLang, jsonLd };
}

/** A <title> of the document, not one inside the body's markup. */
function inHead(el: Element): boolean {
  const p = el.parent?.tag;
  return p === 'head' || p === 'html' || p === '#root';
}

/** The first non-empty value among these meta keys. */
export function metaValue(head: HeadInfo, ...keys: string[]): string | undefined {
  for (const k of keys) {
    for (const v of head.meta.get(k) ?? []) {
      const t = cleanValue(v);
      if (t) return t;
    }
  }
  return undefined;
}

/**
 * Whitespace collapsed, entities decoded once more (many sites escape them twice) and
 * UTF-8 that was read as Latin-1 repaired.
 */
export function cleanValue(v: string): string {
  const once = /&(?:#\d+|#x[\da-f]+|[a-z]+);/i.test(v) ? decodeHTML(v) : v;
  return repairUtf8ReadAsLatin1(once).replace(/\s+/g, ' ').trim();
}

/** A lead byte of a UTF-8 sequence and its continuation bytes, seen as Latin-1 characters. */
const UTF8_AS_LATIN1 = /[\u00c2-\u00f4][\u0080-\u00bf]{1,3}/g;

/**
 * "Investorâ\u0080\u0099s" → "Investor’s". The C1 controls (U+0080–U+009F) never stand in
 * real text, so a text holding them had its UTF-8 bytes read one by one; each such run
 * is read again as UTF-8 where it decodes cleanly.
 */
function repairUtf8ReadAsLatin1(text: string): string {
  if (!/[\u0080-\u009f]/.test(text)) return text;
  return text.replace(UTF8_AS_LATIN1, (run) => {
    try {
      return UTF8.decode(Uint8Array.from(run, (c) => c.charCodeAt(0)));
    } catch {
      return run;
    }
  });
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Every non-empty value among these meta keys. */
export function metaValues(head: HeadInfo, ...keys: string[]): string[] {
  return keys.flatMap((k) => head.meta.get(k) ?? []).map(cleanValue).filter(Boolean);
}
