/**
 * Analysis figures, from the built CLI as a user runs it: cold throughput (MB of text a second, whole
 * process), re-opening from the cache against the cold run, peak RSS (`/usr/bin/time -f %M`) against
 * the corpus's bytes, the cache's bytes on disk against the corpus's, adding one file to the analysed
 * corpus against re-opening it, and re-opening the explorer to its first frame against a minimal Ink
 * app. Each size gets a fresh cache folder.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { atLeast, atMost, mb, mbps, ms, type Figure } from './figures.js';
import { timeProcess, type ProcessRun } from './timing.js';
import type { WrittenCorpus } from './corpus.js';

/** The budget: 2 MB of text a second (docs/DESIGN.md §6). */
export const THROUGHPUT_BUDGET = 2;

interface Run extends ProcessRun {
  peakKb: number | null;
}

/** Runs `newsx stories DIR` under /usr/bin/time; the wall time, exit and peak RSS. */
async function runStories(root: string, dir: string, cacheHome: string, timeoutMs: number): Promise<Run> {
  const run = await timeProcess('/usr/bin/time', ['-f', 'peak-rss-kb %M', 'node', join(root, 'dist', 'newsx.js'), 'stories', dir], {
    env: { ...process.env, XDG_CACHE_HOME: cacheHome }, timeoutMs,
  });
  const peak = /peak-rss-kb (\d+)/.exec(run.stderr);
  return { ...run, peakKb: peak ? Number(peak[1]) : null };
}

/** Bytes of the files in a folder (the cache folder is flat). */
function folderBytes(dir: string): number {
  try {
    return readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
  } catch {
    return 0;
  }
}

/** Adds one article to a written corpus as a file of its own (a copy of its first with a new title); returns its path. */
function addOneFile(corpus: WrittenCorpus): string {
  const first = readdirSync(corpus.dir).sort()[0]!;
  const text = readFileSync(join(corpus.dir, first), 'utf8');
  if (!first.endsWith('.jsonl')) {
    const file = join(corpus.dir, 'added-one.txt');
    writeFileSync(file, `Added: ${text}`);
    return file;
  }
  const record = JSON.parse(text.split('\n')[0]!) as { title: string };
  const file = join(corpus.dir, 'added-one.jsonl');
  writeFileSync(file, JSON.stringify({ ...record, title: `Added: ${record.title}` }) + '\n');
  return file;
}

/** What the explorer figure compares with: the minimal Ink app's start-up, measured in the same run. */
export interface ExplorerBaseline {
  /** Median milliseconds of the minimal app to its first frame. */
  minimalMs: number;
  /** Time to the explorer's first frame for a command line, in a pseudo-terminal. */
  timeToFrame: (command: string, env: NodeJS.ProcessEnv) => Promise<number | null>;
}

/** Re-opening the explorer on an analysed corpus to its first frame: ≤ 10 × the minimal app, and ≤ `limitMs`. */
async function explorerReopenFigure(root: string, corpus: WrittenCorpus, cacheHome: string, name: string, baseline: ExplorerBaseline, limitMs: number): Promise<Figure> {
  const env = { ...process.env, XDG_CACHE_HOME: cacheHome, CI: 'false', FORCE_COLOR: '0' };
  const took = await baseline.timeToFrame(`node ${join(root, 'dist', 'newsx.js')} ${corpus.dir}`, env);
  const figure = atMost(`re-open explorer to first frame, ${name}`, took ?? Infinity, baseline.minimalMs, 10, '× minimal Ink app', ms);
  if (took === null) return { ...figure, met: false, measured: 'no frame' };
  return { ...figure, met: figure.met && took <= limitMs, budget: `≤ 10 and ≤ ${ms(limitMs)}` };
}

/** Cold, re-open, incremental, disk and memory figures for one written corpus. */
export async function analysisFigures(root: string, corpus: WrittenCorpus, tmp: string, label: string, timeoutMs: number, explorer?: ExplorerBaseline): Promise<Figure[]> {
  const cacheHome = mkdtempSync(join(tmp, 'cache-'));
  const cold = await runStories(root, corpus.dir, cacheHome, timeoutMs);
  const name = `${label} (${mb(corpus.bytes)})`;
  if (cold.timedOut || cold.code !== 0) {
    // A run stopped at the time limit bounds the throughput from above; a crash (out of memory) gives none.
    const bound = cold.timedOut ? corpus.bytes / 1e6 / (cold.ms / 1000) : 0;
    const reason = /heap out of memory/.test(cold.stderr) ? 'out of memory' : cold.stderr.trim().split('\n')[0]?.slice(0, 80) ?? '';
    const why = cold.timedOut ? `< ${mbps(bound)}, stopped after ${ms(cold.ms)}` : `failed after ${ms(cold.ms)} (exit ${cold.code}: ${reason})`;
    const figures: Figure[] = [{ ...atLeast(`cold analysis, ${name}`, bound, THROUGHPUT_BUDGET, 1, '× 2 MB/s', mbps), met: false, measured: why }];
    if (cold.peakKb !== null) figures.push({ ...atMost(`peak RSS, cold, ${name}`, cold.peakKb * 1024, corpus.bytes, 3, '× corpus bytes', mb), measured: `≥ ${mb(cold.peakKb * 1024)} (run cut short)` });
    return figures;
  }
  const reopen = await runStories(root, corpus.dir, cacheHome, timeoutMs);
  const throughput = corpus.bytes / 1e6 / (cold.ms / 1000);
  const figures = [
    { ...atLeast(`cold analysis, ${name}`, throughput, THROUGHPUT_BUDGET, 1, '× 2 MB/s', mbps), measured: `${mbps(throughput)} (${ms(cold.ms)})` },
    atMost(`re-open from cache, ${name}`, reopen.ms, cold.ms, 0.1, '× cold', ms),
  ];
  if (cold.peakKb !== null) figures.push(atMost(`peak RSS, cold, ${name}`, cold.peakKb * 1024, corpus.bytes, 3, '× corpus bytes', mb));
  figures.push(atMost(`cache on disk, ${name}`, folderBytes(join(cacheHome, 'newsx')), corpus.bytes, 1, '× corpus bytes', mb));
  if (explorer) figures.push(await explorerReopenFigure(root, corpus, cacheHome, name, explorer, corpus.articles > 50_000 ? 5000 : 1000));
  const added = addOneFile(corpus);
  const incremental = await runStories(root, corpus.dir, cacheHome, timeoutMs);
  rmSync(added);
  figures.push(atMost(`add one file and re-open, ${name}`, incremental.ms, reopen.ms, 1.5, '× re-open', ms));
  return figures;
}
