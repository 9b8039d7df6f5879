/** Print a peer's HTML output as text with our own block printer, so both are tokenised alike. */
import { segment } from '../../src/extract/html/blocks.js';
import { Deadline } from '../../src/extract/html/budget.js';
import { markElements } from '../../src/extract/html/classify.js';
import { parseHtml } from '../../src/extract/html/dom.js';
import { serialize } from '../../src/extract/html/serialize.js';

export function htmlToText(html: string): string {
  const deadline = new Deadline(undefined);
  const dom = parseHtml(html, deadline);
  return serialize(segment(dom, markElements(dom), deadline).blocks);
}
