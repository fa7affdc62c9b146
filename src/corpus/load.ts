import { createHash } from 'node:crypto';
import type { CorpusWarning, SourceDocument } from '../core/types.js';
import { decodeText } from './decode.js';
import type { FoundFile } from './discover.js';
import { formatOf } from './formats/index.js';
import type { ColumnChoice, FormatContext, FormatEntry, FormatResult } from './formats/types.js';
import { describeError, type CorpusFs } from './fs.js';
import { MAX_FILE_BYTES } from './limits.js';
import { binaryKind } from './sniff.js';

/** What one file gave: its documents (none when skipped) and warnings about the file or its records. */
export interface LoadedFile {
  documents: SourceDocument[];
  warnings: CorpusWarning[];
}

/** What loading a file may need besides the file: `--columns` for CSV and TSV. */
export interface LoadOptions {
  columns?: ColumnChoice;
}

/** The cache key of some content: it changes whenever the bytes do. */
export function hashOf(content: Uint8Array | string): string {
  return createHash('sha1').update(content).digest('hex');
}

/** An unexpected error in a few words ("RangeError: Maximum call stack size exceeded"). */
export function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 160) : String(error).slice(0, 160);
}

const skipped = (file: string, reason: string): LoadedFile => ({ documents: [], warnings: [{ file, reason, skipped: true }] });

/** What a file's format made of it, the bytes hashed when a record has no text of its own, and file warnings. */
interface Read {
  result: FormatResult;
  bytes: Uint8Array | null;
  fileWarnings: string[];
}

/**
 * Reads a file by its kind: a web archive streamed (it may be far larger than an article, so it has its
 * own limit), other files whole. Both are opened and checked on the handle first (a regular file within
 * the limit). Text formats are sniffed for binary and decoded here; byte formats decode themselves (a
 * page's declared charset, gzip). Gives a LoadedFile instead when the file is skipped.
 */
async function readByFormat(found: FoundFile, fs: CorpusFs, entry: FormatEntry, limit: number, columns: ColumnChoice): Promise<Read | LoadedFile> {
  const { path, file } = found;
  if (entry.input === 'stream') {
    const opened = await fs.readStream(path, entry.maxBytes);
    if ('refused' in opened) return skipped(file, opened.refused);
    if (opened.size === 0) return skipped(file, 'empty');
    const context: FormatContext = { file, columns, size: opened.size };
    return { result: await entry.read(opened.chunks, context), bytes: null, fileWarnings: [] };
  }
  const read = await fs.readFile(path, limit);
  if ('refused' in read) return skipped(file, read.refused);
  const { bytes, size } = read;
  if (size === 0 && bytes.length === 0) return skipped(file, 'empty');
  const fileWarnings: string[] = [];
  if (bytes.length !== size) fileWarnings.push(`changed while loading (${size} bytes, then ${bytes.length})`);
  // A .html.gz starts with gzip's signature by right; its reader checks what is inside.
  const binary = file.toLowerCase().endsWith('.gz') ? null : binaryKind(bytes);
  if (binary) return skipped(file, `binary (${binary})`);
  const context: FormatContext = { file, columns, size };
  if (entry.input === 'bytes') return { result: await entry.read(bytes, context), bytes, fileWarnings };
  const decoded = decodeText(bytes);
  if (decoded.text.trim() === '') return skipped(file, 'empty');
  fileWarnings.push(...decoded.warnings);
  return { result: entry.read(decoded.text, context), bytes, fileWarnings };
}

/**
 * Loads one file: opened and checked on its handle (a regular file within the size limit: a 2 GB video
 * or a FIFO is never read), then read by its format into one document or one per record (a .jsonl line,
 * a feed item, an archived page, a CSV row). An exception in a format reader stays this file's warning.
 */
export async function loadFile(found: FoundFile, fs: CorpusFs, limit = MAX_FILE_BYTES, options: LoadOptions = {}): Promise<LoadedFile> {
  const { file } = found;
  const entry = formatOf(file);
  if (!entry) return skipped(file, 'not an article file');
  let read: Read | LoadedFile;
  try {
    read = await readByFormat(found, fs, entry, limit, options.columns ?? {});
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    // A file-system error is the file's ("permission denied"); anything else is a reader that was not
    // total after all: this file is lost, not the folder.
    return skipped(file, typeof code === 'string' ? `cannot read (${describeError(error)})` : `could not be read (${errorText(error)})`);
  }
  if ('documents' in read) return read;
  const { result, bytes, fileWarnings } = read;
  const documents = result.records.map((record): SourceDocument => ({
    id: record.index === undefined ? file : `${file}#${record.index}`,
    file,
    text: record.text,
    fileFields: record.fields,
    manifestFields: {},
    warnings: [...fileWarnings, ...record.warnings],
    contentHash: hashOf(record.source ?? bytes ?? record.text),
    format: record.format ?? entry.format,
    ...(record.removed?.length ? { removed: record.removed } : {}),
    ...(record.fallbackFields ? { fallbackFields: record.fallbackFields } : {}),
  }));
  const warnings = result.problems.map((problem): CorpusWarning => ({
    file: problem.record === undefined ? file : `${file}#${problem.record}`,
    reason: problem.reason,
    skipped: true,
  }));
  for (const note of result.notes ?? []) warnings.push({ file, reason: note, skipped: false });
  if (documents.length === 0 && warnings.every((w) => w.file !== file || !w.skipped)) {
    warnings.push({ file, reason: 'no article could be read from it', skipped: true });
  }
  return { documents, warnings };
}
