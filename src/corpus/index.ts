import { resolve } from 'node:path';
import type { CorpusWarning, SourceDocument } from '../core/types.js';
import { compare, discoverFiles } from './discover.js';
import { describeError, nodeFs, toRaw, type CorpusFs, type RawPath } from './fs.js';
import { READ_CONCURRENCY } from './limits.js';
import type { ColumnChoice } from './formats/types.js';
import { loadFile } from './load.js';
import { applyManifest, loadManifest } from './manifest.js';
import { mapWithLimit } from './pool.js';
import { readingPolicy, type PolicyOptions } from './reading-policy.js';

export { describeWarning } from './describe.js';
export type { CorpusFs } from './fs.js';
export type { PolicyOptions } from './reading-policy.js';
export type { ColumnChoice, ColumnField } from './formats/types.js';

/** Options for reading a corpus folder. */
export interface ReadOptions {
  /** A manifest to use instead of `<root>/newsx.json`. */
  manifest?: string;
  /** Header names for CSV and TSV columns the usual names do not find (`--columns`). */
  columns?: ColumnChoice;
  /** File operations to use instead of the real ones (tests simulate unreadable or changing files). */
  fs?: Partial<CorpusFs>;
  /** How far reading may go: links out of the folder (`--follow-links`), depth and entry bounds. */
  policy?: PolicyOptions;
}

/** What reading a folder gives: the documents, and a warning for everything skipped or doubtful. */
export interface ReadResult {
  documents: SourceDocument[];
  warnings: CorpusWarning[];
}

/** The same bytes under a second name: both load (they may be meant as two), each later one says so. */
function markDuplicates(documents: readonly SourceDocument[]): void {
  const firstByHash = new Map<string, string>();
  for (const doc of documents) {
    const first = firstByHash.get(doc.contentHash);
    if (first === undefined) firstByHash.set(doc.contentHash, doc.id);
    else doc.warnings.push(`same content as ${first}`);
  }
}

/**
 * Reads a folder of articles (.txt, .md, .json, .jsonl, saved pages, feeds, web archives, CSV), recursively and read-only, in path order, under
 * the reading policy (reading-policy.ts). Never throws for a user's files: everything skipped or doubtful
 * is a warning. In order:
 * 1. the manifest first, so discovery knows which file is not an article;
 * 2. discovery: names and links only, no file opened, so a folder of videos costs nothing;
 * 3. loading, 32 files at a time: open, check the handle (regular, size limit), read, sniff, decode, parse;
 * 4. duplicates, then manifest entries, once every document is known.
 */
export async function readCorpus(root: string, options: ReadOptions = {}): Promise<ReadResult> {
  const fs: CorpusFs = { ...nodeFs, ...options.fs };
  const policy = readingPolicy(options.policy);
  let realRoot: RawPath | null = null;
  let rootProblem: CorpusWarning | null = null;
  try {
    realRoot = await fs.realpath(toRaw(resolve(root)));
  } catch (error) {
    rootProblem = { file: root, reason: `cannot read folder (${describeError(error)})`, skipped: true };
  }
  const manifest = await loadManifest(root, realRoot, options.manifest, fs, policy);
  const discovery = realRoot === null
    ? { files: [], seen: new Set<string>(), warnings: rootProblem ? [rootProblem] : [] }
    : await discoverFiles(root, realRoot, fs, new Set(manifest.realPath === null ? [] : [manifest.realPath]), policy);
  const loaded = await mapWithLimit(discovery.files, READ_CONCURRENCY, (file) => loadFile(file, fs, policy.maxFileBytes, options.columns ? { columns: options.columns } : {}));
  const documents = loaded.flatMap((l) => l.documents);
  markDuplicates(documents);
  const warnings = [
    ...manifest.warnings,
    ...applyManifest(documents, manifest, discovery.seen),
    ...[...discovery.warnings, ...loaded.flatMap((l) => l.warnings)].sort((a, b) => compare(a.file, b.file)),
  ];
  return { documents, warnings };
}
