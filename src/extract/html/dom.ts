/**
 * A light DOM built on htmlparser2's tokenizer. The tree builder is our own: its open-
 * element stack grows at the end (htmlparser2's Parser shifts an array at the front,
 * which is quadratic on deeply nested pages), and closing tags are matched in amortised
 * constant time. Elements are also kept in a flat array in document (pre-)order with the
 * index range of their subtree, so later stages walk, aggregate and slice the tree with
 * plain loops: a page of 100,000 nested elements must not blow the stack.
 */
import { Tokenizer } from 'htmlparser2';
import type { Deadline } from './budget.js';
import { BLOCK_TAGS, DROPPED_SUBTREES, IMPLIED_CLOSE, VOID_TAGS } from './patterns.js';

export class TextNode {
  constructor(public text: string) {}
}

export class Element {
  readonly children: Node[] = [];
  /** Position in `Dom.elements` (document order). */
  index = 0;
  /** Index of the last element inside this one; the subtree is `index..end`. */
  end = 0;
  constructor(
    readonly tag: string,
    readonly attrs: Record<string, string>,
    readonly parent: Element | null,
  ) {}
}

export type Node = Element | TextNode;

export interface Dom {
  /** A synthetic root holding everything the page has, whether or not it has <html>. */
  root: Element;
  elements: Element[];
  /** Raw text of each `<script type="application/ld+json">`. */
  jsonLd: string[];
  /** Raw text of the other inline scripts that hold code or data (state objects), up to a total size. */
  scripts: string[];
  /** False when the time budget stopped parsing before the end of the input. */
  complete: boolean;
}

/** Input is fed to the tokenizer in slices of this size so the deadline can stop it. */
const PARSE_SLICE = 256 * 1024;
/** Inline scripts are kept until their text reaches this many characters in all. */
const MAX_SCRIPT_CHARS = 4_000_000;
/** How far up the stack an implied close (a new <li> closing the last one) looks. */
const IMPLIED_CLOSE_REACH = 64;

type TokenizerCallbacks = ConstructorParameters<typeof Tokenizer>[1];

export function parseHtml(html: string, deadline: Deadline): Dom {
  const builder = new TreeBuilder(html);
  const tokenizer = new Tokenizer({ decodeEntities: true }, builder);
  let complete = true;
  for (let i = 0; i < html.length; i += PARSE_SLICE) {
    if (deadline.check()) {
      complete = false;
      break;
    }
    tokenizer.write(html.slice(i, i + PARSE_SLICE));
  }
  tokenizer.end();
  return builder.finish(complete);
}

/**
 * Builds the tree from tokenizer events. Subtrees that are never visible (scripts,
 * styles, svg...) stay on the stack, so their tags match up, but get no elements; the
 * text of JSON-LD scripts is kept.
 */
class TreeBuilder implements TokenizerCallbacks {
  private readonly root = new Element('#root', {}, null);
  private readonly elements: Element[] = [this.root];
  private readonly jsonLd: string[] = [];
  private readonly scripts: string[] = [];
  private scriptChars = 0;
  /** Open elements: tag names, and the element (null inside a dropped subtree). */
  private readonly tags: string[] = ['#root'];
  private readonly open: (Element | null)[] = [this.root];
  /** Open elements per tag name, so that a stray closing tag costs nothing. */
  private readonly openCount = new Map<string, number>();
  private tagName = '';
  private attrs: Record<string, string> = {};
  private attrName = '';
  private attrValue = '';
  /** Text of the script being read, and whether it is JSON-LD. */
  private scriptText: string | undefined;
  private scriptIsJsonLd = false;

  constructor(private readonly html: string) {}

  finish(complete: boolean): Dom {
    while (this.tags.length > 1) this.pop();
    this.root.end = this.elements.length - 1;
    return { root: this.root, elements: this.elements, jsonLd: this.jsonLd, scripts: this.scripts, complete };
  }

  ontext(start: number, endIndex: number): void {
    this.addText(this.html.slice(start, endIndex));
  }

  ontextentity(codepoint: number): void {
    this.addText(String.fromCodePoint(codepoint));
  }

  onopentagname(start: number, endIndex: number): void {
    this.tagName = this.html.slice(start, endIndex).toLowerCase();
    this.attrs = {};
  }

  onattribname(start: number, endIndex: number): void {
    this.attrName = this.html.slice(start, endIndex).toLowerCase();
    this.attrValue = '';
  }

  onattribdata(start: number, endIndex: number): void {
    this.attrValue += this.html.slice(start, endIndex);
  }

  onattribentity(codepoint: number): void {
    this.attrValue += String.fromCodePoint(codepoint);
  }

