/**
 * What each element's own markup says about it: hidden, page furniture (junk), or a
 * marked content container. Class and id names are split into tokens and matched
 * against the lexicons in patterns.ts; results are cached per distinct name string,
 * since pages repeat a few class names thousands of times.
 */
import type { Element } from './dom.js';
import {
  BOILERPLATE_ROLES,
  BOILERPLATE_TAGS,
  CONTENT_ITEMPROPS,
  CONTENT_STEMS,
  CONTENT_TOKENS,
  LAYOUT_STEMS,
  LAYOUT_TOKENS,
  STATE_CLASS_PREFIX,
  STATE_CLASS_SUFFIX,
  SLUG_CLASS_PREFIX,
  SLUG_LIST_MIN,
  WIDGET_STEMS,
  WIDGET_TOKENS,
} from './patterns.js';

export const enum Mark {
  None = 0,
  Hidden = 1,
  /** Furniture: comments, sharing, related links, ads, navigation... */
  Junk = 2,
  /** Named as the main content ("article-body", itemprop=articleBody). */
  Content = 4,
}

/** Split "c-articleBody__share-buttons js-x" into lower-case tokens. */
export function nameTokens(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .split(/[^a-z0-9\u00c0-\u024f]+/)
    .filter(Boolean);
}

/**
 * Classes that describe the state of a page rather than a part of it: CMS slugs such as
 * "tag-wework" or "category-news" and modifiers such as "has-sidebar" or "comments-open".
 * They say nothing about the element that carries them.
 */
function isStateClass(cls: string, classCount: number): boolean {
  if (STATE_CLASS_PREFIX.test(cls) || STATE_CLASS_SUFFIX.test(cls)) return true;
  return classCount >= SLUG_LIST_MIN && SLUG_CLASS_PREFIX.test(cls);
}

/** The class/id verdict, without the tag: Junk, Content or None. */
export function nameMark(name: string): Mark {
  if (!name) return Mark.None;
  const classes = name.split(/\s+/).filter(Boolean);
  const tokens = nameTokens(classes.filter((c) => !isStateClass(c, classes.length)).join(' '));
  // Stems match inside tokens and across one hyphen ("ad-slot", "post-meta").
  const joined = tokens.join('-');
  const squashed = tokens.join('');
  if (CONTENT_STEMS.some((s) => joined.includes(s) || squashed.includes(s))) {
    // "article-body-share" is still a widget inside the body.
    return hasWidget(tokens, joined) ? Mark.Junk : Mark.Content;
  }
  if (hasWidget(tokens, joined)) return Mark.Junk;
  const layout = tokens.some((t) => LAYOUT_TOKENS.has(t)) || LAYOUT_STEMS.some((s) => joined.includes(s));
  if (layout && !tokens.some((t) => CONTENT_TOKENS.has(t))) return Mark.Junk;
  return Mark.None;
}

function hasWidget(tokens: string[], joined: string): boolean {
  return tokens.some((t) => WIDGET_TOKENS.has(t)) || WIDGET_STEMS.some((s) => joined.includes(s));
}

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Roots of the page that are never junk, whatever they are called. */
const NEVER_JUNK = new Set(['#root', 'html', 'body', 'main']);

export class Classifier {
  private readonly cache = new Map<string, Mark>();

  mark(el: Element, inArticle: boolean): Mark {
    const a = el.attrs;
    if (a.hidden !== undefined || a['aria-hidden'] === 'true' || (a.style && HIDDEN_STYLE.test(a.style))) {
      return Mark.Hidden;
    }
    if (a.type === 'hidden') return Mark.Hidden;
    const itemprop = a.itemprop?.toLowerCase();
    if (itemprop && CONTENT_ITEMPROPS.has(itemprop)) return Mark.Content;
    if (NEVER_JUNK.has(el.tag)) return Mark.None;
    if (BOILERPLATE_TAGS.has(el.tag) || el.tag === 'button') return Mark.Junk;
    if (el.tag === 'footer' || (el.tag === 'header' && !inArticle)) return Mark.Junk;
    const role = a.role?.toLowerCase();
    if (role && BOILERPLATE_ROLES.has(role)) return Mark.Junk;
    if (itemprop === 'comment' || itemprop === 'author' || itemprop === 'publisher') return Mark.Junk;
    const name = (a.class ?? '') + ' ' + (a.id ?? '');
    if (name.length === 1) return Mark.None;
    let m = this.cache.get(name);
    if (m === undefined) {
      m = nameMark(name);
      this.cache.set(name, m);
    }
    // <article> elements are kept even when their classes look like layout.
    if (m === Mark.Junk && el.tag === 'article' && !hasWidget(nameTokens(name), nameTokens(name).join('-'))) {
      return Mark.None;
    }
    return m;
  }
}
