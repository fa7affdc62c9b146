/**
 * CPU time of each actor stage, best of several runs, beside two baselines measured in the same run
 * (lower-casing the text, splitting it into sentences), so figures from a busy machine can be compared.
 * Corpora: the synthetic wire copy of synthetic-corpus.bench.ts and the bundled articles repeated to
 * the same size. Run: npx tsx test/core/actors/stages.bench.ts (BYTES=2000000 REPS=1 for a quick look).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { addCooccurrence, buildActors, sortByProminence } from '../../../src/core/actors/build.js';
import type { Candidate } from '../../../src/core/actors/candidate.js';
import { extractActors } from '../../../src/core/actors/index.js';
import { type Entity, mergeCandidates } from '../../../src/core/actors/merge.js';
import { attributeQuotes } from '../../../src/core/actors/quotes.js';
import { type ScannedArticle, scanArticle } from '../../../src/core/actors/scan.js';
import { buildArticle } from '../../../src/core/analyse.js';
import { sentencesOf } from '../../../src/core/text/article-sentences.js';
import { splitSentences } from '../../../src/core/text/sentences.js';
import type { Actor, Article } from '../../../src/core/types.js';
import { article } from './gold.js';

const BYTES = Number(process.env.BYTES ?? 10_000_000);
const REPS = Number(process.env.REPS ?? 3);
const bytesOf = (articles: readonly Article[]) => articles.reduce((n, a) => n + a.paragraphs.reduce((m, p) => m + p.length, 0), 0);

function synthetic(): Article[] {
  const first = ['Steve', 'Maria', 'Oleksandr', 'Kaja', 'Jean', 'Ahmed', 'Li', 'Sergei', 'Anna', 'Viktor'];
  const last = ['Witkoff', 'Kallas', 'Syrsky', 'Dupont', 'Hassan', 'Wei', 'Lavrov', 'Nowak', 'Orban', 'Johnson'];
  const places = ['Moscow', 'Kyiv', 'Brussels', 'Geneva', 'Warsaw', 'Cairo', 'Jeddah', 'Berlin'];
  let seed = 7;
  const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  const pick = <T,>(xs: T[]) => xs[rnd(xs.length)]!;
  // Many distinct surnames, spelled with letters (a person's name holds no digits): Witkoffak, Witkoffbl...
  const tag = (n: number) => 'abcdefghij'[n % 10]! + 'klmno'[Math.floor(n / 10)]!;
  const paragraph = () => {
    const a = `${pick(first)} ${pick(last)}${tag(rnd(50))}`;
    const b = `${pick(first)} ${pick(last)}${tag(rnd(50))}`;
    return [
      `US envoy ${a} met Russian Foreign Minister ${b} in ${pick(places)} on Tuesday, the State Department said.`,
      `“We narrowed the differences and the two sides are a lot closer today,” ${a.split(' ')[1]} said in an interview with CNN.`,
      `Earlier, ${b.split(' ')[1]} warned that the plan, which was drafted in ${pick(places)}, must reflect the “spirit and letter” of previous understandings.`,
      `– It will be a long process, ${b.split(' ')[1]} tells Reuters. The talks in ${pick(places)} continued for four hours and ended without agreement on the main issues.`,
    ].join(' ');
  };
  const articles: Article[] = [];
  for (let i = 0, bytes = 0; bytes < BYTES; i++) {
    const paragraphs = Array.from({ length: 6 }, paragraph);
    bytes += paragraphs.reduce((n, p) => n + p.length, 0);
    articles.push(article(`a${i}.txt`, paragraphs, `Outlet ${i % 40}`));
  }
  return articles;
}

const data = new URL('../../../data/', import.meta.url);
const bundled = readdirSync(data).filter((f) => f.endsWith('.txt')).map((f) => buildArticle({
  id: f, file: f, text: readFileSync(new URL(f, data), 'utf8'), fileFields: {}, manifestFields: {}, warnings: [], contentHash: f,
}));

function bundledRepeated(): Article[] {
  const out: Article[] = [];
  for (let r = 0; bytesOf(out) < BYTES; r++) for (const a of bundled) out.push({ ...a, id: `${a.id}#${r}`, paragraphs: [...a.paragraphs] });
  return out;
}

const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };

function stagesOnce(articles: Article[]): [string, number][] {
  const rows: [string, number][] = [];
  const time = (label: string, f: () => void) => { const c = cpu(); f(); rows.push([label, cpu() - c]); };
  time('baseline: lower-case the text', () => { for (const a of articles) for (const p of a.paragraphs) p.toLowerCase(); });
  time('baseline: splitSentences', () => { for (const a of articles) for (const p of a.paragraphs) splitSentences(p); });
  time('sentencesOf (shared cache)', () => { for (const a of articles) sentencesOf(a); });
  const lowerSeen = new Set<string>();
  const scanned = new Map<string, ScannedArticle>();
  const candidates: Candidate[] = [];
  let entities: Entity[] = [];
  let actors: Actor[] = [];
  time('scan', () => {
    for (const a of articles) {
      const s = scanArticle(a, lowerSeen);
      scanned.set(a.id, s);
      for (const c of s.candidates) candidates.push(c);
    }
  });
  time('merge', () => { entities = mergeCandidates(candidates, lowerSeen); });
  time('build', () => { actors = buildActors(entities, scanned); });
  time('quotes', () => attributeQuotes(actors, entities, scanned));
  time('co-occurrence and sort', () => { addCooccurrence(actors); sortByProminence(actors, articles); });
  return rows;
}

for (const [name, make] of [['synthetic', synthetic], ['bundled repeated', bundledRepeated]] as const) {
  const best = new Map<string, number>();
  let mb = 0;
  for (let r = 0; r < REPS; r++) {
    const articles = make();
    mb = bytesOf(articles) / 1e6;
    for (const [label, s] of stagesOnce(articles)) best.set(label, Math.min(best.get(label) ?? Infinity, s));
    const fresh = make();
    const c = cpu();
    extractActors(fresh);
    best.set('extractActors (fresh, with splitting)', Math.min(best.get('extractActors (fresh, with splitting)') ?? Infinity, cpu() - c));
  }
  console.log(`${name}: ${mb.toFixed(1)} MB, CPU seconds, best of ${REPS}`);
  for (const [label, s] of best) console.log(`  ${label.padEnd(40)} ${s.toFixed(2)} s  ${(mb / s).toFixed(1)} MB/s`);
}
