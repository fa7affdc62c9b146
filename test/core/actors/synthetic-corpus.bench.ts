/**
 * Speed of the actor stage on a synthetic corpus (default 10 MB of wire-style paragraphs with titles,
 * quotes, dash quotes and many distinct people). Run: npx tsx test/core/actors/synthetic-corpus.bench.ts
 * (BYTES=1000000 for a smaller run). Reports wall and CPU time: CPU time is the fairer figure on a busy machine.
 */
import { extractActors } from '../../../src/core/actors/index.js';
import { article } from './gold.js';
const first = ['Steve', 'Maria', 'Oleksandr', 'Kaja', 'Jean', 'Ahmed', 'Li', 'Sergei', 'Anna', 'Viktor'];
const last = ['Witkoff', 'Kallas', 'Syrsky', 'Dupont', 'Hassan', 'Wei', 'Lavrov', 'Nowak', 'Orban', 'Johnson'];
const places = ['Moscow', 'Kyiv', 'Brussels', 'Geneva', 'Warsaw', 'Cairo', 'Jeddah', 'Berlin'];
let seed = 7;
const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const pick = <T,>(xs: T[]) => xs[rnd(xs.length)]!;
// Many distinct surnames, spelled with letters (a person's name holds no digits): Witkoffak, Witkoffbl...
const tag = (n: number) => 'abcdefghij'[n % 10]! + 'klmno'[Math.floor(n / 10)]!;
function paragraph(): string {
  const a = `${pick(first)} ${pick(last)}${tag(rnd(50))}`; const b = `${pick(first)} ${pick(last)}${tag(rnd(50))}`;
  return [
    `US envoy ${a} met Russian Foreign Minister ${b} in ${pick(places)} on Tuesday, the State Department said.`,
    `“We narrowed the differences and the two sides are a lot closer today,” ${a.split(' ')[1]} said in an interview with CNN.`,
    `Earlier, ${b.split(' ')[1]} warned that the plan, which was drafted in ${pick(places)}, must reflect the “spirit and letter” of previous understandings.`,
    `– It will be a long process, ${b.split(' ')[1]} tells Reuters. The talks in ${pick(places)} continued for four hours and ended without agreement on the main issues.`,
  ].join(' ');
}
const articles = [];
let bytes = 0;
for (let i = 0; bytes < Number(process.env.BYTES ?? 10_000_000); i++) {
  const paras = Array.from({ length: 6 }, paragraph);
  bytes += paras.reduce((n, p) => n + p.length, 0);
  articles.push(article(`a${i}.txt`, paras, `Outlet ${i % 40}`));
}
const t0 = performance.now(); const c0 = process.cpuUsage();
const actors = extractActors(articles);
const s = (performance.now() - t0) / 1000; const cu = process.cpuUsage(c0); const cpu = (cu.user + cu.system) / 1e6;
console.log(`${articles.length} articles, ${(bytes / 1e6).toFixed(1)} MB, ${actors.length} actors, wall ${s.toFixed(2)} s (${(bytes / 1e6 / s).toFixed(1)} MB/s), cpu ${cpu.toFixed(2)} s (${(bytes / 1e6 / cpu).toFixed(1)} MB/s)`);
