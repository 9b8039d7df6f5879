import { getElementsByTagName, textContent } from 'domutils';
import type { Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';

/** One entry of an RSS or Atom feed. */
export interface FeedEntry {
  id?: string;
  url?: string;
  title?: string;
  published?: string;
  /** The fullest content the feed carries: content:encoded, Atom content, then description or summary. */
  html: string;
}

const FEED_ROOT = /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]/i;

export function looksLikeFeed(text: string): boolean {
  return FEED_ROOT.test(text.slice(0, 4096));
}

function child(entry: Element, ...names: string[]): Element | undefined {
  for (const name of names) {
    const found = entry.children.find((c): c is Element => c.type === 'tag' && (c as Element).name.toLowerCase() === name);
    if (found) return found;
  }
  return undefined;
}

const text = (el: Element | undefined) => (el ? textContent(el).trim() : undefined) || undefined;

function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** The entries of an RSS 2.0, RSS 1.0 (RDF) or Atom feed. */
export function feedEntries(xml: string): FeedEntry[] {
  const dom = parseDocument(xml, { xmlMode: true });
  const entries = [...getElementsByTagName('item', dom.children, true), ...getElementsByTagName('entry', dom.children, true)];
  return entries.map((entry) => {
    const link = child(entry, 'link');
    const url = link?.attribs.href ?? text(link);
    return {
      id: text(child(entry, 'guid', 'id')),
      url,
      title: text(child(entry, 'title')),
      published: isoDate(text(child(entry, 'pubdate', 'published', 'dc:date', 'updated'))),
      html: text(child(entry, 'content:encoded', 'content', 'description', 'summary')) ?? '',
    };
  });
}
