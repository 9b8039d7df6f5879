import { TITLE_SITE_SEPARATOR } from './lexicon.js';
import { wordCount } from './words.js';

/**
 * A title without the site name appended to it: the part after the last separator goes
 * when it reads as a name (a few capitalised words) and the title has enough left.
 */
export function cleanTitle(title: string, site?: string): string {
  const m = TITLE_SITE_SEPARATOR.exec(title);
  if (!m) return title;
  const head = title.slice(0, m.index).trim();
  const tail = title.slice(m.index + m[0].length).trim();
  const words = tail.split(/\s+/);
  const isSite =
    (site !== undefined && tail.toLowerCase() === site.toLowerCase()) ||
    (words.length <= 5 && words.every((w) => /^(\p{Lu}|of$|the$|and$|&$)/u.test(w)));
  return isSite && wordCount(head) >= 4 ? head : title;
}
