/**
 * Analysis figures, from the built CLI as a user runs it: cold throughput (MB of text a second, whole
 * process), re-opening from the cache against the cold run, and peak RSS (`/usr/bin/time -f %M`)
 * against the corpus's bytes. Each size gets a fresh cache folder.
 */
import { mkdtempSync } from 'node:fs';
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

/** Cold, re-open and memory figures for one written corpus. */
export async function analysisFigures(root: string, corpus: WrittenCorpus, tmp: string, label: string, timeoutMs: number): Promise<Figure[]> {
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
  return figures;
}
