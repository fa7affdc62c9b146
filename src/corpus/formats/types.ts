import type { ArticleFields, Removal, SourceFormat } from '../../core/types.js';

/** One article a format found in a file, before ids, hashes and the manifest are attached. */
export interface FoundRecord {
  /** 1-based place in a .json array, .jsonl file, feed, archive or CSV; absent for a file that is one article. */
  index?: number;
  text: string;
  fields: ArticleFields;
  warnings: string[];
  /** The record's own text, hashed for the cache; absent when the whole file's bytes are. */
  source?: string;
  /** The kind of file, when the reader decides it (a `.xml` feed is RSS or Atom); else the extension's. */
  format?: SourceFormat;
  /** Lines of `text` that are not the article (an HTML page's navigation), with why. */
  removed?: Removal[];
  /** What the container says when the article does not (a web archive's capture date). */
  fallbackFields?: ArticleFields;
}

/** Something in a file that kept a record (or the whole file, without `record`) from loading. */
export interface FormatProblem {
  record?: number;
  reason: string;
}

/** What a format makes of a file. */
export interface FormatResult {
  records: FoundRecord[];
  problems: FormatProblem[];
  /** Warnings about the file that did not stop it loading ("12 articles; skipped 30 records: ..."). */
  notes?: string[];
}

/** The fields a CSV column can fill, as `--columns` names them. */
export type ColumnField = 'title' | 'url' | 'date' | 'outlet' | 'text' | 'author';

/** Header names chosen with `--columns` (`text=story_body,date=pub`), for CSV and TSV files. */
export type ColumnChoice = Partial<Record<ColumnField, string>>;

/** What a reader may need besides the file's content. */
export interface FormatContext {
  /** The file's path relative to the corpus root (for warnings that name it). */
  file: string;
  columns: ColumnChoice;
  /** Bytes the file has on disk (a streamed archive's decompression cap is a multiple of it). */
  size: number;
}

/** Reads one decoded file of its format. Total: malformed input gives problems, never an exception. */
export type FormatReader = (text: string, context?: FormatContext) => FormatResult;

/** Reads a file's bytes itself (a declared charset, gzip). Total, like FormatReader. */
export type ByteFormatReader = (bytes: Uint8Array, context: FormatContext) => Promise<FormatResult>;

/** Reads a file streamed in chunks, for formats that may be larger than memory should hold (web archives). */
export type StreamFormatReader = (chunks: AsyncIterable<Uint8Array>, context: FormatContext) => Promise<FormatResult>;

/** How a kind of file is read: decoded as text, as bytes, or streamed; and what to call the articles. */
export type FormatEntry =
  | { format: SourceFormat; input: 'text'; read: FormatReader }
  | { format: SourceFormat; input: 'bytes'; read: ByteFormatReader }
  | { format: SourceFormat; input: 'stream'; read: StreamFormatReader; maxBytes: number };
