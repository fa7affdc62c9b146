import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { analyseCorpus } from '../core/analyse.js';
import type { Corpus } from '../core/types.js';
import { describeWarning, readCorpus } from '../corpus/index.js';
import { cacheKey, readCachedAnalysis, writeCachedAnalysis } from './cache.js';
import { UsageError } from './errors.js';
import { packageRoot } from './package-root.js';

/** Where the bundled corpus lives: data/ in the package. */
export function bundledCorpusDir(): string {
  return join(packageRoot(), 'data');
}

/** Options for loading a corpus. */
export interface LoadOptions {
  manifest?: string | undefined;
  /** Analyse afresh, neither reading nor writing the cache. */
  noCache?: boolean;
}

/**
 * Reads and analyses a corpus folder. A missing folder, a file given as a folder, or a folder with no
 * article in it is a UsageError with one line that says what to do; per-file problems are warnings.
 */
export async function loadCorpus(dir: string | undefined, options: LoadOptions = {}): Promise<Corpus> {
  const root = resolve(dir ?? bundledCorpusDir());
  const info = await stat(root).catch(() => null);
  if (!info) throw new UsageError(`No folder ${dir ?? root}. Name a folder of articles: newsx DIR (see newsx --help).`);
  if (!info.isDirectory()) throw new UsageError(`${dir ?? root} is a file, not a folder. Name the folder that holds it.`);
  if (options.manifest !== undefined) {
    const manifestInfo = await stat(options.manifest).catch(() => null);
    if (!manifestInfo?.isFile()) throw new UsageError(`No manifest file ${options.manifest}.`);
  }
  const { documents, warnings } = await readCorpus(root, options.manifest ? { manifest: options.manifest } : {});
  if (documents.length === 0) {
    const skipped = warnings.filter((w) => w.skipped).length;
    const why = skipped > 0 ? ` (${skipped} file${skipped === 1 ? '' : 's'} skipped)` : '';
    throw new UsageError(
      `No articles in ${dir ?? root}${why}. newsx reads .txt, .md, .json and .jsonl files.`,
      warnings.map(describeWarning),
    );
  }
  const key = options.noCache ? null : cacheKey(documents);
  if (key === null) return analyseCorpus(root, documents, warnings);
  const cached = await readCachedAnalysis(key);
  if (cached) return { root, warnings, ...cached };
  const corpus = analyseCorpus(root, documents, warnings);
  await writeCachedAnalysis(key, corpus);
  return corpus;
}