  onattribend(): void {
    if (!Object.prototype.hasOwnProperty.call(this.attrs, this.attrName)) this.attrs[this.attrName] = this.attrValue;
    this.attrValue = '';
  }

  onopentagend(): void {
    this.openElement(false);
  }

  onselfclosingtag(): void {
    // "<div/>" is an open tag in HTML; only void and foreign (svg, math) elements close themselves.
    this.openElement(this.parentElement() === null);
  }

  onclosetag(start: number, endIndex: number): void {
    const name = this.html.slice(start, endIndex).toLowerCase();
    if (VOID_TAGS.has(name)) {
      if (name === 'br') {
        // "</br>" is read as "<br>" by browsers.
        this.tagName = 'br';
        this.attrs = {};
        this.openElement(true);
      }
      return;
    }
    if (!this.openCount.get(name)) return;
    // Closing an element closes what is still open inside it. Every element looked at
    // is popped, so this is amortised constant time.
    while (this.tags.length > 1) {
      const top = this.tags[this.tags.length - 1];
      this.pop();
      if (top === name) break;
    }
  }

  oncdata(): void {}
  oncomment(): void {}
  ondeclaration(): void {}
  onprocessinginstruction(): void {}
  onend(): void {}

  private openElement(selfClosing: boolean): void {
    const tag = this.tagName;
    this.closeImplied(tag);
    const parent = this.parentElement();
    let el: Element | null = null;
    if (parent && !DROPPED_SUBTREES.has(tag)) {
      el = new Element(tag, this.attrs, parent);
      el.index = this.elements.length;
      this.elements.push(el);
      parent.children.push(el);
    } else if (tag === 'script') {
      const type = this.attrs.type ?? '';
      this.scriptIsJsonLd = /ld\+json/i.test(type);
      const data = !this.attrs.src && (type === '' || /javascript|json|module/i.test(type));
      this.scriptText = this.scriptIsJsonLd || (data && this.scriptChars < MAX_SCRIPT_CHARS) ? '' : undefined;
    }
    if (selfClosing || VOID_TAGS.has(tag)) {
      if (el) el.end = el.index;
      return;
    }
    this.tags.push(tag);
    this.open.push(el);
    this.openCount.set(tag, (this.openCount.get(tag) ?? 0) + 1);
  }

  /** A new <li> closes the open one, a <div> closes an open <p>, and so on. */
  private closeImplied(tag: string): void {
    const rule = IMPLIED_CLOSE.get(tag);
    if (!rule) return;
    const floor = Math.max(1, this.tags.length - IMPLIED_CLOSE_REACH);
    for (let i = this.tags.length - 1; i >= floor; i--) {
      const t = this.tags[i];
      if (rule.closes.has(t)) {
        while (this.tags.length > i) this.pop();
        return;
      }
      if (rule.within.has(t) || !rule.through) return;
    }
  }

  private pop(): void {
    const tag = this.tags.pop()!;
    const el = this.open.pop();
    this.openCount.set(tag, this.openCount.get(tag)! - 1);
    if (el) el.end = this.elements.length - 1;
    else if (tag === 'script' && this.scriptText !== undefined) {
      if (this.scriptIsJsonLd) this.jsonLd.push(this.scriptText);
      else if (this.scriptText.trim()) {
        this.scripts.push(this.scriptText);
        this.scriptChars += this.scriptText.length;
      }
      this.scriptText = undefined;
    }
  }

  /** The element new nodes go into; null inside a dropped subtree. */
  private parentElement(): Element | null {
    return this.open[this.open.length - 1];
  }

  private addText(text: string): void {
    const parent = this.parentElement();
    if (!parent) {
      if (this.scriptText !== undefined && (this.scriptIsJsonLd || this.scriptChars + this.scriptText.length < MAX_SCRIPT_CHARS)) {
        this.scriptText += text;
      }
      return;
    }
    const last = parent.children[parent.children.length - 1];
    if (last instanceof TextNode) last.text += text;
    else parent.children.push(new TextNode(text));
  }
}

/** Whether `inner` lies inside `outer` (or is it). */
export function isInside(inner: Element, outer: Element): boolean {
  return inner.index >= outer.index && inner.index <= outer.end;
}

/**
 * The text content of an element, whitespace collapsed; block elements and <br> part
 * words. Descendants for which `skip` says so are left out. Iterative.
 */
export function textOf(el: Element, skip?: (child: Element) => boolean): string {
  const parts: string[] = [];
  const stack: (Node | null)[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === null) parts.push(' ');
    else if (node instanceof TextNode) parts.push(node.text);
    else if (node === el || !skip?.(node)) {
      if (BLOCK_TAGS.has(node.tag) || node.tag === 'br') {
        parts.push(' ');
        stack.push(null);
      }
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
  return collapse(parts.join(''));
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
