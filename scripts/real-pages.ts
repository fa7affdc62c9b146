// Rebuilds the real-page texts from saved search answers, then measures newsx on them against the gold.
//
//   npm run eval:real -- [--answers DIR] [--out DIR] [--split tuned|held-out|all]
//
// The texts are third-party pages, so they never enter the repo: test/real-pages/sources.json names each
// page (id, story, outlet, url, the query that found it, the answer file it came back in), and this
// script writes ID.txt for every page it finds in the answers folder. Without answers or texts it says
// so and exits 0, so a fresh clone can run it.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { evaluateRealPages, type RealPage, type Split } from '../test/real-pages/evaluate.js';

interface Source {
  id: string;
  story: string;
  outlet: string;
  url: string;
  query: string;
  answer: string;
  split: Split;
}

/** A saved answer: the search tool's JSON (results[]), or one result saved on its own (url, excerpt). */
interface SavedAnswer {
  query?: string;
  url?: string;
  excerpt?: string;
  results?: { url?: string; excerpt?: string }[];
}

const ROOT = new URL('..', import.meta.url).pathname;
const SOURCES: Source[] = JSON.parse(readFileSync(join(ROOT, 'test/real-pages/sources.json'), 'utf8'));

function option(name: string, fallback: string | undefined): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

const answersDir = option('answers', undefined);
const outDir = option('out', join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'newsx-real-pages'))!;
const split = (option('split', 'all') ?? 'all') as Split | 'all';

/** Every excerpt in the saved answers, by url (the last answer wins when two return the same page). */
function excerptsByUrl(dir: string): Map<string, string> {
  const byUrl = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    let answer: SavedAnswer;
    try {
      answer = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (error) {
      console.warn(`${file}: skipped, not JSON (${(error as Error).message})`);
      continue;
    }
    for (const r of answer.results ?? [answer]) if (r.url && typeof r.excerpt === 'string') byUrl.set(r.url, r.excerpt);
  }
  return byUrl;
}

if (answersDir) {
  if (!existsSync(answersDir)) {
    console.error(`--answers ${answersDir}: no such folder`);
    process.exit(2);
  }
  const byUrl = excerptsByUrl(answersDir);
  mkdirSync(outDir, { recursive: true });
  let written = 0;
  for (const s of SOURCES) {
    const text = byUrl.get(s.url);
    if (text === undefined) console.warn(`${s.id}: not in the answers (${s.url})`);
    else {
      writeFileSync(join(outDir, `${s.id}.txt`), text);
      written++;
    }
  }
  console.log(`wrote ${written} of ${SOURCES.length} pages to ${outDir}`);
}

const pages: RealPage[] = SOURCES.filter((s) => existsSync(join(outDir, `${s.id}.txt`))).map((s) => ({
  id: s.id,
  story: s.story,
  split: s.split,
  text: readFileSync(join(outDir, `${s.id}.txt`), 'utf8'),
}));
if (pages.length === 0) {
  console.log(`no real-page texts in ${outDir}: skipped (rebuild them with --answers DIR)`);
  process.exit(0);
}
const gold = JSON.parse(readFileSync(join(ROOT, 'test/real-pages/gold-dates.json'), 'utf8'));
const splits: (Split | 'all')[] = split === 'all' ? ['tuned', 'held-out', 'all'] : [split];
for (const which of splits) {
  const chosen = which === 'all' ? pages : pages.filter((p) => p.split === which);
  console.log(`\n== ${which}: ${chosen.length} pages ==`);
  for (const line of evaluateRealPages(chosen, gold, process.argv.includes('--verbose'))) console.log(line);
}
