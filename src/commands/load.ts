import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { analyseArticles, analyseCorpus, buildArticles, corpusArticles } from '../core/analyse.js';
import { noProgress, type ProgressSink } from '../core/progress.js';
import type { Corpus, CorpusWarning } from '../core/types.js';
import { describeWarning, readCorpus, type ColumnChoice } from '../corpus/index.js';
import { documentKey, openCorpusCache } from './cache.js';
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
  /** CSV/TSV header names chosen with --columns. */
  columns?: ColumnChoice | undefined;
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
  const { documents, warnings } = await readCorpus(root, {
    ...(options.manifest ? { manifest: options.manifest } : {}),
    ...(options.columns ? { columns: options.columns } : {}),
    fs: progressFs(progress),
    policy: { followLinks: options.followLinks ?? false },
  });
  if (documents.length === 0) {
    const skipped = warnings.filter((w) => w.skipped).length;
    const why = skipped > 0 ? ` (${skipped} file${skipped === 1 ? '' : 's'} skipped)` : '';
    throw new Failure(
      `No articles in ${dir ?? root}${why}. newsx reads .txt, .md, .json, .jsonl, .html, .rss, .atom, .warc, .csv and .tsv files.`,
      warnings.map(describeWarning),
    );
  }
  const cache = options.noCache ? null : await openCorpusCache(root, documents);
  if (cache === null) return analyseCorpus(root, documents, warnings, progress);
  progress({ stage: 'cache', done: 0, total: null });
  // Per-article work once: only documents without a cached article are cleaned and read for metadata.
  const { articles: known, unused } = await cache.readArticles(documents);
  const failed: CorpusWarning[] = [];
  const built = buildArticles(documents, progress, (doc) => known.get(documentKey(doc)) ?? null, failed);
  const articles = corpusArticles(built);
  const all = failed.length === 0 ? warnings : [...warnings, ...failed];
  const allKnown = known.size === documents.length;
  if (!allKnown || unused > 0) {
    progress({ stage: 'saving', done: 0, total: null });
    // Stored before the sibling dates: those depend on the other articles.
    await cache.writeArticles(built, documents);
  }
  const cached = allKnown ? await cache.readAnalysis() : null;
  if (cached) return { root, articles, ...cached, warnings: all };
  const analysis = analyseArticles(articles, progress);
  // A document that failed analysis is not cached over: it is tried again (and warned of) on every run.
  if (failed.length > 0) return { root, articles, ...analysis, warnings: all };
  progress({ stage: 'saving', done: 0, total: null });
  await cache.writeAnalysis(analysis);
  return { root, articles, ...analysis, warnings };
}
