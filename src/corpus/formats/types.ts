import type { ArticleFields } from '../../core/types.js';

/** One article a format found in a file, before ids, hashes and the manifest are attached. */
export interface FoundRecord {
  /** 1-based place in a .json array or .jsonl file; absent for a file that is one article. */
  index?: number;
  text: string;
  fields: ArticleFields;
  warnings: string[];
  /** The record's own JSON text, hashed for the cache; absent when the whole file's bytes are. */
  source?: string;
}

/** Something in a file that kept a record (or the whole file, without `record`) from loading. */
export interface FormatProblem {
  record?: number;
  reason: string;
}

/** What a format makes of a decoded file. */
export interface FormatResult {
  records: FoundRecord[];
  problems: FormatProblem[];
}

/** Reads one decoded file of its format. Total: malformed input gives problems, never an exception. */
export type FormatReader = (text: string) => FormatResult;
