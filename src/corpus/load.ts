import { createHash } from 'node:crypto';
import type { CorpusWarning, SourceDocument } from '../core/types.js';
import { decodeText } from './decode.js';
import type { FoundFile } from './discover.js';
import { formatOf } from './formats/index.js';
import type { FormatReader } from './formats/types.js';
import { describeError, type CorpusFs, type FileRead } from './fs.js';
import { MAX_FILE_BYTES } from './limits.js';
import { binaryKind } from './sniff.js';

/** What one file gave: its documents (none when skipped) and warnings about the file or its records. */
export interface LoadedFile {
  documents: SourceDocument[];
  warnings: CorpusWarning[];
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

/**
 * Loads one file: opened and checked on its handle (a regular file within the size limit: a 2 GB video
 * or a FIFO is never read), bytes sniffed for binary, decoded, then read by its format into one document
 * or one per record. An exception in a format reader stays this file's warning.
 */
export async function loadFile(found: FoundFile, fs: CorpusFs, limit = MAX_FILE_BYTES): Promise<LoadedFile> {
  const { path, file } = found;
  const format = formatOf(file);
  if (!format) return skipped(file, 'not an article file');
  let read: FileRead;
  try {
    read = await fs.readFile(path, limit);
  } catch (error) {
    return skipped(file, `cannot read (${describeError(error)})`);
  }
  if ('refused' in read) return skipped(file, read.refused);
  const { bytes, size } = read;
  if (size === 0 && bytes.length === 0) return skipped(file, 'empty');
  try {
    return parseFile(file, format, bytes, size);
  } catch (error) {
    // Sniffing, decoding and format readers are meant to be total; if one is not, this file is lost, not the folder.
    return skipped(file, `could not be read (${errorText(error)})`);
  }
}

/** The bytes of one file as documents: sniffed for binary, decoded, read by the file's format. */
function parseFile(file: string, format: FormatReader, bytes: Uint8Array, size: number): LoadedFile {
  const fileWarnings: string[] = [];
  if (bytes.length !== size) fileWarnings.push(`changed while loading (${size} bytes, then ${bytes.length})`);
  const binary = binaryKind(bytes);
  if (binary) return skipped(file, `binary (${binary})`);
  const decoded = decodeText(bytes);
  if (decoded.text.trim() === '') return skipped(file, 'empty');
  fileWarnings.push(...decoded.warnings);

  const result = format(decoded.text);
  const documents = result.records.map((record): SourceDocument => ({
    id: record.index === undefined ? file : `${file}#${record.index}`,
    file,
    text: record.text,
    fileFields: record.fields,
    manifestFields: {},
    warnings: [...fileWarnings, ...record.warnings],
    contentHash: hashOf(record.source ?? bytes),
  }));
  const warnings = result.problems.map((problem): CorpusWarning => ({
    file: problem.record === undefined ? file : `${file}#${problem.record}`,
    reason: problem.reason,
    skipped: true,
  }));
  if (documents.length === 0 && warnings.every((w) => w.file !== file)) {
    warnings.push({ file, reason: 'no article could be read from it', skipped: true });
  }
  return { documents, warnings };
}
