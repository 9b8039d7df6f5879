/**
 * A light DOM built on htmlparser2's SAX callbacks. Elements are also kept in a flat
 * array in document (pre-)order with the index range of their subtree, so later stages
 * can walk, aggregate and slice the tree with plain loops instead of recursion: a page
 * of 100,000 nested elements must not blow the stack.
 */
import { Parser } from 'htmlparser2';
import type { Deadline } from './budget.js';
import { BLOCK_TAGS, DROPPED_SUBTREES } from './patterns.js';

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
  /** False when the time budget stopped parsing before the end of the input. */
  complete: boolean;
}

/** Input is fed to the parser in slices of this size so the deadline can stop it. */
const PARSE_SLICE = 256 * 1024;

export function parseHtml(html: string, deadline: Deadline): Dom {
  const root = new Element('#root', {}, null);
  const elements: Element[] = [root];
  const jsonLd: string[] = [];
  let current = root;
  // Inside a dropped subtree (scripts, styles, svg...): how many opened tags deep we are.
  let dropDepth = 0;
  let jsonLdText: string | undefined;

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (dropDepth > 0) {
          dropDepth++;
          return;
        }
        if (DROPPED_SUBTREES.has(name)) {
          dropDepth = 1;
          if (name === 'script' && /ld\+json/i.test(attrs.type ?? '')) jsonLdText = '';
          return;
        }
        const el = new Element(name, attrs, current);
        el.index = elements.length;
        elements.push(el);
        current.children.push(el);
        current = el;
      },
      onclosetag() {
        if (dropDepth > 0) {
          if (--dropDepth === 0 && jsonLdText !== undefined) {
            jsonLd.push(jsonLdText);
            jsonLdText = undefined;
          }
          return;
        }
        if (current.parent) {
          current.end = elements.length - 1;
          current = current.parent;
        }
      },
      ontext(text) {
        if (dropDepth > 0) {
          if (jsonLdText !== undefined) jsonLdText += text;
          return;
        }
        const last = current.children[current.children.length - 1];
        if (last instanceof TextNode) last.text += text;
        else current.children.push(new TextNode(text));
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );

  let complete = true;
  for (let i = 0; i < html.length; i += PARSE_SLICE) {
    if (deadline.check()) {
      complete = false;
      break;
    }
    parser.write(html.slice(i, i + PARSE_SLICE));
  }
  parser.end();
  // Elements the parser left open (input cut short) end where the document ends.
  for (let el: Element | null = current; el; el = el.parent) el.end = elements.length - 1;
  return { root, elements, jsonLd, complete };
}

/** The first element with this tag, in document order. */
export function firstByTag(dom: Dom, tag: string): Element | undefined {
  for (const el of dom.elements) if (el.tag === tag) return el;
  return undefined;
}

/** Every element with this tag inside `scope` (default: the whole page). */
export function allByTag(dom: Dom, tag: string, scope: Element = dom.root): Element[] {
  const found: Element[] = [];
  for (let i = scope.index; i <= scope.end; i++) if (dom.elements[i].tag === tag) found.push(dom.elements[i]);
  return found;
}

/** Whether `inner` lies inside `outer` (or is it). */
export function isInside(inner: Element, outer: Element): boolean {
  return inner.index >= outer.index && inner.index <= outer.end;
}

/** The text content of an element, whitespace collapsed; block elements and <br> part words. Iterative. */
export function textOf(el: Element): string {
  const parts: string[] = [];
  const stack: (Node | null)[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === null) parts.push(' ');
    else if (node instanceof TextNode) parts.push(node.text);
    else {
      const spaced = BLOCK_TAGS.has(node.tag) || node.tag === 'br';
      if (spaced) {
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
