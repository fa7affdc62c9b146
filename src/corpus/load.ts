import { createHash } from 'node:crypto';
import type { CorpusWarning, SourceDocument } from '../core/types.js';
import { decodeText } from './decode.js';
import type { FoundFile } from './discover.js';
import { formatOf } from './formats/index.js';
import { describeError, type CorpusFs } from './fs.js';
import { MAX_FILE_BYTES, tooLarge } from './limits.js';
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

const skipped = (file: string, reason: string): LoadedFile => ({ documents: [], warnings: [{ file, reason, skipped: true }] });

/**
 * Loads one file: size checked before reading (a 2 GB video is never read), bytes sniffed for binary,
 * decoded, then read by its format into one document or one per record.
 */
export async function loadFile(found: FoundFile, fs: CorpusFs): Promise<LoadedFile> {
  const { path, file } = found;
  const format = formatOf(file);
  if (!format) return skipped(file, 'not an article file');
  let bytes: Uint8Array;
  let size: number;
  try {
    size = (await fs.stat(path)).size;
    if (size === 0) return skipped(file, 'empty');
    if (size > MAX_FILE_BYTES) return skipped(file, tooLarge(size));
    bytes = await fs.readFile(path);
  } catch (error) {
    return skipped(file, `cannot read (${describeError(error)})`);
  }
  if (bytes.length > MAX_FILE_BYTES) return skipped(file, tooLarge(bytes.length));
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
