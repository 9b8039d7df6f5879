/**
 * The article's title without the site name: the page's <h1> when it agrees with a
 * metadata title, else the metadata title with the site's part cut off.
 */

/** Separators between a title and the site name in <title> and og:title. */
const SEPARATOR = /\s+[|\-–—·•:»«/\\~]\s+|\s*[|•»«]\s*|\s+::\s+/;
/** A separator at the end or start of a part of a title, a colon included ("Blog: "). */
const SEPARATOR_AT_END = /\s*[|\-–—·•:»«/\\~]+\s*$/;
const SEPARATOR_AT_START = /^\s*[|\-–—·•:»«/\\~]+\s*/;

export interface TitleSources {
  headline?: string;
  ogTitle?: string;
  metaTitle?: string;
  documentTitle?: string;
  /** Visible <h1> texts, in document order. */
  headings: string[];
  /** Visible <h2> texts, in document order: a title only when the metadata agrees. */
  subheadings: string[];
  /** Site names and host labels to strip. */
  siteNames: string[];
}

export function chooseTitle(s: TitleSources): string | undefined {
  const title = pickTitle(s);
  return title === undefined ? undefined : mainSegment(title);
}

/**
 * A vertical bar is no punctuation of a headline: it sets off segments (a section, search
 * keywords, the site). The headline is the first segment that is more than a label
 * ("Guide to X | Costs & Savings", "Opinion | Guide to X").
 */
function mainSegment(title: string): string {
  const parts = title.split(PIPE).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return title;
  return parts.find((p) => wordCount(p) >= 3) ?? title;
}

const PIPE = /\s*[|｜]\s*/;

/** Whether a heading prints the title, whole or with segments after a bar. */
export function headingIsTitle(heading: string, title: string): boolean {
  const k = key(title);
  return key(heading) === k || key(mainSegment(heading)) === k;
}

function pickTitle(s: TitleSources): string | undefined {
  const metaTitles = [s.headline, s.ogTitle, s.metaTitle, s.documentTitle].filter((t): t is string => !!t);
  const siteNames = [...s.siteNames, ...namesAroundTitle(s.documentTitle, [s.headline, s.ogTitle, s.metaTitle], s.siteNames)];
  const stripped = metaTitles.map((t) => stripSiteName(t, siteNames));
  const sites = new Set(siteNames.map(key));
  const headings = s.headings.map((h) => stripSiteName(h, siteNames, false)).filter((h) => !sites.has(key(h)));
  if (metaTitles.length === 0) return headings[0] ?? s.subheadings[0];
  // The page's visible headline is the title when it and the metadata title share words
  // both ways: an <h1> that does not is the blog's or the section's name ("VPN Services"
  // over "Private VPN Service Recommendations and Comparison"). Compared without the parts
  // that name the site, so that an <h1> holding only the blog's name does not agree.
  const withoutSite = metaTitles.map((t) => stripSiteName(t, siteNames, false));
  const agreement = (h: string) => Math.max(...withoutSite.map((t) => overlap(h, t)));
  const coverage = (h: string) => Math.max(...withoutSite.map((t) => overlap(t, h)));
  const h1 = bestBy(headings, agreement);
  if (h1 && h1.score >= H1_AGREEMENT && coverage(h1.item) >= H1_COVERAGE) return h1.item;
  // An <h2> only when it says the same as the metadata title, not one of its words ("Services").
  const h2 = bestBy(s.subheadings, (h) => Math.min(agreement(h), coverage(h)));
  if (h2 && h2.score >= H2_AGREEMENT) return h2.item;
  return stripped.find((t) => t.length > 0) ?? headings[0];
}

/**
 * The parts of the document title around another metadata title: "Blog Name: Post title"
 * beside og:title "Post title" names the site "Blog Name". Site names are the shorter part.
 */
function namesAroundTitle(documentTitle: string | undefined, others: (string | undefined)[], known: string[]): string[] {
  if (!documentTitle) return [];
  const doc = key(documentTitle);
  const sites = new Set(known.map(key));
  for (const other of others) {
    const k = other ? key(other) : '';
    const at = k.length >= 3 && k !== doc && !sites.has(k) ? doc.indexOf(k) : -1;
    if (at < 0) continue;
    const before = doc.slice(0, at);
    const after = doc.slice(at + k.length);
    // Only parts set off by a separator, so that a longer title is not cut inside a phrase.
    if ((before && !SEPARATOR_AT_END.test(before)) || (after && !SEPARATOR_AT_START.test(after))) continue;
    return [before.replace(SEPARATOR_AT_END, ''), after.replace(SEPARATOR_AT_START, '')]
      .map((p) => p.trim())
      .filter((p) => p.length > 1 && wordCount(p) < wordCount(k));
  }
  return [];
}

/** Share of a heading's words that a metadata title must share for the heading to be the title. */
const H1_AGREEMENT = 0.3;
/** Share of the metadata title's words an <h1> must hold. */
const H1_COVERAGE = 0.2;
const H2_AGREEMENT = 0.8;

function bestBy<T>(items: T[], score: (x: T) => number): { item: T; score: number } | undefined {
  let best: { item: T; score: number } | undefined;
  for (const item of items) {
    const v = score(item);
    if (!best || v > best.score) best = { item, score: v };
  }
  return best;
}

/** What separates words in any script (JavaScript's \W knows only ASCII letters). */
const NON_WORD = /[^\p{L}\p{N}]+/u;

function overlap(a: string, b: string): number {
  const wa = key(a).split(NON_WORD).filter(Boolean);
  const wb = new Set(key(b).split(NON_WORD).filter(Boolean));
  return wa.length === 0 ? 0 : wa.filter((w) => wb.has(w)).length / wa.length;
}

/**
 * Cut the site name off a title: the part that names the site, or else (when `guess`)
 * a short trailing part.
 */
export function stripSiteName(title: string, siteNames: string[], guess = true): string {
  const parts = title.split(SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return title.trim();
  const sites = siteNames.map(key).filter((k) => k.length > 1);
  const namesSite = (p: string) => {
    const k = key(p);
    const squashed = k.replace(/[^\p{L}\p{N}]/gu, '');
    return sites.some((site) => k === site || squashed === site.replace(/[^\p{L}\p{N}]/gu, '') || (site.length > 3 && k.includes(site)));
  };
  const kept = parts.filter((p) => !namesSite(p));
  if (kept.length > 0 && kept.length < parts.length) return joinBack(title, kept);
  if (!guess) return title.trim();
  // No part names the site: drop a short last part when the first is a real title.
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (wordCount(first) >= 3 && wordCount(last) <= 4) return joinBack(title, parts.slice(0, -1));
  if (wordCount(last) >= 3 && wordCount(first) <= 2 && parts.length === 2) return last;
  return title.trim();
}

/** Rejoin kept parts as they stood in the title, separators between them included. */
function joinBack(title: string, kept: string[]): string {
  const start = title.indexOf(kept[0]);
  const lastPart = kept[kept.length - 1];
  const end = title.lastIndexOf(lastPart) + lastPart.length;
  return start >= 0 && end > start ? title.slice(start, end).trim() : kept.join(' - ');
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

export function key(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').replace(/[\s.!?]+$/, '').trim();
}
