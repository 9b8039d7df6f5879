import { readFile, stat } from 'node:fs/promises';
import { InputError, errorText } from '../core/messages.js';
import type { ParallaxOptions } from '../core/options.js';
import type { SourceDocument } from '../core/types.js';
import { decodeBytes, gunzip, isGzip, looksBinary } from './decode.js';
import { expandInputs, idFromPath } from './inputs.js';
import { parseJsonl } from './jsonl.js';
import { looksLikeHtml } from './sniff.js';

export { expandInputs, idFromPath, isInputFileName } from './inputs.js';
export { decodeBytes, looksBinary } from './decode.js';
export { looksLikeHtml } from './sniff.js';

export type IngestItem = { ok: true; doc: SourceDocument } | { ok: false; input: string; error: string };

/** Replacement characters above this share of the text mean the bytes are not text in any charset we tried. */
const MAX_REPLACED_SHARE = 0.02;

export interface IngestOptions extends Pick<ParallaxOptions, 'maxInputBytes'> {
  /** Read stdin from here instead of process.stdin (tests, library use). */
  stdin?: () => Promise<Buffer>;
}

/**
 * Read every input and yield one item per document, or one error per unusable input.
 * Errors never stop the batch. Document ids are unique within one call.
 */
export async function* ingest(inputs: string[], options: IngestOptions): AsyncGenerator<IngestItem> {
  const ids = new UniqueIds();
  for (const ref of await expandInputs(inputs)) {
    if (ref.kind === 'missing') {
      yield { ok: false, input: ref.input, error: 'no such file or directory' };
      continue;
    }
    const input = ref.kind === 'stdin' ? '-' : ref.path;
    try {
      const bytes = ref.kind === 'stdin' ? await (options.stdin ?? readStdin)() : await readLimited(ref.path, options);
      const baseId = ref.kind === 'stdin' ? 'stdin' : idFromPath(ref.path);
      for (const item of fromBytes(input, baseId, bytes, options)) {
        if (item.ok) item.doc.id = ids.claim(item.doc.id);
        yield item;
      }
    } catch (err) {
      yield { ok: false, input: err instanceof InputError ? err.input : input, error: errorText(err) };
    }
  }
}

/** Turn one input's bytes into documents: gunzip, decode, then split JSONL or sniff HTML. */
export function* fromBytes(
  input: string,
  baseId: string,
  raw: Uint8Array,
  options: Pick<ParallaxOptions, 'maxInputBytes'>,
): Generator<IngestItem> {
  const bytes = isGzip(raw) ? gunzip(input, raw, options.maxInputBytes) : raw;
  if (bytes.length === 0 || isBlank(bytes)) throw new InputError(input, 'ingest', 'empty file');
  if (bytes.length > options.maxInputBytes) {
    throw new InputError(input, 'ingest', `larger than ${options.maxInputBytes} bytes`);
  }
  const hasBom = bytes[0] === 0xff || bytes[0] === 0xfe || bytes[0] === 0xef;
  if (!hasBom && looksBinary(bytes)) throw new InputError(input, 'ingest', 'binary file, not text or HTML');

  const decoded = decodeBytes(bytes);
  if (decoded.replaced > Math.max(3, decoded.text.length * MAX_REPLACED_SHARE)) {
    throw new InputError(input, 'ingest', `undecodable bytes: not valid ${decoded.charset} or any charset detected`);
  }
  const text = decoded.text;
  if (/\.(jsonl|ndjson)(\.gz)?$/i.test(input) || (input === '-' && text.trimStart().startsWith('{'))) {
    for (const line of parseJsonl(input, text, baseId)) yield line.ok ? line : { ok: false, input: line.input, error: line.error };
    return;
  }
  yield {
    ok: true,
    doc: {
      id: baseId,
      input,
      kind: looksLikeHtml(text) ? 'html' : 'text',
      content: text,
      charset: decoded.charset,
      given: {},
    },
  };
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) return false;
  return true;
}

async function readLimited(path: string, options: Pick<ParallaxOptions, 'maxInputBytes'>): Promise<Buffer> {
  const info = await stat(path);
  if (info.size > options.maxInputBytes) {
    throw new InputError(path, 'ingest', `larger than ${options.maxInputBytes} bytes`);
  }
  return readFile(path);
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

class UniqueIds {
  private readonly seen = new Map<string, number>();
  claim(id: string): string {
    const n = this.seen.get(id) ?? 0;
    this.seen.set(id, n + 1);
    return n === 0 ? id : `${id}-${n + 1}`;
  }
}
