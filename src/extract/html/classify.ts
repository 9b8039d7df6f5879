/**
 * What each element's own markup says about it: hidden, page furniture (junk), or a
 * marked content container. Class and id names are split into tokens and matched
 * against the lexicons in patterns.ts; results are cached per distinct name string,
 * since pages repeat a few class names thousands of times.
 */
import { type Dom, type Element, TextNode, textOf } from './dom.js';
import {
  BOILERPLATE_ROLES,
  BOILERPLATE_TAGS,
  CONTENT_ITEMPROPS,
  CONTENT_STEMS,
  CONTENT_TOKENS,
  HEADER_STEMS,
  HEADING_TAGS,
  LAYOUT_STEMS,
  LAYOUT_TOKENS,
  COMMENT_STEMS,
  COMMENT_TOKENS,
  RELATED_HEADING,
  RELATED_STEMS,
  SMALL_WIDGET_MAX_TEXT,
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
  /** Furniture by tag or ARIA role: nav, aside, role=navigation... */
  Junk = 2,
  /** Furniture by class or id name: comments, related links, headers, sidebars... */
  NamedJunk = 3,
  /** Named as the main content ("article-body", itemprop=articleBody). */
  Content = 4,
  /** Named as a small widget (sharing, ads, bylines...); furniture only if it is small. */
  NamedWidget = 5,
  /** Named as a related-content list. */
  NamedRelated = 6,
  /** Named as a header only: the site's header, or (inside an article) the article's own. */
  NamedHeader = 7,
  /** A comment section, by name or microdata: furniture, except on a forum thread. */
  Comments = 8,
}

/** Furniture known only by its class or id name (comment sections included). */
export function isNamedJunk(mark: number): boolean {
  return mark === Mark.NamedJunk || mark === Mark.NamedRelated || mark === Mark.Comments;
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
  const comments = COMMENT_STEMS.some((s) => joined.includes(s)) || tokens.some((t) => COMMENT_TOKENS.has(t));
  const related = RELATED_STEMS.some((s) => joined.includes(s));
  const region = comments ? Mark.Comments : related ? Mark.NamedRelated : undefined;
  const widgetStem = WIDGET_STEMS.some((s) => joined.includes(s));
  if (CONTENT_STEMS.some((s) => joined.includes(s) || squashed.includes(s))) {
    // "article-body-share" is still a widget inside the body; "fb-quotable" is not.
    return region ?? (widgetStem ? Mark.NamedWidget : Mark.Content);
  }
  if (region) return region;
  if (widgetStem || tokens.some((t) => WIDGET_TOKENS.has(t))) return Mark.NamedWidget;
  if (tokens.some((t) => CONTENT_TOKENS.has(t))) return Mark.None;
  if (LAYOUT_STEMS.some((s) => joined.includes(s)) || tokens.some((t) => LAYOUT_TOKENS.has(t))) return Mark.NamedJunk;
  return HEADER_STEMS.some((s) => joined.includes(s)) ? Mark.NamedHeader : Mark.None;
}


/**
 * Streaming server renderers (React's) send late parts of the page in hidden elements
 * with these ids, for a script to move into place: they are visible content.
 */
const STREAMED_SEGMENT_ID = /^S:[0-9a-z]+$/i;

/** A hidden or layout-named element with more than this share of the page's text is content. */
const MOST_OF_PAGE = 0.5;

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Roots of the page that are never junk, whatever they are called. */
const NEVER_JUNK = new Set(['#root', 'html', 'body', 'main']);

export class Classifier {
  private readonly cache = new Map<string, Mark>();

  mark(el: Element, inArticle: boolean): Mark {
    const a = el.attrs;
    const hiddenAttr = a.hidden !== undefined && !STREAMED_SEGMENT_ID.test(a.id ?? '');
    if (hiddenAttr || a['aria-hidden'] === 'true' || (a.style && HIDDEN_STYLE.test(a.style))) return Mark.Hidden;
    if (a.type === 'hidden' || el.tag === 'noscript') return Mark.Hidden;
    const itemprop = a.itemprop?.toLowerCase();
    if (itemprop && CONTENT_ITEMPROPS.has(itemprop)) return Mark.Content;
    if (NEVER_JUNK.has(el.tag)) return Mark.None;
    if (BOILERPLATE_TAGS.has(el.tag) || el.tag === 'button') return Mark.Junk;
    if (el.tag === 'footer' || (el.tag === 'header' && !inArticle)) return Mark.Junk;
    const role = a.role?.toLowerCase();
    if (role && BOILERPLATE_ROLES.has(role)) return Mark.Junk;
    if (itemprop === 'comment') return Mark.Comments;
    if (itemprop === 'author' || itemprop === 'publisher') return Mark.Junk;
    const name = (a.class ?? '') + ' ' + (a.id ?? '');
    if (name.length === 1) return Mark.None;
    let m = this.cache.get(name);
    if (m === undefined) {
      m = nameMark(name);
      this.cache.set(name, m);
    }
    if (m === Mark.NamedHeader) return inArticle ? Mark.None : Mark.NamedJunk;
    return m;
  }
}

