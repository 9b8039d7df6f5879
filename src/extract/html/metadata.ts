/**
 * Page metadata: title, authors, dates, site, canonical URL and declared language.
 * Sources in order of trust: JSON-LD, then meta tags (OpenGraph, Dublin Core, the usual
 * publisher conventions), then microdata and <time> elements near the article, then
 * bylines and dates written in the page, then the URL.
 */
import type { Article } from '../../core/types.js';
import { authorNames, uniqueNames } from './authors.js';
import { dateFromUrl, findDate, parseDateValue, type DateOptions } from './dates.js';
import { type Dom, type Element, isInside, textOf } from './dom.js';
import { type HeadInfo, metaValue, metaValues } from './head.js';
import type { JsonLdInfo } from './jsonld.js';
import { AUTHOR_NAME_HINT, DATE_HINT, MODIFIED_LABEL } from './lexicon.js';
import { chooseTitle } from './title.js';

export type Metadata = Omit<Article, 'pageType' | 'text' | 'partial'>;

export interface MetadataInput {
  dom: Dom;
  head: HeadInfo;
  jsonLd: JsonLdInfo;
  url?: string;
  /** Per element: inside page furniture. */
  junk: Uint8Array;
  /** The part of the page around the main content, where bylines and dates stand. */
  region: Element;
}

/** Elements this small (in descendants) are read whole for a byline or a date. */
const SMALL_ELEMENT = 40;
const MAX_FIELD_TEXT = 200;

export function readMetadata(input: MetadataInput): Metadata {
  const { head, jsonLd, url } = input;
  const language = pickLanguage(head, jsonLd);
  const site = metaValue(head, 'og:site_name', 'application-name', 'al:android:app_name') ?? jsonLd.publisher ?? jsonLd.siteName;
  const canonical = resolveUrl(head.canonical ?? metaValue(head, 'og:url') ?? jsonLd.url, url) ?? url;
  const dateOptions: DateOptions = { monthFirst: isMonthFirst(head.htmlLang ?? language) };
  const dates = pickDates(input, dateOptions);
  return {
    title: pickTitle(input, site, canonical ?? url),
    author: pickAuthors(input, site),
    published: dates.published,
    modified: dates.modified,
    site,
    canonical,
    language,
  };
}

function pickTitle(input: MetadataInput, site: string | undefined, url: string | undefined): string | undefined {
  const { head, jsonLd, dom } = input;
  const headings = visibleHeadings(dom, input.junk, 'h1');
  return chooseTitle({
    headline: jsonLd.headline,
    ogTitle: metaValue(head, 'og:title', 'twitter:title'),
    metaTitle: metaValue(head, 'title', 'dc.title', 'parsely-title', 'sailthru.title', 'headline'),
    documentTitle: head.documentTitle,
    headings: headings.length > 0 ? headings : visibleHeadings(dom, input.junk, 'h2').slice(0, 1),
    siteNames: [site, jsonLd.publisher, jsonLd.siteName, ...hostLabels(url)].filter((s): s is string => !!s),
  });
}

function visibleHeadings(dom: Dom, junk: Uint8Array, tag: string): string[] {
  const out: string[] = [];
  for (const el of dom.elements) {
    if (el.tag !== tag || junk[el.index]) continue;
    const t = textOf(el);
    if (t.length >= 3 && t.length <= 300) out.push(t);
    if (out.length >= 5) break;
  }
  return out;
}

function hostLabels(url: string | undefined): string[] {
  if (!url) return [];
  try {
    const host = new URL(url).hostname.replace(/^www\d*\./, '');
    const main = host.split('.').slice(0, -1).join('.');
    return [host, main].filter(Boolean);
  } catch {
    return [];
  }
}

function pickAuthors(input: MetadataInput, site: string | undefined): string[] {
  const { head, jsonLd } = input;
  const siteKey = site?.toLowerCase();
  const notSite = (names: string[]) => names.filter((n) => n.toLowerCase() !== siteKey);
  if (jsonLd.authorsArePeople) {
    const names = notSite(jsonLd.authors.flatMap(authorNames));
    if (names.length > 0) return names;
  }
  const metaNames = notSite(
    metaValues(head, 'author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl', 'citation_author').flatMap(authorNames),
  );
  if (metaNames.length > 0) return uniqueNames(metaNames);
  const fromPage = notSite(authorsInPage(input));
  if (fromPage.length > 0) return fromPage;
  return jsonLd.authors.flatMap(authorNames);
}

/** Bylines in the page: microdata, rel=author links, elements named "byline" or "author". */
function authorsInPage(input: MetadataInput): string[] {
  const { dom, region } = input;
  const near: string[][] = [];
  const far: string[][] = [];
  for (const el of dom.elements) {
    const names = authorElementNames(el);
    if (names.length === 0) continue;
    (isInside(el, region) ? near : far).push(names);
    if (near.length > 0) break;
  }
  return (near[0] ?? far[0] ?? []).slice();
}

