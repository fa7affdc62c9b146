import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { analyseCorpus } from '../core/analyse.js';
import { noProgress, type ProgressSink } from '../core/progress.js';
import type { Corpus } from '../core/types.js';
import { describeWarning, readCorpus } from '../corpus/index.js';
import { cacheKey, readCachedAnalysis, writeCachedAnalysis } from './cache.js';
import { terminalProgress } from './progress.js';
import { progressFs } from './reading-progress.js';
import { Failure } from './errors.js';
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
  /** Read links that lead out of the folder too (`--follow-links`). */
  followLinks?: boolean;
  /** Where progress goes; by default a line on stderr, when stderr is a terminal. */
  progress?: ProgressSink;
}

/** Loads a corpus (see loadAndAnalyse), showing progress on stderr unless told where to send it. */
export async function loadCorpus(dir: string | undefined, options: LoadOptions = {}): Promise<Corpus> {
  const line = options.progress ? null : terminalProgress();
  try {
    return await loadAndAnalyse(dir, options, options.progress ?? line?.sink ?? noProgress);
  } finally {
    line?.end();
  }
}

/**
 * Reads and analyses a corpus folder. A missing folder, a file given as a folder, or a folder with no
 * article in it is a Failure (exit 1) with one line that says what to do; per-file problems are warnings.
 */
async function loadAndAnalyse(dir: string | undefined, options: LoadOptions, progress: ProgressSink): Promise<Corpus> {
  const root = resolve(dir ?? bundledCorpusDir());
  const info = await stat(root).catch(() => null);
  if (!info) throw new Failure(`No folder ${dir ?? root}. Name a folder of articles: newsx DIR (see newsx --help).`);
  if (!info.isDirectory()) throw new Failure(`${dir ?? root} is a file, not a folder. Name the folder that holds it.`);
  if (options.manifest !== undefined) {
    const manifestInfo = await stat(options.manifest).catch(() => null);
    if (!manifestInfo) throw new Failure(`No manifest file ${options.manifest}.`);
    if (!manifestInfo.isFile()) throw new Failure(`${options.manifest} is not a regular file; name a manifest file with --manifest.`);
  }
  const { documents, warnings } = await readCorpus(root, { ...(options.manifest ? { manifest: options.manifest } : {}), fs: progressFs(progress), policy: { followLinks: options.followLinks ?? false } });
  if (documents.length === 0) {
    const skipped = warnings.filter((w) => w.skipped).length;
    const why = skipped > 0 ? ` (${skipped} file${skipped === 1 ? '' : 's'} skipped)` : '';
    throw new Failure(
      `No articles in ${dir ?? root}${why}. newsx reads .txt, .md, .json and .jsonl files.`,
      warnings.map(describeWarning),
    );
  }
  const key = options.noCache ? null : cacheKey(documents);
  if (key === null) return analyseCorpus(root, documents, warnings, progress);
  progress({ stage: 'cache', done: 0, total: null });
  const cached = await readCachedAnalysis(key);
  if (cached) return { root, warnings, ...cached };
  const corpus = analyseCorpus(root, documents, warnings, progress);
  // A document that failed analysis is not cached over: its warning (and reason) comes back on every run.
  if (corpus.articles.length < documents.length) return corpus;
  progress({ stage: 'saving', done: 0, total: null });
  await writeCachedAnalysis(key, corpus);
  return corpus;
}
