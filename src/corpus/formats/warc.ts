import { normaliseDate } from '../dates.js';
import { describeError } from '../fs.js';
import { decodeHtmlBytes } from '../html/index.js';
import { MAX_FILE_BYTES } from '../limits.js';
import { ByteReader, TooMuchData, gunzipChunks } from './byte-reader.js';
import { pageRecord } from './html.js';
import { mediaType, parseHeaderLines, parseHttpResponse } from './http-message.js';
import type { FormatContext, FormatResult, FoundRecord } from './types.js';

/** A WARC record's header block is a few hundred bytes; past this the file is not a WARC. */
const MAX_HEAD = 64 * 1024;
/** Web archives compress about five to one; past this many times its size, a .warc.gz is a bomb. */
const INFLATION_LIMIT = 20;
/** ...but a small archive may hold one big page. */
const MIN_INFLATED = 64 * 1024 * 1024;

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml', 'application/xml+xhtml']);

/** Why records were passed over, in the order the note lists them, with how the note counts each. */
const SKIPS = {
  'not HTML': (n: number) => `${n} not HTML`,
  request: (n: number) => `${n} request${n === 1 ? '' : 's'}`,
  metadata: (n: number) => `${n} metadata`,
  revisit: (n: number) => `${n} revisit${n === 1 ? '' : 's'}`,
  'not 200': (n: number) => `${n} not status 200`,
  'no article': (n: number) => `${n} page${n === 1 ? '' : 's'} with no article`,
  'too large': (n: number) => `${n} too large`,
  unreadable: (n: number) => `${n} with a body that does not decode (broken, or inflating past the size limit)`,
} as const;
type SkipReason = keyof typeof SKIPS;
const SKIP_ORDER = Object.keys(SKIPS) as SkipReason[];

/** What the archive held, for the one note per file. */
class Tally {
  readonly skipped = new Map<SkipReason, number>();
  count(reason: SkipReason): void {
    this.skipped.set(reason, (this.skipped.get(reason) ?? 0) + 1);
  }
  /** "12 articles; skipped 30 records: 18 not HTML, 9 requests, 3 revisits". */
  describe(articles: number): string {
    const total = [...this.skipped.values()].reduce((a, b) => a + b, 0);
    const parts = SKIP_ORDER.filter((r) => this.skipped.has(r)).map((r) => SKIPS[r](this.skipped.get(r) ?? 0));
    const found = `${articles} article${articles === 1 ? '' : 's'}`;
    return total === 0 ? found : `${found}; skipped ${total} record${total === 1 ? '' : 's'}: ${parts.join(', ')}`;
  }
}

/** The first chunk of a stream, and the stream again from its start (to sniff gzip's signature). */
async function peek(source: AsyncIterable<Uint8Array>): Promise<{ first: Uint8Array | undefined; all: AsyncIterable<Uint8Array> }> {
  const iterator = source[Symbol.asyncIterator]();
  const head = await iterator.next();
  const first = head.done ? undefined : head.value;
  async function* all(): AsyncGenerator<Uint8Array> {
    try {
      if (first) yield first;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    } finally {
      await iterator.return?.();
    }
  }
  return { first, all: all() };
}

/** One archived page as an article: the capture's address as url, its date as a fallback. */
function archivedPage(block: Uint8Array, warc: Map<string, string>, index: number): FoundRecord | SkipReason {
  const uri = warc.get('warc-target-uri')?.replace(/^<|>$/g, '');
  const type = warc.get('warc-type');
  let bytes = block;
  let charset: string | undefined;
  if (type === 'response') {
    const http = parseHttpResponse(block, MAX_FILE_BYTES);
    if (http === null) return 'not HTML';
    if (typeof http === 'string') return 'unreadable';
    if (http.status !== 200) return 'not 200';
    const media = mediaType(http.headers.get('content-type'));
    if (!HTML_TYPES.has(media.type)) return 'not HTML';
    bytes = http.body;
    charset = media.charset;
  } else {
    const media = mediaType(warc.get('content-type'));
    if (!HTML_TYPES.has(media.type)) return 'not HTML';
    charset = media.charset;
  }
  const found = pageRecord(decodeHtmlBytes(bytes, charset), uri);
  if ('reason' in found) return 'no article';
  const captured = normaliseDate(warc.get('warc-date'));
  return {
    ...found,
    index,
    source: `${uri ?? ''}\u0000${warc.get('warc-date') ?? ''}\u0000${found.text}`,
    ...(found.fields.published || found.fallbackFields?.published || !captured ? {} : { fallbackFields: { ...found.fallbackFields, published: captured } }),
  };
}

