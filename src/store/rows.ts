import { createHash } from 'node:crypto';
import type { Doc } from '../core/types.js';

/** A document as one row of `parallax_documents`, in the order of the insert's placeholders. */
export type DocumentRow = [
  id: string,
  input: string,
  source: string,
  title: string | null,
  published: string | null,
  language: string | null,
  hash: string,
  added: string,
  parallax: string,
  analysis: string,
];

/** Same outlet, title and text: the same document, whatever its id or input. */
export function contentHash(doc: Doc): string {
  return createHash('sha256').update(JSON.stringify([doc.source, doc.title ?? '', doc.text])).digest('hex');
}

/**
 * The row for `doc` stored under `id`. Statements are event-level results (their speakers
 * are linked across the event), so they are left out and found again when briefing.
 */
export function toRow(doc: Doc, id: string, hash: string, added: string, parallax: string): DocumentRow {
  const stored: Doc = {
    ...doc,
    id,
    statements: [],
    messages: doc.messages.map((m) => (m.doc === undefined ? m : { ...m, doc: id })),
  };
  return [id, doc.input, doc.source, doc.title ?? null, doc.published ?? null, doc.language ?? null, hash, added, parallax, JSON.stringify(stored)];
}

/** The document of a stored analysis, or why it cannot be read. */
export function fromAnalysis(analysis: string): Doc | string {
  let value: unknown;
  try {
    value = JSON.parse(analysis);
  } catch {
    return 'stored analysis is not valid JSON';
  }
  const doc = value as Partial<Doc> | null;
  const arrays = [doc?.paragraphs, doc?.sentences, doc?.mentions, doc?.messages];
  if (typeof doc?.id !== 'string' || typeof doc.text !== 'string' || typeof doc.source !== 'string' || !arrays.every(Array.isArray)) {
    return 'stored analysis is not a Parallax document';
  }
  return { ...(doc as Doc), statements: [] };
}
