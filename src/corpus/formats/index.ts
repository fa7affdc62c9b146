import { readJson } from './json.js';
import { readJsonl } from './jsonl.js';
import { readMarkdown } from './markdown.js';
import { readTxt } from './txt.js';
import type { FormatReader } from './types.js';

/** The file extensions newsx reads as articles, and the reader for each. */
export const FORMATS: Readonly<Record<string, FormatReader>> = {
  '.txt': readTxt,
  '.md': readMarkdown,
  '.markdown': readMarkdown,
  '.json': readJson,
  '.jsonl': readJsonl,
  '.ndjson': readJsonl,
};

/** The extension of a file name, lower-cased, with its dot ("" when it has none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** The reader for a file name, or undefined when newsx does not read that kind of file. */
export function formatOf(name: string): FormatReader | undefined {
  return FORMATS[extensionOf(name)];
}
