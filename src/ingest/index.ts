import { readFile, stat } from 'node:fs/promises';
import { InputError, errorText } from '../core/messages.js';
import type { ParallaxOptions } from '../core/options.js';
import type { SourceDocument } from '../core/types.js';
import { decodeBytes, gunzip, isGzip, looksBinary, type Decoded } from './decode.js';
import { feedEntries, looksLikeFeed } from './feed.js';
import { expandInputs, idFromPath, type InputRef } from './inputs.js';
import { parseJsonl } from './jsonl.js';
import { looksLikeHtml } from './sniff.js';
import { isWarc, warcPages } from './warc.js';

export { expandInputs, idFromPath, isInputFileName } from './inputs.js';
export { decodeBytes, looksBinary } from './decode.js';
export { looksLikeHtml } from './sniff.js';
export { warcPages } from './warc.js';
export { feedEntries } from './feed.js';

export type IngestItem = { ok: true; doc: SourceDocument } | { ok: false; input: string; error: string };

/** Replacement characters above this share of the text mean the bytes are not text in any charset we tried. */
const MAX_REPLACED_SHARE = 0.02;

export interface IngestOptions extends Pick<ParallaxOptions, 'maxInputBytes'> {
  /** Read stdin from here instead of process.stdin (tests, library use). */
  stdin?: () => Promise<Buffer>;
  /** Called when an input file has been read to the end: how many of how many. */
  onFile?: (done: number, total: number) => void;
}

/**
 * Read every input and yield one item per document, or one error per unusable input.
 * Errors never stop the batch. Document ids are unique within one call.
 */
export async function* ingest(inputs: string[], options: IngestOptions): AsyncGenerator<IngestItem> {
  const ids = new UniqueIds();
  const refs = await expandInputs(inputs);
  options.onFile?.(0, refs.length);
  for (const [index, ref] of refs.entries()) {
    yield* readRef(ref, ids, options);
    options.onFile?.(index + 1, refs.length);
  }
}

/** The documents of one input, or its error. */
async function* readRef(ref: InputRef, ids: UniqueIds, options: IngestOptions): AsyncGenerator<IngestItem> {
  if (ref.kind === 'missing') {
    yield { ok: false, input: ref.input, error: 'no such file or directory' };
    return;
  }
  const input = ref.kind === 'stdin' ? '-' : ref.path;
  let bytes: Uint8Array;
  try {
    bytes = ref.kind === 'stdin' ? await (options.stdin ?? readStdin)() : await readLimited(ref.path, options);
  } catch (err) {
    yield failure(input, err);
    return;
  }
  yield* documentsOf(input, ref.kind === 'stdin' ? 'stdin' : idFromPath(ref.path), bytes, ids, options);
}

function failure(input: string, err: unknown): IngestItem {
  return { ok: false, input: err instanceof InputError ? err.input : input, error: errorText(err) };
}

/** One input's documents, with ids unique among `ids`, or its error. */
function* documentsOf(input: string, baseId: string, bytes: Uint8Array, ids: UniqueIds, options: Pick<ParallaxOptions, 'maxInputBytes'>): Generator<IngestItem> {
  try {
    for (const item of fromBytes(input, baseId, bytes, options)) {
      if (item.ok) item.doc.id = ids.claim(item.doc.id);
      yield item;
    }
  } catch (err) {
    yield failure(input, err);
  }
}

/**
 * Documents from files given as bytes with their names (an upload): read as `ingest` reads
 * files of those names, ids unique within the call, one error per unusable file.
 */
export function* ingestFiles(files: { name: string; bytes: Uint8Array }[], options: Pick<ParallaxOptions, 'maxInputBytes'>): Generator<IngestItem> {
  const ids = new UniqueIds();
  for (const { name, bytes } of files) yield* documentsOf(name, idFromPath(name), bytes, ids, options);
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
  if (isWarc(bytes)) {
    yield* fromWarc(input, baseId, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return;
  }
  const decoded = decodeText(input, bytes);
  const text = decoded.text;
  if (/\.(jsonl|ndjson)(\.gz)?$/i.test(input) || (input === '-' && text.trimStart().startsWith('{'))) {
    for (const line of parseJsonl(input, text, baseId)) yield line.ok ? line : { ok: false, input: line.input, error: line.error };
    return;
  }
  if (looksLikeFeed(text)) {
    yield* fromFeed(input, baseId, text);
    return;
  }
  yield {
    ok: true,
    doc: { id: baseId, input, kind: looksLikeHtml(text) ? 'html' : 'text', content: text, charset: decoded.charset, given: {} },
  };
}

/** Bytes to text, refusing binary data and bytes that no charset decodes. */
function decodeText(input: string, bytes: Uint8Array, headerCharset?: string): Decoded {
  const hasBom = bytes[0] === 0xff || bytes[0] === 0xfe || bytes[0] === 0xef;
  if (!hasBom && looksBinary(bytes)) throw new InputError(input, 'ingest', 'binary file, not text or HTML');
  const decoded = decodeBytes(bytes, headerCharset);
  if (decoded.replaced > Math.max(3, decoded.text.length * MAX_REPLACED_SHARE)) {
    throw new InputError(input, 'ingest', `undecodable bytes: not valid ${decoded.charset} or any charset detected`);
  }
  return decoded;
}

/** Each HTML or text page of a web archive is one document: `<archive>#<n>`. */
function* fromWarc(input: string, baseId: string, bytes: Buffer): Generator<IngestItem> {
  let pages = 0;
  for (const page of warcPages(bytes)) {
    pages++;
    const where = `${input}#${page.index}`;
    try {
      if (page.body.length === 0 || isBlank(page.body)) throw new InputError(where, 'ingest', 'empty record');
      const { text, charset } = decodeText(where, page.body, page.charset);
      const kind = page.contentType === 'text/plain' && !looksLikeHtml(text) ? 'text' : 'html';
      yield { ok: true, doc: { id: `${baseId}-${page.index}`, input: where, kind, content: text, charset, given: { url: page.url } } };
    } catch (err) {
      yield { ok: false, input: where, error: errorText(err) };
    }
  }
  if (pages === 0) throw new InputError(input, 'ingest', 'web archive holds no HTML or text pages');
}

/** Each entry of an RSS or Atom feed is one document: `<feed>#<n>`. */
function* fromFeed(input: string, baseId: string, xml: string): Generator<IngestItem> {
  const entries = feedEntries(xml);
  if (entries.length === 0) throw new InputError(input, 'ingest', 'feed has no entries');
  for (const [i, entry] of entries.entries()) {
    const where = `${input}#${i + 1}`;
    if (!entry.html.trim()) {
      yield { ok: false, input: where, error: 'feed entry has no content' };
      continue;
    }
    yield {
      ok: true,
      doc: {
        id: `${baseId}-${i + 1}`,
        input: where,
        kind: 'html',
        content: entry.html,
        given: { url: entry.url, title: entry.title, published: entry.published },
      },
    };
  }
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
