/**
 * Page metadata: title, authors, dates, site, canonical URL and declared language.
 * Sources in order of trust: JSON-LD, then meta tags (OpenGraph, Dublin Core, the usual
 * publisher conventions), then microdata and <time> elements near the article, then
 * bylines and dates written in the page, then the URL.
 */
import type { Article } from '../../core/types.js';
import { authorNames, uniqueNames } from './authors.js';
import { dateFromUrl, findDate, parseDateValue, swapDayMonth, type DateOptions } from './dates.js';
import { type Dom, type Element, isInside, textOf } from './dom.js';
import { cleanValue, type HeadInfo, metaValue, metaValues } from './head.js';
import type { JsonLdInfo } from './jsonld.js';
import { AUTHOR_NAME_HINT, AUTHOR_PAGE_PATH, DATE_HINT, MODIFIED_LABEL } from './lexicon.js';
import { chooseTitle, type TitleSources } from './title.js';
import type { Block } from './blocks.js';
import { type HeaderLines, headerWindow, labelledDate, readHeaderLines } from './bylines.js';
import { Mark } from './classify.js';
import { NOT_PUBLISHED_META_NAME, PUBLISHED_META_NAME } from './patterns.js';
import { dateInScripts } from './state.js';

export type Metadata = Omit<Article, 'pageType' | 'text' | 'partial'>;

export interface MetadataInput {
  dom: Dom;
  head: HeadInfo;
  jsonLd: JsonLdInfo;
  url?: string;
  /** Per element: inside page furniture. */
  junk: Uint8Array;
  /** Per element: its own mark (see classify.ts). */
  marks: Uint8Array;
  /** The part of the page around the main content, where bylines and dates stand. */
  region: Element;
  /** All blocks of the page, and the index of the first one of the main content. */
  blocks: Block[];
  contentStart: number;
}

/** Elements this small (in descendants) are read whole for a byline or a date. */
const SMALL_ELEMENT = 40;
const MAX_FIELD_TEXT = 200;

export function readMetadata(input: MetadataInput): Metadata {
  const { head, jsonLd, url } = input;
  const language = pickLanguage(head, jsonLd);
  const site = metaValue(head, 'og:site_name', 'application-name', 'al:android:app_name') ?? jsonLd.publisher ?? jsonLd.siteName;
  const canonical = resolveUrl(head.canonical ?? metaValue(head, 'og:url') ?? jsonLd.url, url) ?? url;
  const dateOptions: DateOptions = { monthFirst: isMonthFirst(head.htmlLang ?? language), ambiguous: new Set() };
  const title = pickTitle(input, site, canonical ?? url);
  const lines = readHeaderLines(headerWindow(input.blocks, title, input.contentStart), dateOptions);
  const dates = pickDates(dateCandidates(input, lines, title, dateOptions), dateOptions.ambiguous!);
  return {
    title,
    author: pickAuthors(authorCandidates(input, site, lines.authors)),
    published: dates.published,
    modified: dates.modified,
    site,
    canonical,
    language,
  };
}

function pickTitle(input: MetadataInput, site: string | undefined, url: string | undefined): string | undefined {
  return chooseTitle(titleSources(input, site, url));
}

/** Every source of the title, for choosing and for inspection. */
export function titleSources(input: Pick<MetadataInput, 'dom' | 'head' | 'jsonLd' | 'marks'>, site: string | undefined, url: string | undefined): TitleSources {
  const { head, jsonLd, dom } = input;
  return {
    headline: jsonLd.headline,
    ogTitle: metaValue(head, 'og:title', 'twitter:title'),
    metaTitle: metaValue(head, 'title', 'dc.title', 'parsely-title', 'sailthru.title', 'headline'),
    documentTitle: head.documentTitle,
    headings: visibleHeadings(dom, input.marks, 'h1'),
    subheadings: visibleHeadings(dom, input.marks, 'h2'),
    siteNames: [site, jsonLd.publisher, jsonLd.siteName, ...hostLabels(url)].filter((s): s is string => !!s),
  };
}

/** Ancestors looked at to tell whether a heading stands in page furniture. */
const HEADING_CONTEXT = 30;

/** Headings shown on the page, outside navigation, footers, asides and comments (page headers are fine). */
function visibleHeadings(dom: Dom, marks: Uint8Array, tag: string): string[] {
  const out: string[] = [];
  for (const el of dom.elements) {
    if (el.tag !== tag || marks[el.index] === Mark.Hidden || marks[el.index] === Mark.Comments) continue;
    let shown = true;
    let p = el.parent;
    for (let i = 0; p && i < HEADING_CONTEXT; i++, p = p.parent) {
      if (marks[p.index] === Mark.Hidden || marks[p.index] === Mark.Comments || FURNITURE_AROUND_TITLE.has(p.tag)) {
        shown = false;
        break;
      }
    }
    if (!shown) continue;
    const t = headingText(el);
    if (t.length >= 3 && t.length <= 300) out.push(t);
    if (out.length >= 5) break;
  }
  return out;
}

