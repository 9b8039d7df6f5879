/** Collect <meta>, <link rel>, <title> and <html lang> into a lookup table. */
import { decodeHTML } from 'entities';
import { type Dom, type Element, textOf } from './dom.js';

export interface HeadInfo {
  /** Meta values by lower-cased name, property, itemprop or http-equiv, in document order. */
  meta: Map<string, string[]>;
  documentTitle?: string;
  canonical?: string;
  htmlLang?: string;
}

export function readHead(dom: Dom): HeadInfo {
  const meta = new Map<string, string[]>();
  let documentTitle: string | undefined;
  let canonical: string | undefined;
  let htmlLang: string | undefined;
  for (const el of dom.elements) {
    switch (el.tag) {
      case 'meta': {
        const content = el.attrs.content;
        if (content === undefined) break;
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
  return { meta, documentTitle, canonical, htmlLang };
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

/** Whitespace collapsed, and entities decoded once more: many sites escape them twice. */
function cleanValue(v: string): string {
  const once = /&(?:#\d+|#x[\da-f]+|[a-z]+);/i.test(v) ? decodeHTML(v) : v;
  return once.replace(/\s+/g, ' ').trim();
}

/** Every non-empty value among these meta keys. */
export function metaValues(head: HeadInfo, ...keys: string[]): string[] {
  return keys.flatMap((k) => head.meta.get(k) ?? []).map(cleanValue).filter(Boolean);
}
