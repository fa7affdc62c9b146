import { brotliDecompressSync, inflateRawSync, inflateSync, gunzipSync } from 'node:zlib';

/** An archived HTTP response: status, headers (lower-cased names) and the body as the server meant it. */
export interface HttpResponse {
  status: number;
  headers: Map<string, string>;
  body: Uint8Array;
}

/** Header lines ("Name: value") as a map with lower-cased names; repeated names keep the first. */
export function parseHeaderLines(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return headers;
}

/** Where the header block of an HTTP message ends (after its blank line), or -1. */
function headerEnd(bytes: Uint8Array): { start: number; end: number } | null {
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < 65536; i = bytes.indexOf(0x0a, i + 1)) {
    if (bytes[i + 1] === 0x0a) return { start: i, end: i + 2 };
    if (bytes[i + 1] === 0x0d && bytes[i + 2] === 0x0a) return { start: i, end: i + 3 };
  }
  return null;
}

/** A chunked body (Transfer-Encoding: chunked) joined; what was there when the chunks stop early. */
function unchunk(bytes: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  let at = 0;
  while (at < bytes.length) {
    const lineEnd = bytes.indexOf(0x0a, at);
    if (lineEnd < 0) break;
    const size = parseInt(new TextDecoder('latin1').decode(bytes.subarray(at, lineEnd)).split(';')[0]!.trim(), 16);
    if (!Number.isFinite(size) || size <= 0) break;
    parts.push(bytes.subarray(lineEnd + 1, lineEnd + 1 + size));
    at = lineEnd + 1 + size;
    if (bytes[at] === 0x0d) at++;
    if (bytes[at] === 0x0a) at++;
  }
  return Buffer.concat(parts);
}

/** A body decoded from its Content-Encoding, never inflating past `cap` bytes; throws on bad data. */
function decodeContent(body: Uint8Array, encoding: string, cap: number): Uint8Array {
  const options = { maxOutputLength: cap };
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return gunzipSync(body, options);
    case 'deflate':
      // Servers send "deflate" as zlib-wrapped or raw: try the standard one first.
      try {
        return inflateSync(body, options);
      } catch {
        return inflateRawSync(body, options);
      }
    case 'br':
      return brotliDecompressSync(body, options);
    default:
      return body;
  }
}

/**
 * A WARC response block as an HTTP response: status line, headers, then the body with chunked transfer
 * undone and gzip, deflate or brotli content decoded (at most `cap` bytes). Null when it is not HTTP;
 * a string saying why when its body cannot be decoded.
 */
export function parseHttpResponse(block: Uint8Array, cap: number): HttpResponse | string | null {
  const end = headerEnd(block);
  if (!end) return null;
  const head = new TextDecoder('latin1').decode(block.subarray(0, end.start));
  const status = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(head);
  if (!status) return null;
  const headers = parseHeaderLines(head.slice(head.indexOf('\n') + 1));
  let body = block.subarray(end.end);
  if (/\bchunked\b/i.test(headers.get('transfer-encoding') ?? '')) body = unchunk(body);
  const encoding = (headers.get('content-encoding') ?? '').toLowerCase().trim();
  try {
    body = decodeContent(body, encoding, cap);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return code === 'ERR_BUFFER_TOO_LARGE' ? `its ${encoding} body inflates past the size limit` : `its ${encoding} body is broken`;
  }
  return { status: Number(status[1]), headers, body };
}

/** The media type and charset of a Content-Type value ("text/html; charset=windows-1251"). */
export function mediaType(value: string | undefined): { type: string; charset?: string } {
  const [type = '', ...params] = (value ?? '').split(';');
  const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)/i.exec(p)?.[1]).find(Boolean);
  return { type: type.trim().toLowerCase(), ...(charset ? { charset } : {}) };
}