/**
 * Marks for every element (by index). An element named like furniture that holds the
 * marked main content ("ad-margins" around "article-body") is a wrapper, not furniture;
 * a hidden one (or <noscript>) that holds it is where a script-driven page keeps its
 * server-rendered content.
 */
export function markElements(dom: Dom): Uint8Array {
  const els = dom.elements;
  const marks = new Uint8Array(els.length);
  const inArticle = new Uint8Array(els.length);
  const classifier = new Classifier();
  for (let i = 1; i < els.length; i++) {
    const el = els[i];
    const parent = el.parent!.index;
    marks[i] = classifier.mark(el, inArticle[parent] === 1);
    inArticle[i] = inArticle[parent] || el.tag === 'article' || el.tag === 'main' ? 1 : 0;
  }
  // 1: holds the marked content; 2: holds it as named by the page's layout (not microdata).
  const holds = new Uint8Array(els.length);
  const textLength = new Float64Array(els.length);
  // Per element, the element that holds its first text in document order (-1: none).
  const firstText = new Int32Array(els.length).fill(-1);
  for (let i = els.length - 1; i > 0; i--) {
    const el = els[i];
    for (const c of el.children) {
      const n = c instanceof TextNode ? c.text.trim().length : 0;
      textLength[i] += n;
      if (firstText[i] < 0) firstText[i] = n > 0 ? i : c instanceof TextNode ? -1 : firstText[c.index];
    }
    textLength[el.parent!.index] += textLength[i];
    if (marks[i] === Mark.NamedWidget) marks[i] = textLength[i] > SMALL_WIDGET_MAX_TEXT ? Mark.None : Mark.NamedJunk;
  }
  markRelatedSections(dom, marks, textLength, firstText);
  for (let i = els.length - 1; i > 0; i--) {
    const el = els[i];
    // No page hides most of its text from everyone: a script will show it. And no
    // header, footer or sidebar holds most of a page's text: a name saying so is wrong.
    const most = textLength[i] > MOST_OF_PAGE * textLength[0];
    if (most && (marks[i] === Mark.Hidden || marks[i] === Mark.NamedJunk)) marks[i] = Mark.None;
    if (el.tag === 'main' || el.attrs.role === 'main') holds[i] = 2;
    else if (marks[i] === Mark.Content) holds[i] = Math.max(holds[i], el.attrs.itemprop ? 1 : 2);
    if (holds[i] === 0) continue;
    if (isNamedJunk(marks[i])) marks[i] = Mark.None;
    // Hidden around the page's own main area: a placeholder or anti-flicker wrapper
    // that scripts reveal. (display:none around microdata is a copy for machines.)
    if (marks[i] === Mark.Hidden && holds[i] === 2) marks[i] = Mark.None;
    const p = el.parent!.index;
    holds[p] = Math.max(holds[p], holds[i]);
  }
  return marks;
}

/** A heading longer than this is a headline, not the label of a section. */
const SECTION_LABEL_MAX = 80;

/**
 * A section opened by a related-content heading ("Você pode gostar...", or an <h3>
 * named "related-title") is a list of other articles, even when it holds more teaser
 * prose than the article itself: it is marked as related content. The section is the
 * smallest element around the heading that holds more than the heading, provided the
 * heading is its first text.
 */
function markRelatedSections(dom: Dom, marks: Uint8Array, textLength: Float64Array, firstText: Int32Array): void {
  const els = dom.elements;
  for (let i = 1; i < els.length; i++) {
    const h = els[i];
    if (!HEADING_TAGS.has(h.tag) || textLength[i] === 0 || textLength[i] > SECTION_LABEL_MAX) continue;
    if (marks[i] !== Mark.NamedRelated && !RELATED_HEADING.test(textOf(h))) continue;
    for (let el = h.parent; el && el.parent; el = el.parent) {
      if (firstText[el.index] < h.index || firstText[el.index] > h.end) break;
      if (textLength[el.index] <= textLength[i]) continue;
      if (!NEVER_JUNK.has(el.tag) && marks[el.index] !== Mark.Content) marks[el.index] = Mark.NamedRelated;
      break;
    }
  }
}