function authorElementNames(el: Element): string[] {
  const a = el.attrs;
  if (a.itemprop === 'author' || a.itemprop === 'creator') {
    const nameEl = findDescendant(el, (d) => d.attrs.itemprop === 'name');
    const raw = nameEl ? (nameEl.attrs.content ?? textOf(nameEl)) : (a.content ?? smallText(el));
    return authorNames(raw);
  }
  if (el.tag === 'a' && /\bauthor\b/i.test(a.rel ?? '')) return authorNames(smallText(el));
  const name = (a.class ?? '') + ' ' + (a.id ?? '');
  if (name.length > 1 && AUTHOR_NAME_HINT.test(name) && !/\b(bio|box|avatar|image|img|photo|pic)\b/i.test(name)) {
    return authorNames(smallText(el));
  }
  return [];
}

function pickDates(input: MetadataInput, options: DateOptions): { published?: string; modified?: string } {
  const { head, jsonLd } = input;
  const published =
    parseDateValue(jsonLd.published, options) ??
    parseDateValue(
      metaValue(
        head,
        'article:published_time',
        'og:published_time',
        'datepublished',
        'article:published',
        'published_time',
        'publication_date',
        'pubdate',
        'publishdate',
        'publish-date',
        'publish_date',
        'parsely-pub-date',
        'sailthru.date',
        'dc.date.issued',
        'dcterms.issued',
        'dc.date',
        'dcterms.date',
        'dcterms.created',
        'citation_publication_date',
        'citation_date',
        'date',
        'article.published',
        'og:article:published_time',
      ),
      options,
    ) ??
    datesInPage(input, options) ??
    dateFromUrl(input.url);
  const modified =
    parseDateValue(jsonLd.modified, options) ??
    parseDateValue(metaValue(head, 'article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified'), options);
  return { published, modified };
}

/** A publication date shown in the page: microdata, <time>, or an element named "date". */
function datesInPage(input: MetadataInput, options: DateOptions): string | undefined {
  const { dom, region } = input;
  let fallback: string | undefined;
  for (const el of dom.elements) {
    const a = el.attrs;
    let found: string | undefined;
    if (a.itemprop === 'datePublished' || a.itemprop === 'dateCreated') {
      found = parseDateValue(a.datetime ?? a.content, options) ?? findDate(smallText(el), options);
    } else if (el.tag === 'time') {
      if (isModifiedLabel(el)) continue;
      found = parseDateValue(a.datetime, options) ?? findDate(smallText(el), options);
    } else {
      const name = (a.class ?? '') + ' ' + (a.id ?? '');
      if (name.length > 1 && DATE_HINT.test(name) && el.end - el.index < SMALL_ELEMENT && !isModifiedLabel(el)) {
        found = findDate(smallText(el), options);
      }
    }
    if (!found) continue;
    if (isInside(el, region)) return found;
    fallback ??= found;
  }
  return fallback;
}

function isModifiedLabel(el: Element): boolean {
  const name = (el.attrs.class ?? '') + ' ' + (el.attrs.id ?? '') + ' ' + (el.attrs.itemprop ?? '');
  if (/updat|modif/i.test(name)) return true;
  const parent = el.parent;
  if (!parent || parent.end - parent.index > SMALL_ELEMENT) return false;
  const context = textOf(parent);
  const at = context.indexOf(textOf(el));
  return MODIFIED_LABEL.test(at > 0 ? context.slice(Math.max(0, at - 40), at) : '');
}

function smallText(el: Element): string {
  if (el.end - el.index > SMALL_ELEMENT) return '';
  const t = textOf(el);
  return t.length <= MAX_FIELD_TEXT ? t : '';
}

function findDescendant(el: Element, test: (d: Element) => boolean): Element | undefined {
  const stack = [...el.children];
  let budget = 200;
  while (stack.length > 0 && budget-- > 0) {
    const n = stack.pop()!;
    if (!('tag' in n)) continue;
    if (test(n)) return n;
    stack.push(...n.children);
  }
  return undefined;
}

function pickLanguage(head: HeadInfo, jsonLd: JsonLdInfo): string | undefined {
  for (const raw of [head.htmlLang, metaValue(head, 'content-language', 'language', 'dc.language', 'og:locale'), jsonLd.language]) {
    const lang = normalizeLanguage(raw);
    if (lang) return lang;
  }
  return undefined;
}

export function normalizeLanguage(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const primary = raw.trim().split(/[-_,;\s]/)[0].toLowerCase();
  return /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

function isMonthFirst(lang: string | undefined): boolean {
  if (!lang) return false;
  return /^en(?:$|[-_](?:us|ph|ca))/i.test(lang.trim());
}

function resolveUrl(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}
