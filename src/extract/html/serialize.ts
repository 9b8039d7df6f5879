/** Print blocks as plain text: paragraphs apart by a blank line, list items and table rows by a line break. */
import { Kind, type Block } from './blocks.js';

export function serialize(blocks: Block[]): string {
  let out = '';
  let prev: Block | undefined;
  for (const b of blocks) {
    if (prev) out += separator(prev, b);
    out += b.kind === Kind.Item ? `- ${b.text.replace(/\n/g, '\n  ')}` : b.text;
    prev = b;
  }
  return out;
}

function separator(prev: Block, b: Block): string {
  if (b.kind === Kind.Item && prev.kind === Kind.Item && prev.list === b.list) return '\n';
  if (b.kind === Kind.Cell && prev.kind === Kind.Cell) return prev.row === b.row ? ' | ' : '\n';
  return '\n\n';
}
