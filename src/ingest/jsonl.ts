import { z } from 'zod';
import type { SourceDocument } from '../core/types.js';
import { looksLikeHtml } from './sniff.js';

/** One JSONL line: `{id?, url?, title?, source?, published?, text? | html?}`. */
const JsonlRecord = z
  .object({
    id: z.union([z.string(), z.number()]).optional(),
    url: z.string().optional(),
    title: z.string().optional(),
    source: z.string().optional(),
    published: z.string().optional(),
    text: z.string().optional(),
    html: z.string().optional(),
  })
  .refine((r) => r.text !== undefined || r.html !== undefined, { message: 'needs a "text" or "html" field' });

export type JsonlLine = { ok: true; doc: SourceDocument } | { ok: false; input: string; error: string };

export function* parseJsonl(input: string, content: string, baseId: string): Generator<JsonlLine> {
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const where = `${input}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      yield { ok: false, input: where, error: `invalid JSON (${(err as Error).message})` };
      continue;
    }
    const parsed = JsonlRecord.safeParse(value);
    if (!parsed.success) {
      yield { ok: false, input: where, error: parsed.error.issues.map((x) => x.message).join('; ') };
      continue;
    }
    const r = parsed.data;
    const html = r.html ?? undefined;
    const content = html ?? r.text ?? '';
    yield {
      ok: true,
      doc: {
        id: r.id !== undefined ? String(r.id) : `${baseId}-${i + 1}`,
        input: where,
        kind: html !== undefined || looksLikeHtml(content) ? 'html' : 'text',
        content,
        given: { url: r.url, title: r.title, source: r.source, published: r.published },
      },
    };
  }
}
