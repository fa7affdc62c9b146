/**
 * Filter speed per keystroke: a six-letter query typed a letter at a time into the Articles filter
 * (title, outlet, date and actors, through CorpusIndex as the explorer calls it), against
 * `fzf --filter` run as a whole process over the same lines, one process per keystroke.
 */
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Corpus } from '../../src/core/types.js';
import { CorpusIndex } from '../../src/ui/corpus-index.js';
import { atMost, ms, type Figure } from './figures.js';
import { median, now, timeProcess } from './timing.js';

/** The query typed; it names a topic in some titles and is a subsequence of many more. */
export const TYPED_QUERY = 'summit';

/** Installs fzf with apt-get when it is missing (root only); true when fzf can run. */
export function ensureFzf(log: (line: string) => void): boolean {
  if (spawnSync('fzf', ['--version']).status === 0) return true;
  log('fzf is missing: installing it with apt-get (as root); otherwise run `apt-get install -y fzf` yourself.');
  spawnSync('apt-get', ['install', '-y', 'fzf'], { stdio: 'ignore' });
  return spawnSync('fzf', ['--version']).status === 0;
}

/** The lines fzf reads: what the Articles filter searches, one article a line. */
function fzfLines(corpus: Corpus, index: CorpusIndex): string {
  return corpus.articles.map((a) => [a.title, a.outlet ?? '', a.via ?? '', a.published ?? '', ...(index.actorsOfArticle.get(a.id) ?? [])].join('\t')).join('\n') + '\n';
}

/** Per-keystroke times (ms) of typing the query into the Articles filter, one round. */
function typeIntoFilter(index: CorpusIndex, query: string): number[] {
  const times: number[] = [];
  for (let i = 1; i <= query.length; i++) {
    const start = now();
    index.rowIds('articles', query.slice(0, i));
    times.push(now() - start);
  }
  index.rowIds('articles', '');
  return times;
}

/** Per-keystroke whole-process times (ms) of fzf --filter for each prefix of the query. */
async function fzfKeystrokes(linesFile: string, query: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 1; i <= query.length; i++) {
    const fd = openSync(linesFile, 'r');
    const run = await timeProcess('fzf', ['--filter', query.slice(0, i)], { stdin: fd });
    closeSync(fd);
    times.push(run.ms);
  }
  return times;
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/** The filter figure at one corpus size: our mean keystroke against fzf's, medians of a few rounds. */
export async function filterFigure(corpus: Corpus, index: CorpusIndex, tmp: string, rounds = 3): Promise<Figure> {
  const linesFile = join(tmp, `fzf-${corpus.articles.length}.txt`);
  writeFileSync(linesFile, fzfLines(corpus, index));
  const ours: number[][] = [];
  const theirs: number[][] = [];
  for (let r = 0; r < rounds; r++) {
    ours.push(typeIntoFilter(index, TYPED_QUERY));
    theirs.push(await fzfKeystrokes(linesFile, TYPED_QUERY));
  }
  const oursMean = median(ours.map(mean));
  const fzfMean = median(theirs.map(mean));
  const worst = Math.max(...ours.map((t) => Math.max(...t)));
  const figure = atMost(`filter keystroke, ${corpus.articles.length.toLocaleString('en')} articles`, oursMean, fzfMean, 1, '× fzf --filter', ms);
  return { ...figure, measured: `${ms(oursMean)} (worst ${ms(worst)})` };
}
