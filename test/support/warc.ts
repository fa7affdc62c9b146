import { gzipSync } from 'node:zlib';

/** One record to write: its WARC type and headers, and its block (for a response, the HTTP message). */
export interface WarcRecordSpec {
  type: 'warcinfo' | 'request' | 'response' | 'resource' | 'metadata' | 'revisit';
  uri?: string;
  date?: string;
  contentType?: string;
  block: string | Uint8Array;
  /** Extra WARC headers. */
  headers?: Record<string, string>;
}

/** Options for an HTTP response block. */
export interface HttpResponseSpec {
  status?: number;
  contentType?: string;
  body: string | Uint8Array;
  /** Send the body in chunks of this many bytes (Transfer-Encoding: chunked). */
  chunked?: number;
  /** Gzip the body (Content-Encoding: gzip). */
  gzip?: boolean;
}

const bytesOf = (value: string | Uint8Array): Uint8Array => (typeof value === 'string' ? Buffer.from(value, 'utf8') : value);

/** An HTTP response as a WARC response record's block: status line, headers, body (encoded as asked). */
export function httpResponse(spec: HttpResponseSpec): Uint8Array {
  let body = bytesOf(spec.body);
  const headers = [`HTTP/1.1 ${spec.status ?? 200} ${spec.status === 404 ? 'Not Found' : spec.status === 301 ? 'Moved Permanently' : 'OK'}`];
  headers.push(`Content-Type: ${spec.contentType ?? 'text/html; charset=utf-8'}`);
  if (spec.gzip) {
    body = gzipSync(body);
    headers.push('Content-Encoding: gzip');
  }
  if (spec.chunked) {
    const parts: Uint8Array[] = [];
    for (let i = 0; i < body.length; i += spec.chunked) {
      const piece = body.subarray(i, i + spec.chunked);
      parts.push(Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n'));
    }
    parts.push(Buffer.from('0\r\n\r\n'));
    body = Buffer.concat(parts);
    headers.push('Transfer-Encoding: chunked');
  } else {
    headers.push(`Content-Length: ${body.length}`);
  }
  return Buffer.concat([Buffer.from(headers.join('\r\n') + '\r\n\r\n'), body]);
}

let recordCount = 0;

/** One WARC/1.1 record: header lines, a blank line, the block, and the two CRLFs that end a record. */
export function warcRecord(spec: WarcRecordSpec): Uint8Array {
  const block = bytesOf(spec.block);
  const contentType = spec.contentType ?? (spec.type === 'response' || spec.type === 'request' || spec.type === 'revisit'
    ? `application/http; msgtype=${spec.type === 'request' ? 'request' : 'response'}`
    : 'application/warc-fields');
  const lines = [
    'WARC/1.1',
    `WARC-Type: ${spec.type}`,
    `WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-${String(++recordCount).padStart(12, '0')}>`,
    `WARC-Date: ${spec.date ?? '2025-03-12T08:30:00Z'}`,
    ...(spec.uri ? [`WARC-Target-URI: ${spec.uri}`] : []),
    `Content-Type: ${contentType}`,
    ...Object.entries(spec.headers ?? {}).map(([k, v]) => `${k}: ${v}`),
    `Content-Length: ${block.length}`,
  ];
  return Buffer.concat([Buffer.from(lines.join('\r\n') + '\r\n\r\n'), block, Buffer.from('\r\n\r\n')]);
}

/** A whole archive: records one after another, or (gzip) each record its own gzip member, as crawlers write. */
export function warcFile(records: readonly WarcRecordSpec[], options: { gzip?: boolean } = {}): Buffer {
  return Buffer.concat(records.map((r) => (options.gzip ? gzipSync(warcRecord(r)) : warcRecord(r))));
}

/** A response record for a page: the usual case, with the page's HTML as the HTTP body. */
export function pageRecord(uri: string, html: string | Uint8Array, http: Omit<HttpResponseSpec, 'body'> = {}, date?: string): WarcRecordSpec {
  return { type: 'response', uri, block: httpResponse({ ...http, body: html }), ...(date ? { date } : {}) };
}