/** The kind of skip a record's WARC-Type gives before its block is read, or null to read it. */
function skipByType(type: string | undefined, contentType: string | undefined): SkipReason | null {
  switch (type) {
    case 'response':
      return /application\/http/i.test(contentType ?? '') ? null : 'not HTML';
    case 'resource':
      return null;
    case 'request':
      return 'request';
    case 'revisit':
      return 'revisit';
    case 'warcinfo':
    case 'metadata':
      return 'metadata';
    default:
      return 'not HTML';
  }
}

/**
 * A web archive (.warc or .warc.gz, one gzip member per record or one for all), streamed record by
 * record so only one page is held at a time: each HTML response with status 200 (or HTML resource) is
 * an article `file#N`, N its place among the archive's records. Everything else is counted in one note.
 * A cut-off archive keeps the records read before the break, with a note saying where it broke.
 */
export async function readWarc(chunks: AsyncIterable<Uint8Array>, context: FormatContext): Promise<FormatResult> {
  const { first, all } = await peek(chunks);
  const gzipped = first !== undefined && first[0] === 0x1f && first[1] === 0x8b;
  const cap = Math.max(MIN_INFLATED, context.size * INFLATION_LIMIT);
  const reader = new ByteReader(gzipped ? gunzipChunks(all, cap) : all);
  const records: FoundRecord[] = [];
  const tally = new Tally();
  const notes: string[] = [];
  let index = 0;
  try {
    for (;;) {
      await reader.skipBlank();
      const head = await reader.readHead(MAX_HEAD);
      if ('end' in head) {
        if (head.pending > 0) notes.push(index === 0 ? 'not a web archive (no WARC record header)' : `the archive is cut off after record ${index}`);
        break;
      }
      const text = new TextDecoder('latin1').decode(head.head);
      if (!/^WARC\/\d/.test(text)) {
        notes.push(index === 0 ? 'not a web archive (it does not start with a WARC record header)' : `record ${index + 1} does not start with a WARC header: read no further`);
        break;
      }
      index++;
      const warc = parseHeaderLines(text.slice(text.indexOf('\n') + 1));
      const length = Number(warc.get('content-length'));
      if (!Number.isSafeInteger(length) || length < 0) {
        notes.push(`record ${index} has no valid Content-Length: read no further`);
        break;
      }
      const type = warc.get('warc-type')?.toLowerCase();
      const skip = skipByType(type, warc.get('content-type')) ?? (length > MAX_FILE_BYTES + MAX_HEAD ? 'too large' : null);
      if (skip) {
        tally.count(skip);
        if ((await reader.skip(length)) < length) {
          notes.push(`the archive is cut off in record ${index}`);
          break;
        }
        continue;
      }
      const block = await reader.read(length);
      if (block.length < length) {
        notes.push(`the archive is cut off in record ${index}: kept the ${records.length} article${records.length === 1 ? '' : 's'} before it`);
        break;
      }
      const page = archivedPage(block, warc, index);
      if (typeof page === 'string') tally.count(page);
      else records.push(page);
    }
  } catch (error) {
    const why = error instanceof TooMuchData
      ? `inflates to more than ${INFLATION_LIMIT} times its size (a zip bomb?)`
      : /unexpected end of file/i.test(String((error as Error)?.message)) ? 'the compressed data is cut off' : describeError(error);
    notes.push(`reading stopped after record ${index} (${why}): kept the ${records.length} article${records.length === 1 ? '' : 's'} before it`);
  } finally {
    await reader.close().catch(() => undefined);
  }
  if (index > 0 && !notes.some((n) => n.startsWith('not a web archive'))) notes.unshift(tally.describe(records.length));
  const problems = records.length === 0 && index === 0 ? [{ reason: notes.shift() ?? 'no records in it' }] : [];
  return { records, problems, notes };
}
