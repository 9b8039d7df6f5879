/**
 * The article's title without the site name: the page's <h1> when it agrees with a
 * metadata title, else the metadata title with the site's part cut off.
 */

/** Separators between a title and the site name in <title> and og:title. */
const SEPARATOR = /\s+[|\-–—·•:»«/\\~]\s+|\s*[|•»«]\s*|\s+::\s+/;

export interface TitleSources {
  headline?: string;
  ogTitle?: string;
  metaTitle?: string;
  documentTitle?: string;
  /** Visible <h1> texts (and <h2> when there is no <h1>), in document order. */
  headings: string[];
  /** Site names and host labels to strip. */
  siteNames: string[];
}

export function chooseTitle(s: TitleSources): string | undefined {
  const metaTitles = [s.headline, s.ogTitle, s.metaTitle, s.documentTitle].filter((t): t is string => !!t);
  const stripped = metaTitles.map((t) => stripSiteName(t, s.siteNames));
  const keys = new Set([...metaTitles, ...stripped].map(key));
  // A heading that equals a metadata title, or starts one, is the title as the page shows it.
  for (const h of s.headings) if (keys.has(key(h))) return h;
  for (const h of s.headings) {
    const k = key(h);
    if (k.length >= 10 && metaTitles.some((t) => key(t).startsWith(k))) return h;
  }
  const best = stripped.find((t) => t.length > 0);
  if (best) return best;
  return s.headings[0];
}

/** Cut the site name off a title: the part that names the site, or a short trailing part. */
export function stripSiteName(title: string, siteNames: string[]): string {
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
