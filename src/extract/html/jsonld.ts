/**
 * Read schema.org JSON-LD blocks: the main entity's type, headline, authors, dates,
 * publisher and language. Broken JSON is common; a block that cannot be read is skipped.
 */
import { decodeHTML } from 'entities';
import { ARTICLE_TYPES } from './patterns.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };

export interface JsonLdInfo {
  /** Every @type seen, lower-cased. */
  types: Set<string>;
  /** The @type of the chosen main entity, lower-cased. */
  mainType?: string;
  headline?: string;
  authors: string[];
  /** True when the authors are people, not organisations. */
  authorsArePeople: boolean;
  published?: string;
  modified?: string;
  publisher?: string;
  siteName?: string;
  language?: string;
  url?: string;
  articleBody?: string;
}

/** At most this many nodes are looked at, whatever the page holds. */
const MAX_NODES = 5000;

export function readJsonLd(scripts: string[]): JsonLdInfo {
  const nodes: Obj[] = [];
  for (const script of scripts) {
    const value = parseLenient(script);
    if (value !== undefined) collectNodes(value, nodes);
  }
  const byId = new Map<string, Obj>();
  for (const n of nodes) if (typeof n['@id'] === 'string' && !byId.has(n['@id'])) byId.set(n['@id'], n);

  const info: JsonLdInfo = { types: new Set(), authors: [], authorsArePeople: false };
  for (const n of nodes) for (const t of typesOf(n)) info.types.add(t);

  const main =
    nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.has(t) || /(?:article|posting)$/.test(t))) ??
    nodes.find((n) => typesOf(n).some((t) => t.endsWith('page')) && (n.headline || n.datePublished)) ??
    nodes.find((n) => n.headline || n.datePublished);
  const website = nodes.find((n) => typesOf(n).includes('website'));
  info.siteName = str(website?.name) ?? undefined;
  if (main) {
    info.mainType = typesOf(main)[0];
    info.headline = str(main.headline) ?? str(main.name);
    info.published = str(main.datePublished) ?? str(main.dateCreated) ?? str(main.uploadDate);
    info.modified = str(main.dateModified);
    info.language = str(main.inLanguage) ?? str(resolve(main.inLanguage, byId)?.alternateName);
    info.url = str(main.url) ?? str(main.mainEntityOfPage) ?? str(resolve(main.mainEntityOfPage, byId)?.['@id']);
    info.articleBody = str(main.articleBody) ?? str(main.text);
    const publisher = resolve(main.publisher, byId);
    info.publisher = str(publisher?.name) ?? str(main.publisher);
    const people: string[] = [];
    const orgs: string[] = [];
    for (const a of asArray(main.author ?? main.creator)) {
      if (typeof a === 'string') {
        people.push(a);
        continue;
      }
      const node = resolve(a, byId);
      const name = str(node?.name) ?? joinName(node);
      if (!name) continue;
      if (node && typesOf(node).includes('organization')) orgs.push(name);
      else people.push(name);
    }
    info.authors = people.length > 0 ? people : orgs;
    info.authorsArePeople = people.length > 0;
  }
  if (!info.language) {
    const withLang = nodes.find((n) => str(n.inLanguage));
    info.language = str(withLang?.inLanguage);
  }
  return info;
}

function parseLenient(text: string): Json | undefined {
  const cleaned = text.replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[)|(\/\/\s*\]\]>|-->)\s*$/g, '').trim();
  if (!cleaned) return undefined;
  try {
    return JSON.parse(cleaned) as Json;
  } catch {
    // Raw line breaks and tabs inside strings, and trailing commas, are the usual faults.
    try {
      return JSON.parse(cleaned.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1')) as Json;
    } catch {
      return undefined;
    }
  }
}

/** Every object with a @type, walking arrays, @graph and nested values without recursion. */
function collectNodes(value: Json, out: Obj[]): void {
  const stack: Json[] = [value];
  let seen = 0;
  while (stack.length > 0 && seen++ < MAX_NODES) {
    const v = stack.pop()!;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
    } else if (v && typeof v === 'object') {
      if (v['@type'] !== undefined) out.push(v);
      for (const key of Object.keys(v).reverse()) {
        const child = v[key];
        if (child && typeof child === 'object') stack.push(child);
      }
    }
  }
}

function typesOf(n: Obj): string[] {
  return asArray(n['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.toLowerCase().replace(/^.*[/:]/, ''));
}

function resolve(v: Json | undefined, byId: Map<string, Obj>): Obj | undefined {
  const first = Array.isArray(v) ? v[0] : v;
  if (!first || typeof first !== 'object' || Array.isArray(first)) return undefined;
  const id = first['@id'];
  if (typeof id === 'string' && Object.keys(first).length === 1) return byId.get(id) ?? first;
  return first;
}

function joinName(n: Obj | undefined): string | undefined {
  if (!n) return undefined;
  const parts = [str(n.givenName), str(n.familyName)].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

function asArray(v: Json | undefined): Json[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

function str(v: Json | undefined): string | undefined {
  if (typeof v === 'string') {
    // Script content is not entity-decoded by the parser, and some sites put markup in values.
    const t = (v.includes('&') ? decodeHTML(v) : v).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
    return t || undefined;
  }
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  return undefined;
}
