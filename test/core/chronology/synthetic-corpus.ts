/**
 * A synthetic corpus for measuring the chronology: articles of ~4 KB mixing the bundled corpus's
 * sentences with generated reports of many dated events by many actors, published over two years, so
 * merging meets both repeats and near misses.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Actor, Article } from '../../../src/core/types.js';
import { actor, article } from './fixtures.js';

const DATA = join(import.meta.dirname, '../../../data');

let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

const FIRST = ['Anna', 'Boris', 'Carla', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hassan', 'Irina', 'Jonas', 'Kemal', 'Lena', 'Marek', 'Nadia', 'Omar', 'Petra'];
const LAST = ['Kovacs', 'Novak', 'Petrov', 'Schmidt', 'Haddad', 'Lindqvist', 'Moreau', 'Rossi', 'Tanaka', 'Okafor', 'Silva', 'Weber', 'Ivanova', 'Brandt'];
const PLACES = ['Geneva', 'Riyadh', 'Istanbul', 'Vienna', 'Warsaw', 'Kyiv', 'Moscow', 'Paris', 'Berlin', 'Ankara', 'Doha', 'Oslo'];
const ORGS = ['the Interior Ministry', 'the Central Bank', 'the Supreme Court', 'the Election Commission', 'the Red Cross'];
const WHEN = ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'on Saturday', 'last Thursday', 'earlier this week',
  'last week', 'yesterday', 'last night', 'in August', 'in March last year', 'on 12 June', 'on November 3', 'two days earlier', 'in 2021'];
const VERBS = ['met', 'held talks with', 'spoke by phone with', 'criticised', 'signed an agreement with', 'visited'];
const FILLER = ['Analysts said the outcome remained uncertain and that much depended on the coming negotiations.',
  'The statement gave no further details about the proposals under discussion.',
  'Officials declined to comment on the reports, citing the sensitivity of the talks.',
  'Critics argued that the plan ignored the concerns of smaller member states.',
  'The figures have not been independently verified by international observers.'];

const people = Array.from({ length: 200 }, (_, i) => `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`);
const actors: Actor[] = [
  ...people.map((n) => actor(n, 'person', [n.split(' ')[1]!])),
  ...PLACES.map((p) => actor(p, 'place')),
  ...ORGS.map((o) => actor(o.replace(/^the /, ''), 'organization')),
];

const bundled = readdirSync(DATA).filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(join(DATA, f), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.length > 40));

function report(): string {
  const a = pick(people);
  const b = pick(people);
  return `${a} ${pick(VERBS)} ${b} in ${pick(PLACES)} ${pick(WHEN)}, ${pick(ORGS)} said.`;
}

/**
 * The bundled articles repeated to about `targetBytes`, each copy published on another day: news at its
 * real density of dates (the synthetic mix below is far denser).
 */
export function repeatedBundledCorpus(targetBytes: number): { articles: Article[]; actors: Actor[]; bytes: number } {
  const files = readdirSync(DATA).filter((f) => f.endsWith('.txt')).sort();
  const texts = files.map((f) => readFileSync(join(DATA, f), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean));
  const articles: Article[] = [];
  let bytes = 0;
  const day0 = Date.UTC(2024, 0, 1);
  for (let i = 0; bytes < targetBytes; i++) {
    const paragraphs = texts[i % texts.length]!;
    const published = new Date(day0 + ((i * 7919) % 730) * 86_400_000).toISOString().slice(0, 10);
    articles.push(article(`copy/${i}.txt`, `Outlet ${i % 37}`, published, paragraphs));
    bytes += paragraphs.reduce((n, p) => n + p.length + 1, 0);
  }
  return { articles, actors, bytes };
}

/** A synthetic corpus of about `targetBytes` of text, and actors for it. Deterministic (fixed seed). */
export function syntheticCorpus(targetBytes: number): { articles: Article[]; actors: Actor[]; bytes: number } {
  seed = 42;
  const articles: Article[] = [];
  let bytes = 0;
  const day0 = Date.UTC(2024, 0, 1);
  while (bytes < targetBytes) {
  const paragraphs: string[] = [];
  let size = 0;
  while (size < 4000) {
    const r = rand();
    const p = r < 0.35 ? report() : r < 0.7 ? pick(bundled) : `${pick(FILLER)} ${pick(FILLER)}`;
    paragraphs.push(p);
    size += p.length + 1;
  }
  const published = new Date(day0 + Math.floor(rand() * 730) * 86_400_000).toISOString().slice(0, 10);
  articles.push(article(`synthetic/${articles.length}.txt`, `Outlet ${articles.length % 37}`, published, paragraphs));
  bytes += size;
  }
  return { articles, actors, bytes };
}

