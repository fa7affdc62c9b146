import { readJson } from './json.js';
import { readJsonl } from './jsonl.js';
import { readMarkdown } from './markdown.js';
import { readTxt } from './txt.js';
import type { ByteFormatReader, FormatEntry, StreamFormatReader } from './types.js';

/**
 * A web archive may hold a whole crawl: it is streamed record by record, so only one page is ever in
 * memory, and its limit is what a crawl of a few thousand pages weighs, not what an article does.
 */
export const MAX_ARCHIVE_BYTES = 4 * 1024 * 1024 * 1024;

// The readers of the newer formats are imported on first use: their parsers (htmlparser2, papaparse, the
// HTML extraction) cost start-up time that a folder of .txt files should not pay.
const html: ByteFormatReader = async (bytes, context) => (await import('./html.js')).readHtml(bytes, context);
const htmlGz: ByteFormatReader = async (bytes, context) => (await import('./html.js')).readHtmlGz(bytes, context);
const feed: ByteFormatReader = async (bytes, context) => (await import('./feed.js')).readFeed(bytes, context);
const csv: ByteFormatReader = async (bytes, context) => (await import('./csv.js')).readCsv(bytes, context, ',');
const tsv: ByteFormatReader = async (bytes, context) => (await import('./csv.js')).readCsv(bytes, context, '\t');
const warc: StreamFormatReader = async (chunks, context) => (await import('./warc.js')).readWarc(chunks, context);

/** The file extensions newsx reads as articles, how each is read, and the format its articles get. */
export const FORMATS: Readonly<Record<string, FormatEntry>> = {
  '.txt': { format: 'txt', input: 'text', read: readTxt },
  '.md': { format: 'md', input: 'text', read: readMarkdown },
  '.markdown': { format: 'md', input: 'text', read: readMarkdown },
  '.json': { format: 'json', input: 'text', read: readJson },
  '.jsonl': { format: 'jsonl', input: 'text', read: readJsonl },
  '.ndjson': { format: 'jsonl', input: 'text', read: readJsonl },
  '.html': { format: 'html', input: 'bytes', read: html },
  '.htm': { format: 'html', input: 'bytes', read: html },
  '.xhtml': { format: 'html', input: 'bytes', read: html },
  '.html.gz': { format: 'html', input: 'bytes', read: htmlGz },
  '.htm.gz': { format: 'html', input: 'bytes', read: htmlGz },
  '.rss': { format: 'rss', input: 'bytes', read: feed },
  '.atom': { format: 'atom', input: 'bytes', read: feed },
  // Any XML file is offered to the feed reader, which skips one that is not a feed and says what it is.
  '.xml': { format: 'rss', input: 'bytes', read: feed },
  '.warc': { format: 'warc', input: 'stream', maxBytes: MAX_ARCHIVE_BYTES, read: warc },
  '.warc.gz': { format: 'warc', input: 'stream', maxBytes: MAX_ARCHIVE_BYTES, read: warc },
  '.csv': { format: 'csv', input: 'bytes', read: csv },
  '.tsv': { format: 'tsv', input: 'bytes', read: tsv },
  '.tab': { format: 'tsv', input: 'bytes', read: tsv },
};

/** The extension of a file name, lower-cased, with its dot ("" when it has none); `.gz` keeps the one before it. */
export function extensionOf(name: string): string {
  const lower = name.toLowerCase();
  const dot = lower.lastIndexOf('.');
  if (dot <= 0) return '';
  if (lower.endsWith('.gz')) {
    const inner = lower.lastIndexOf('.', dot - 1);
    if (inner > 0) return lower.slice(inner);
  }
  return lower.slice(dot);
}

/** How a file is read, by its name, or undefined when newsx does not read that kind of file. */
export function formatOf(name: string): FormatEntry | undefined {
  return FORMATS[extensionOf(name)];
}

const SAVED_PAGE = /\.(html?|xhtml)$/i;

/**
 * True for the folder a browser saves beside a page ("Story_files/" next to "Story.html"): its images,
 * scripts and frames belong to the page and are not articles. `siblings` are the names in the same folder.
 */
export function isSavedPageAssets(folder: string, siblings: readonly string[]): boolean {
  if (!folder.endsWith('_files')) return false;
  const page = folder.slice(0, -'_files'.length);
  return siblings.some((name) => SAVED_PAGE.test(name) && name.slice(0, name.lastIndexOf('.')) === page);
}
