import { gunzipSync } from 'node:zlib';
import chardet from 'chardet';
import { InputError } from '../core/messages.js';

const GZIP_MAGIC = [0x1f, 0x8b];

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

/** Gunzip with a ceiling on the output, so a gzip bomb fails cleanly instead of eating memory. */
export function gunzip(input: string, bytes: Uint8Array, maxBytes: number): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || /too large|maxOutputLength/i.test(String(err))) {
      throw new InputError(input, 'ingest', `decompressed size exceeds ${maxBytes} bytes`);
    }
    const why = code === 'Z_BUF_ERROR' ? 'truncated gzip stream' : 'corrupt gzip data';
    throw new InputError(input, 'ingest', `${why} (${(err as Error).message})`);
  }
}

/** A share of control bytes (other than whitespace) this high means the file is not text. */
const BINARY_CONTROL_SHARE = 0.1;

export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  if (sample.length === 0) return false;
  // UTF-16 text has NULs in every other byte; its BOM is checked before this.
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control / sample.length > BINARY_CONTROL_SHARE;
}

function bomCharset(bytes: Uint8Array): { charset: string; skip: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', skip: 2 };
  return undefined;
}

const META_CHARSET =
  /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)|<\?xml[^>]+encoding\s*=\s*["']([\w:.-]+)/i;

/** The charset an HTML or XML document declares in its first few kilobytes. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = META_CHARSET.exec(head);
  return normalizeCharset(m?.[1] ?? m?.[2]);
}

function normalizeCharset(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const lower = name.toLowerCase();
  try {
    // TextDecoder knows the WHATWG labels and aliases; its `encoding` is the canonical name.
    return new TextDecoder(lower).encoding;
  } catch {
    return undefined;
  }
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function guessCharset(bytes: Uint8Array): string | undefined {
  const sample = bytes.subarray(0, 256 * 1024);
  for (const candidate of chardet.analyse(sample)) {
    const name = normalizeCharset(candidate.name);
    if (name && name !== 'utf-8') return name;
  }
  return undefined;
}

export interface Decoded {
  text: string;
  charset: string;
  /** Replacement characters produced by bytes the charset could not map. */
  replaced: number;
}

/**
 * Decode bytes to a string: BOM first, then a declared charset (the HTTP header's,
 * else the document's own) if the bytes agree with it, then UTF-8 if valid, then a
 * statistical guess, then windows-1252.
 */
export function decodeBytes(bytes: Uint8Array, headerCharset?: string): Decoded {
  const bom = bomCharset(bytes);
  if (bom) return finish(bytes.subarray(bom.skip), bom.charset);

  const declared = normalizeCharset(headerCharset) ?? declaredCharset(bytes);
  const utf8 = isValidUtf8(bytes);
  // A page that declares UTF-8 but is not valid UTF-8 lies about its charset; so does a
  // page that declares a legacy charset but is valid, non-ASCII UTF-8.
  if (declared && declared !== 'utf-8' && !(utf8 && hasNonAscii(bytes))) return finish(bytes, declared);
  if (utf8) return finish(bytes, 'utf-8');
  return finish(bytes, guessCharset(bytes) ?? 'windows-1252');
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

function finish(bytes: Uint8Array, charset: string): Decoded {
  const text = new TextDecoder(charset).decode(bytes);
  let replaced = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replaced++;
  return { text, charset, replaced };
}
