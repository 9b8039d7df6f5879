import { gunzipSync } from 'node:zlib';

/** One HTTP response or resource captured in a WARC file. */
export interface WarcPage {
  /** 1-based position among the pages the archive yields. */
  index: number;
  url?: string;
  date?: string;
  contentType: string;
  /** Charset from the HTTP Content-Type header, if any. */
  charset?: string;
  body: Buffer;
}

const CRLF2 = Buffer.from('\r\n\r\n');

export function isWarc(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 5)).toString('latin1') === 'WARC/';
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.split('\r\n').slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function mediaType(contentType: string | undefined): { type: string; charset?: string } {
  const [type = '', ...params] = (contentType ?? '').split(';').map((s) => s.trim());
  const charset = params.find((p) => /^charset=/i.test(p))?.slice(8).replace(/["']/g, '');
  return { type: type.toLowerCase(), charset };
}

/** Undo HTTP chunked transfer encoding; on malformed input, return what was decoded. */
function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let pos = 0;
  while (pos < body.length) {
    const lineEnd = body.indexOf('\r\n', pos);
    if (lineEnd < 0) break;
    const size = parseInt(body.subarray(pos, lineEnd).toString('latin1'), 16);
    if (!Number.isFinite(size) || size <= 0) break;
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    pos = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

/** The payload of an HTTP response: status, headers, de-chunked and decompressed body. */
function httpPayload(block: Buffer): { status: number; headers: Map<string, string>; body: Buffer } | undefined {
  const end = block.indexOf(CRLF2);
  if (end < 0) return undefined;
  const head = block.subarray(0, end).toString('latin1');
  const status = Number(/^HTTP\/[\d.]+\s+(\d{3})/.exec(head)?.[1] ?? 0);
  const headers = parseHeaders(head);
  let body = block.subarray(end + 4);
  if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) body = dechunk(body);
  if (/gzip/i.test(headers.get('content-encoding') ?? '')) {
    try {
      body = gunzipSync(body);
    } catch {
      return undefined;
    }
  }
  return { status, headers, body };
}

const TEXTUAL = /^(text\/html|application\/xhtml\+xml|text\/plain)$/;

/**
 * The HTML and text pages in a WARC archive (already gunzipped): successful HTTP
 * responses, resource records and WET conversion records. Other records are skipped.
 */
export function* warcPages(archive: Buffer): Generator<WarcPage> {
  let pos = 0;
  let index = 0;
  while (pos < archive.length) {
    const start = archive.indexOf('WARC/', pos, 'latin1');
    if (start < 0) break;
    const headerEnd = archive.indexOf(CRLF2, start);
    if (headerEnd < 0) break;
    const headers = parseHeaders(archive.subarray(start, headerEnd).toString('latin1'));
    const length = Number(headers.get('content-length') ?? NaN);
    if (!Number.isFinite(length) || length < 0) break;
    const block = archive.subarray(headerEnd + 4, headerEnd + 4 + length);
    pos = headerEnd + 4 + length;
    const recordType = headers.get('warc-type');
    const url = headers.get('warc-target-uri')?.replace(/^<|>$/g, '');
    const date = headers.get('warc-date');
    if (recordType === 'response') {
      const http = httpPayload(block);
      const media = mediaType(http?.headers.get('content-type'));
      if (!http || http.status < 200 || http.status >= 300 || !TEXTUAL.test(media.type)) continue;
      yield { index: ++index, url, date, contentType: media.type, charset: media.charset, body: http.body };
    } else if (recordType === 'resource' || recordType === 'conversion') {
      const media = mediaType(headers.get('content-type'));
      if (!TEXTUAL.test(media.type)) continue;
      yield { index: ++index, url, date, contentType: media.type, charset: media.charset, body: block };
    }
  }
}
