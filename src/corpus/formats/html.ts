import { constants, gunzipSync } from 'node:zlib';
import { decodeHtmlBytes, extractHtmlArticle } from '../html/index.js';
import { MAX_FILE_BYTES, megabytes } from '../limits.js';
import { pageParts } from './html-record.js';
import type { FormatContext, FormatResult, FoundRecord } from './types.js';

/** A page made into a record, or why it is not an article ("no article found (an index page: ...)"). */
export function pageRecord(html: string, url?: string): Omit<FoundRecord, 'index'> | { reason: string } {
  const article = extractHtmlArticle(html, url ? { url } : {});
  if (!article.isArticle) return { reason: `no article found${article.whyNot ? ` (${article.whyNot})` : ''}` };
  if (article.text.trim() === '') return { reason: 'no article found (no text outside its navigation, scripts and furniture)' };
  const parts = pageParts(article);
  if (url && !parts.fields.url) parts.fields.url = url;
  return {
    text: parts.text,
    fields: parts.fields,
    warnings: parts.warnings,
    removed: parts.removed,
    ...(parts.fallbackFields ? { fallbackFields: parts.fallbackFields } : {}),
  };
}

/** A saved page (.html, .htm, .xhtml): decoded by its declared charset, its article extracted. */
export async function readHtml(bytes: Uint8Array, _context: FormatContext): Promise<FormatResult> {
  const html = decodeHtmlBytes(bytes);
  if (html.trim() === '') return { records: [], problems: [{ reason: 'empty' }] };
  const found = pageRecord(html);
  return 'reason' in found ? { records: [], problems: [found] } : { records: [found], problems: [] };
}

/**
 * The bytes inside a gzip file, never more than `limit` (a 40 KB file can inflate to gigabytes). A
 * truncated file gives what was there, with a note.
 */
export function gunzipCapped(bytes: Uint8Array, limit: number): { bytes: Uint8Array; note?: string } | { reason: string } {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return { reason: 'not gzip-compressed, though its name ends in .gz' };
  try {
    return { bytes: gunzipSync(bytes, { maxOutputLength: limit }) };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') return { reason: `decompresses to more than ${megabytes(limit)} (the limit for one page)` };
    if (code !== 'Z_BUF_ERROR') return { reason: `broken gzip data (${(error as Error).message})` };
  }
  // Cut off mid-stream: inflate what arrived. Flushing instead of finishing gives the partial output.
  try {
    const partial = gunzipSync(bytes, { maxOutputLength: limit, finishFlush: constants.Z_SYNC_FLUSH });
    return { bytes: partial, note: `the gzip data is cut off: read the first ${partial.length} bytes` };
  } catch (error) {
    return { reason: `broken gzip data (${(error as Error).message})` };
  }
}

/** A compressed saved page (.html.gz), inflated to at most the size limit of one page. */
export async function readHtmlGz(bytes: Uint8Array, context: FormatContext): Promise<FormatResult> {
  const inflated = gunzipCapped(bytes, MAX_FILE_BYTES);
  if ('reason' in inflated) return { records: [], problems: [{ reason: inflated.reason }] };
  const result = await readHtml(inflated.bytes, context);
  return inflated.note ? { ...result, notes: [...(result.notes ?? []), inflated.note] } : result;
}
