/**
 * Article extraction from HTML: parse, cut into blocks, pick the content, read the
 * metadata, classify the page, print the text. Every stage is iterative and checks
 * the time budget; past it, the result is what was found so far, marked `partial`.
 */
import type { Article } from '../../core/types.js';
import { Kind, type Block } from './blocks.js';
import { segment } from './blocks.js';
import { markElements } from './classify.js';
import { Deadline } from './budget.js';
import { contentBlocks, contentRoot, defaultContentOptions, isProse, mainArea, type ContentOptions } from './content.js';
import { findDate } from './dates.js';
import { type Dom, type Element, parseHtml } from './dom.js';
import { readHead } from './head.js';
import { readJsonLd } from './jsonld.js';
import { detectLanguage } from '../../language/detect.js';
import { readMetadata, type Metadata } from './metadata.js';
import { classifyPage, pageSignals } from './pagetype.js';
import { serialize } from './serialize.js';
import { headingIsTitle } from './title.js';
import { DATELINE_LABEL } from './patterns.js';
import { BYLINE_PREFIX } from './lexicon.js';

export interface HtmlExtractOptions {
  /** Wall-clock budget in milliseconds; past it, return what has been found. */
  budgetMs?: number;
  /** Content selection settings, such as keeping figure captions. */
  content?: Partial<ContentOptions>;
}

export function extractHtml(html: string, url?: string, options: HtmlExtractOptions = {}): Article {
  const deadline = new Deadline(options.budgetMs);
  const contentOptions = { ...defaultContentOptions, ...options.content };
  // Parsing may take most of the budget, but not all: cutting the page into blocks and
  // choosing the content must still run on what was parsed.
  const dom = parseHtml(html, deadline.share(PARSE_SHARE));
  const marks = markElements(dom);
  let content = selectContent(dom, marks, false, contentOptions, deadline);
  if (content.proseChars < FALLBACK_PROSE && !deadline.check()) {
    // Class names may have hidden the article ("ad-wrapper" around everything), or a
    // script-driven page may keep it in <noscript>: look again without those.
    const relaxed = selectContent(dom, marks, true, contentOptions, deadline);
    if (relaxed.proseChars > 2 * content.proseChars) content = relaxed;
  }
  if (content.proseChars < FALLBACK_PROSE && !deadline.check()) {
    // No article: take the page's main area as it is.
    const { blocks, junk } = segment(dom, marks, deadline);
    const main = mainArea(dom, blocks, junk);
    content = { ...content, ...main, blocks, junk, mainArea: true };
  }
  const { root, junk } = content;
  const contentStart = content.blocks.findIndex((b) => b.owner.index >= root.index && b.owner.index <= root.end);
  const head = readHead(dom);
  const jsonLd = readJsonLd([...dom.jsonLd, ...head.jsonLd]);
  const meta = readMetadata({
    dom,
    head,
    jsonLd,
    url,
    junk,
    marks,
    region: regionAround(dom, root),
    blocks: content.blocks,
    contentStart: Math.max(0, contentStart),
  });
  let kept = dropHeaderLines(content.kept, meta);
  const byline = meta.author.length > 0 && meta.published !== undefined;
  const signals = pageSignals(content.blocks, kept, byline, (b) => isProse(b, contentOptions));
  const pageType = classifyPage(jsonLd, head, meta.canonical ?? url, signals);
  const thread = pageType === 'forum';
  if (pageType !== 'article' && (!content.mainArea || thread)) {
    // Not an article: the main block is the page's main area, not its longest prose run;
    // on a forum, with its comment sections.
    const { blocks, junk: mainJunk } = segment(dom, marks, deadline, thread ? 'thread' : 'strict');
    kept = dropHeaderLines(mainArea(dom, blocks, mainJunk).kept, meta);
  }
  const text = serialize(kept);
  // The language the page declares, else the one its text is written in.
  const article: Article = { ...meta, language: meta.language ?? detectLanguage(text), pageType, text };
  if (!dom.complete || !content.complete || deadline.check()) {
    article.partial = `time budget of ${options.budgetMs} ms exceeded; the result is partial`;
  }
  return article;
}

/** Share of the time budget that parsing may use. */
const PARSE_SHARE = 0.6;

/** Below this much prose, the content is looked for again without class-name furniture marks. */
const FALLBACK_PROSE = 500;

interface Selected {
  root: Element;
  /** All blocks of the page, and those of the content worth printing. */
  blocks: Block[];
  kept: Block[];
  junk: Uint8Array;
  proseChars: number;
  complete: boolean;
  /** The whole main area was taken, not an article found in it. */
  mainArea?: boolean;
}

function selectContent(dom: Dom, marks: Uint8Array, relaxed: boolean, options: ContentOptions, deadline: Deadline): Selected {
  const { blocks, junk, complete } = segment(dom, marks, deadline, relaxed ? 'relaxed' : 'strict');
  const root = contentRoot(dom, blocks, junk, marks, options);
  const kept = contentBlocks(root, blocks, options);
  let proseChars = 0;
  for (const b of kept) if (isProse(b, options)) proseChars += b.weight;
  return { root, blocks, kept, junk, proseChars, complete };
}

/** Levels above the content root searched for the article's header (title, byline, date). */
const HEADER_LEVELS = 4;

/** The content root, widened to the enclosing <article> or the element that holds the <h1>. */
function regionAround(dom: Dom, root: Element): Element {
  let el = root;
  for (let i = 0; i < HEADER_LEVELS && el.parent; i++) {
    if (el.tag === 'article' || hasH1(dom, el)) return el;
    el = el.parent;
  }
  return root.parent ?? root;
}

function hasH1(dom: Dom, el: Element): boolean {
  for (let i = el.index; i <= el.end; i++) if (dom.elements[i].tag === 'h1') return true;
  return false;
}

/** Blocks at the edges of the content this short may be a byline or a dateline. */
const HEADER_LINE_CHARS = 120;
/** A line with a date this short is a dateline even without a label. */
const SHORT_DATELINE = 50;
/** A time of day: "10:48", "1:23 p.m.", "9 am", "10.30 Uhr". */
const CLOCK_TIME = /\b\d{1,2}:\d{2}\b|\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\b\.?|uhr\b|h\b)/i;
/** A line that names the author is a byline when this little else is in it. */
const BYLINE_REST = 40;
const EDGE_BLOCKS = 4;

/** Drop the title heading, and bylines and datelines at the top or bottom of the content. */
function dropHeaderLines(blocks: Block[], meta: Metadata): Block[] {
  const names = meta.author.map((a) => a.toLowerCase());
  return blocks.filter((b, i) => {
    const atEdge = i < EDGE_BLOCKS || i >= blocks.length - 2;
    if (!atEdge) return true;
    if (b.kind === Kind.Heading && meta.title && headingIsTitle(b.text, meta.title)) return false;
    // "— Ann Lee (@ann) 9 October 2018" closes a quoted post; it stays.
    if (b.text.length > HEADER_LINE_CHARS || /^[—–-]/.test(b.text)) return true;
    const lower = b.text.toLowerCase();
    const byline = names.find((n) => lower.includes(n));
    if (byline && (BYLINE_PREFIX.test(b.text) || b.text.length - byline.length < BYLINE_REST)) return false;
    const dated = findDate(b.text) || CLOCK_TIME.test(b.text);
    return !dated || (b.text.length > SHORT_DATELINE && !DATELINE_LABEL.test(b.text));
  });
}