/** A heading's text without the dates and bylines some pages print inside it. */
function headingText(el: Element): string {
  return cleanValue(textOf(el, (child) => child.tag === 'time' || DATE_OR_BYLINE.test(child.attrs.class ?? '')));
}

const DATE_OR_BYLINE = /date|time|byline|author|posted|meta/i;

const FURNITURE_AROUND_TITLE = new Set(['nav', 'footer', 'aside', 'dialog', 'menu', 'form']);

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : undefined;
  } catch {
    return undefined;
  }
}

/** The host, without its suffix, and the registered domain of a subdomain ("shop.example.co.uk" → "example.co.uk", "example"). */
function hostLabels(url: string | undefined): string[] {
  if (!url) return [];
  try {
    const host = new URL(url).hostname.replace(/^www\d*\./, '');
    const labels = host.split('.');
    const main = labels.slice(0, -1).join('.');
    // A two-part public suffix: a short label before a country code (co.uk, com.au).
    const suffix = labels.length >= 3 && labels[labels.length - 1].length === 2 && labels[labels.length - 2].length <= 3 ? 2 : 1;
    const domain = labels.slice(-suffix - 1).join('.');
    const name = labels.length > suffix ? labels[labels.length - suffix - 1] : '';
    return [...new Set([host, main, domain, name])].filter(Boolean);
  } catch {
    return [];
  }
}

/** Every source of author names, for choosing and for inspection. */
export interface AuthorCandidates {
  jsonLdPeople: string[];
  meta: string[];
  /** Microdata and rel=author links. */
  microdata: string[];
  /** Links to an author's page (/author/ann-lee). */
  linked: string[];
  /** A byline printed near the headline. */
  printed: string[];
  /** Elements named "byline" or "author". */
  named: string[];
  /** Organisations given as authors in JSON-LD. */
  jsonLdOrganizations: string[];
}

const AUTHOR_META = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl', 'citation_author'];

function authorCandidates(input: MetadataInput, site: string | undefined, printed: string[]): AuthorCandidates {
  const { head, jsonLd } = input;
  const siteKey = site?.toLowerCase();
  const clean = (names: string[]) => uniqueNames(names.filter((n) => n.toLowerCase() !== siteKey));
  const fromJsonLd = jsonLd.authors.flatMap((a) => authorNames(a));
  // Fields that name the author are trusted even when the author is the site itself.
  return {
    jsonLdPeople: jsonLd.authorsArePeople ? uniqueNames(fromJsonLd) : [],
    meta: uniqueNames(metaValues(head, ...AUTHOR_META).flatMap((a) => authorNames(a))),
    microdata: clean(authorsInMarkup(input, authorMicrodata)),
    linked: clean(authorsInMarkup(input, (el) => authorLink(el, hostOf(input.url)))),
    printed: clean(printed),
    named: clean(authorsInMarkup(input, authorByName)),
    jsonLdOrganizations: jsonLd.authorsArePeople ? [] : fromJsonLd,
  };
}

function pickAuthors(c: AuthorCandidates): string[] {
  for (const names of [c.jsonLdPeople, c.meta, c.microdata, c.printed, c.linked, c.named, c.jsonLdOrganizations]) {
    if (names.length > 0) return names;
  }
  return [];
}

/** Author names found by `read` in the markup, outside comment sections; near the article first. */
function authorsInMarkup(input: MetadataInput, read: (el: Element) => string[]): string[] {
  const { dom, region } = input;
  const comments = inNamedRegions(dom, input.marks);
  let far: string[] | undefined;
  for (const el of dom.elements) {
    if (comments[el.index]) continue;
    const names = read(el);
    if (names.length === 0) continue;
    if (isInside(el, region)) return names;
    far ??= names;
  }
  return far ?? [];
}

function authorMicrodata(el: Element): string[] {
  const a = el.attrs;
  if (a.itemprop === 'author' || a.itemprop === 'creator') {
    const nameEl = findDescendant(el, (d) => d.attrs.itemprop === 'name');
    const raw = nameEl ? (nameEl.attrs.content ?? textOf(nameEl)) : (a.content ?? smallText(el));
    return authorNames(raw);
  }
  if (el.tag === 'a' && /\bauthor\b/i.test(a.rel ?? '')) return authorNames(smallText(el));
  return [];
}

