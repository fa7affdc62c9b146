/**
 * `npm run bench:extract -- DIR`: scores newsx's HTML extraction on the article-extraction benchmark's
 * development half (Zyte/Scrapinghub, MIT: `html/ID.html.gz`, `ground-truth.json`, `evaluate.py`).
 * Works on a copy in a temp dir, writes `output/newsx.json`, runs the benchmark's own `evaluate.py`,
 * and prints newsx's F1/precision/recall beside the extractors already there, then pages per second
 * of newsx beside Mozilla Readability (over linkedom) on the same pages, one core.
 * `--worst N` lists the N pages newsx scores worst on; `--no-readability` skips the speed comparison.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeHtmlBytes, extractHtmlArticle } from '../../src/corpus/html/index.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const valueOf = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const source = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--worst') ?? process.env.NEWSX_EXTRACTION_BENCH;
if (!source) {
  console.error('usage: npm run bench:extract -- DIR   (or NEWSX_EXTRACTION_BENCH=DIR)\n  DIR: the article-extraction benchmark folder (html/, ground-truth.json, evaluate.py)');
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'newsx-extract-'));
try {
  cpSync(resolve(source), work, { recursive: true });
  chmodSync(work, 0o755);
  chmodSync(join(work, 'output'), 0o755);
  const pages = readdirSync(join(work, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => ({ id: f.replace(/\.html\.gz$/, ''), html: decodeHtmlBytes(new Uint8Array(gunzipSync(readFileSync(join(work, 'html', f))))) }));

  const output: Record<string, { articleBody: string }> = {};
  const rounds = 3;
  const newsxRate = rate(pages.length * rounds, () => {
    for (let round = 0; round < rounds; round++) {
      for (const page of pages) output[page.id] = { articleBody: extractHtmlArticle(page.html).text };
    }
  });
  writeFileSync(join(work, 'output', 'newsx.json'), JSON.stringify(output));

  const scores = execFileSync('python3', ['evaluate.py', '--n-bootstrap', '200', '--output', 'scores.json'], { cwd: work, encoding: 'utf8' });
  console.log(scores.trimEnd());

  let readabilityRate: Rate | undefined;
  if (!flag('--no-readability')) {
    const { parseHTML } = await import('linkedom');
    const { Readability } = await import('@mozilla/readability');
    readabilityRate = rate(pages.length, () => {
      for (const page of pages) {
        const { document } = parseHTML(page.html);
        new Readability(document as unknown as Document).parse();
      }
    });
  }
  const show = (r: Rate) => `${r.perCpuSecond.toFixed(0)} per CPU second (${r.perWallSecond.toFixed(0)} per wall-clock second)`;
  console.log(`\npages/second on one core (${pages.length} pages, first run included):\n  newsx        ${show(newsxRate)}`);
  if (readabilityRate) console.log(`  Readability  ${show(readabilityRate)}  (0.6, over linkedom)`);

  const worst = Number(valueOf('--worst') ?? 0);
  if (worst > 0) {
    const truth = JSON.parse(readFileSync(join(work, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url?: string }>;
    const rows = pages.map((page) => ({ id: page.id, url: truth[page.id]?.url ?? '', ...shingleScore(truth[page.id]?.articleBody ?? '', output[page.id]!.articleBody) }));
    rows.sort((a, b) => a.f1 - b.f1);
    console.log(`\nworst ${worst} pages (F1 precision recall):`);
    for (const row of rows.slice(0, worst)) console.log(`${row.f1.toFixed(3)} ${row.precision.toFixed(3)} ${row.recall.toFixed(3)}  ${row.id.slice(0, 12)}  ${row.url}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

interface Rate {
  perCpuSecond: number;
  perWallSecond: number;
}

/** Pages per second of `work`, by this process's CPU time (steady on a busy machine) and by the clock. */
function rate(count: number, work: () => void): Rate {
  const cpu = process.cpuUsage();
  const started = performance.now();
  work();
  const wall = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { perCpuSecond: count / ((used.user + used.system) / 1e6), perWallSecond: count / wall };
}

/** The benchmark's per-page measure (4-word shingles), for listing the worst pages. */
function shingleScore(truth: string, predicted: string): { f1: number; precision: number; recall: number } {
  const shingles = (text: string) => {
    const tokens = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
    const counts = new Map<string, number>();
    for (let i = 0; i < Math.max(1, tokens.length - 3); i++) {
      const shingle = tokens.slice(i, i + 4).join(' ');
      if (shingle) counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
    }
    return counts;
  };
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const k of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(k) ?? 0;
    const b = p.get(k) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  return { f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0, precision, recall };
}
