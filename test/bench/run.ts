/**
 * `npm run bench`: the performance budgets of docs/DESIGN.md §6, measured in one run, each as a ratio
 * against a baseline measured in the same run. `--quick` stops at 10k articles (and analyses 1k);
 * `--json` ends the output with one JSON line of the figures.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { analysisFigures } from './analysis-bench.js';
import { writeJsonlCorpus, writeTxtCorpus } from './corpus.js';
import { displayCorpus } from './display-corpus.js';
import { figuresTable, type Figure } from './figures.js';
import { ensureFzf, filterFigure } from './filter-bench.js';
import { minimalAppBaseline, startupFigure } from './startup-bench.js';

// Ink reads these when it is first imported: frames must be drawn, in colour, so a moved selection is a new frame.
process.env.CI = 'false';
process.env.FORCE_COLOR = '1';
// React as the bundle runs it: the development build times and checks every render.
process.env.NODE_ENV = 'production';
delete process.env.NO_COLOR;

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const json = args.includes('--json');
const root = join(import.meta.dirname, '..', '..');
const uiSizes = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
const analysisSizes = quick ? [1_000] : [1_000, 10_000, 100_000];
const analysisTimeoutMs = Number(process.env.NEWSX_BENCH_ANALYSIS_TIMEOUT ?? (quick ? 60 : 900)) * 1000;
const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

async function main(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'newsx-bench-'));
  const figures: Figure[] = [];
  try {
    const { CorpusIndex } = await import('../../src/ui/corpus-index.js');
    const { frameFigures } = await import('./frame-bench.js');
    const hasFzf = ensureFzf(log);
    for (const size of uiSizes) {
      log(`explorer at ${size} articles`);
      const corpus = displayCorpus(size);
      const index = new CorpusIndex(corpus);
      if (hasFzf) figures.push(await filterFigure(corpus, index, tmp));
      figures.push(...(await frameFigures(corpus)));
    }
    if (!hasFzf) log('fzf could not be installed: the filter figures are missing (apt-get install -y fzf).');
    log('start-up');
    figures.push(await startupFigure(root, tmp, quick ? 5 : 9));
    const explorer = await minimalAppBaseline(root, tmp, quick ? 3 : 5);
    log('analysis of 1,000 .txt files');
    figures.push(...(await analysisFigures(root, writeTxtCorpus(join(tmp, 'txt-1k'), 1_000), tmp, '1,000 .txt files', analysisTimeoutMs)));
    for (const size of analysisSizes) {
      log(`analysis of ${size} articles in .jsonl`);
      const written = writeJsonlCorpus(join(tmp, `jsonl-${size}`), size);
      figures.push(...(await analysisFigures(root, written, tmp, `${size.toLocaleString('en')} articles`, analysisTimeoutMs, explorer)));
      rmSync(written.dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}, ${process.platform}`;
  process.stdout.write(`${figuresTable(figures)}\n\nmachine: ${machine}\n`);
  const missed = figures.filter((f) => !f.met).length;
  process.stdout.write(missed ? `${missed} of ${figures.length} budgets missed\n` : `every budget met (${figures.length})\n`);
  if (json) process.stdout.write(JSON.stringify({ figures: figures.map(({ name, value, unit, budget, met }) => ({ name, value, unit, budget, met })), machine }) + '\n');
}

await main();
