import { z } from 'zod';
import type { SourceDocument } from '../core/types.js';
import { looksLikeHtml } from './sniff.js';

/**
 * One JSONL line: `{id?, url?, title?, source?, published?, text? | html?}`. A field that is
 * `null` is absent, as exports from data frames write missing values; other fields are ignored.
 */
const JsonlRecord = z
  .object({
    id: z.union([z.string(), z.number()]).nullish(),
    url: z.string().nullish(),
    title: z.string().nullish(),
    source: z.string().nullish(),
    published: z.string().nullish(),
    text: z.string().nullish(),
    html: z.string().nullish(),
  })
  .refine((r) => (r.text ?? r.html) != null, { message: 'needs a "text" or "html" field' });

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
      yield { ok: false, input: where, error: parsed.error.issues.map((x) => (x.path.length ? `${x.path.join('.')}: ${x.message}` : x.message)).join('; ') };
      continue;
    }
    const r = parsed.data;
    const html = r.html ?? undefined;
    const content = html ?? r.text ?? '';
    const field = (value: string | null | undefined) => value ?? undefined;
    yield {
      ok: true,
      doc: {
        id: r.id != null ? String(r.id) : `${baseId}-${i + 1}`,
        input: where,
        kind: html !== undefined || looksLikeHtml(content) ? 'html' : 'text',
        content,
        given: { url: field(r.url), title: field(r.title), source: field(r.source), published: field(r.published) },
      },
    };
  }
}