/** A link to an author's page on the same site. */
function authorLink(el: Element, host: string | undefined): string[] {
  const href = el.attrs.href;
  if (el.tag !== 'a' || !href || !AUTHOR_PAGE_PATH.test(href)) return [];
  if (/^(?:https?:)?\/\//i.test(href) && (!host || !href.includes(host))) return [];
  return authorNames(smallText(el), { minWords: 1 });
}

/** Names in elements named like a byline; this source is noisy, so two-word capitalised names only. */
function authorByName(el: Element): string[] {
  const a = el.attrs;
  const name = (a.class ?? '') + ' ' + (a.id ?? '');
  if (name.length > 1 && AUTHOR_NAME_HINT.test(name) && !/\b(bio|box|avatar|image|img|photo|pic)\b/i.test(name)) {
    return authorNames(smallText(el), { minWords: 2 });
  }
  return [];
}

/** Per element: inside a comment section or related-content list (whose bylines are not the article's). */
function inNamedRegions(dom: Dom, marks: Uint8Array): Uint8Array {
  const flags = new Uint8Array(dom.elements.length);
  for (let i = 1; i < dom.elements.length; i++) {
    flags[i] = marks[i] === Mark.Comments || marks[i] === Mark.NamedRelated || flags[dom.elements[i].parent!.index] ? 1 : 0;
  }
  return flags;
}

/** Every source of a date, for choosing and for inspection. */
export interface DateCandidates {
  jsonLd?: string;
  meta?: string;
  /** Microdata, <time>, or an element named "date", near the article first. */
  markup?: string;
  /**
   * Printed near the headline: the first date (the one on the byline's line first), and
   * the first not labelled as an update.
   */
  printed?: string;
  printedPublished?: string;
  url?: string;
  /** A labelled dateline anywhere in the page. */
  labelled?: string;
  /** The date in the page's script state (data layers, hydration blobs). */
  state?: string;
  modified?: string;
}

const PUBLISHED_META = [
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
  'published',
  'published-date',
  'publication-date',
  'article.published',
  'og:article:published_time',
];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified'];

export function dateCandidates(input: MetadataInput, lines: HeaderLines, title: string | undefined, options: DateOptions): DateCandidates {
  const { head, jsonLd } = input;
  const titles = [title, jsonLd.headline, metaValue(head, 'og:title'), head.documentTitle].filter((t): t is string => !!t);
  return {
    jsonLd: parseDateValue(jsonLd.published, options),
    meta: parseDateValue(metaValue(head, ...PUBLISHED_META) ?? otherPublishedMeta(head), options),
    markup: datesInPage(input, options),
    printed: lines.bylineDate ?? lines.firstDate,
    printedPublished: lines.publishedDate,
    labelled: labelledDate(input.blocks, options),
    url: dateFromUrl(input.url),
    state: dateInScripts(input.dom.scripts, titles, options),
    modified: parseDateValue(jsonLd.modified, options) ?? parseDateValue(metaValue(head, ...MODIFIED_META), options),
  };
}

/**
 * The published date among the candidates. `ambiguous` holds the dates read from numbers
 * whose day and month could be swapped ("09.10.2024"): another source settles those.
 */
function pickDates(c: DateCandidates, ambiguous: Set<string>): { published?: string; modified?: string } {
  // Publisher meta tags are the most reliable, then the date the page prints by the
  // headline (what readers see, often the last update), then JSON-LD, which SEO plugins
  // often fill with other dates, then the markup and the URL, and last the script state.
  let published = c.meta ?? c.printed ?? c.jsonLd ?? c.markup ?? c.url ?? c.labelled ?? c.state;
  if (published && ambiguous.has(published.slice(0, 10))) {
    const swapped = swapDayMonth(published);
    const others = [c.jsonLd, c.meta, c.markup, c.printed, c.url, c.labelled];
    if (swapped && others.some((d) => d?.slice(0, 10) === swapped)) published = swapped;
  }
  // A timestamp in UTC can fall on the next or previous day; the URL has the publisher's own day.
  if (published && c.url && published.slice(0, 10) !== c.url && daysApart(published, c.url) <= 1) published = c.url;
  return { published, modified: c.modified };
}

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000;
}

/** A meta tag whose name says it holds the publication date, beyond the usual names. */
function otherPublishedMeta(head: HeadInfo): string | undefined {
  for (const [name, values] of head.meta) {
    if (PUBLISHED_META_NAME.test(name) && !NOT_PUBLISHED_META_NAME.test(name) && values[0]?.trim()) return values[0];
  }
  return undefined;
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
