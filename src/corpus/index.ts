import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CorpusWarning, SourceDocument } from '../core/types.js';

/** Options for reading a corpus folder. */
export interface ReadOptions {
  /** A manifest to use instead of `<root>/newsx.json`. */
  manifest?: string;
}

/** What reading a folder gives: the documents, and a warning for everything skipped or doubtful. */
export interface ReadResult {
  documents: SourceDocument[];
  warnings: CorpusWarning[];
}

/** Reads a folder of articles. (Placeholder: being built.) */
export async function readCorpus(root: string, _options: ReadOptions = {}): Promise<ReadResult> {
  const names = (await readdir(root)).filter((n) => n.endsWith('.txt')).sort();
  const documents = await Promise.all(
    names.map(async (name): Promise<SourceDocument> => {
      const bytes = await readFile(join(root, name));
      return {
        id: name, file: name, text: bytes.toString('utf8'), fileFields: {}, manifestFields: {}, warnings: [],
        contentHash: createHash('sha1').update(bytes).digest('hex'),
      };
    }),
  );
  return { documents, warnings: [] };
}
