/**
 * Seeded synthetic corpora for the bench: articles of about 4 KB from many outlets, over two years, that
 * name people, organisations and places, quote them and date events in news style. Written as .jsonl
 * files of 1000 records (the shape a large archive comes in) and, for the small size, as .txt scrapes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../support/random.js';

/** A deterministic random source, so every run measures the same corpus (shared with the fuzz tests). */
export const seeded = seededRandom;

const FIRST = ['Anna', 'Boris', 'Carla', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hassan', 'Irina', 'Jonas', 'Kemal', 'Lena', 'Marek',
  'Nadia', 'Omar', 'Petra', 'Rafael', 'Sofia', 'Tomas', 'Ursula', 'Viktor', 'Wanda', 'Yusuf', 'Zofia', 'Amir', 'Beatriz', 'Chen',
  'Daniela', 'Emeka', 'Fatima', 'Gustavo', 'Hiroshi', 'Ingrid', 'Javier', 'Katarina', 'Luis', 'Mariam', 'Nikolai', 'Olga', 'Pablo'];
const LAST = ['Kovacs', 'Novak', 'Petrov', 'Schmidt', 'Haddad', 'Lindqvist', 'Moreau', 'Rossi', 'Tanaka', 'Okafor', 'Silva', 'Weber',
  'Ivanova', 'Brandt', 'Alvarez', 'Bergstrom', 'Castillo', 'Demir', 'Eriksen', 'Fischer', 'Galli', 'Horvath', 'Iqbal', 'Jansen',
  'Kaplan', 'Lopez', 'Mendes', 'Nilsson', 'Osei', 'Pereira', 'Quinn', 'Richter', 'Sato', 'Toivonen', 'Usman', 'Varga', 'Wolff'];
const TITLES = ['President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'spokesperson', 'envoy', 'senator', 'governor',
  'mayor', 'central bank governor', 'opposition leader', 'Finance Minister'];
const PLACES = ['Geneva', 'Riyadh', 'Istanbul', 'Vienna', 'Warsaw', 'Kyiv', 'Moscow', 'Paris', 'Berlin', 'Ankara', 'Doha', 'Oslo',
  'Cairo', 'Nairobi', 'Lagos', 'Jakarta', 'Manila', 'Lima', 'Bogota', 'Santiago', 'Madrid', 'Rome', 'Athens', 'Budapest', 'Prague'];
const ORGS = ['Interior Ministry', 'Central Bank', 'Supreme Court', 'Election Commission', 'Red Cross', 'World Bank', 'United Nations',
  'European Commission', 'Energy Agency', 'Health Ministry', 'Port Authority', 'Trade Council', 'Press Association'];
const OUTLET_WORDS = ['Daily', 'Evening', 'Morning', 'National', 'Global', 'City', 'Coastal', 'Northern', 'Free', 'Weekly'];
const OUTLET_NOUNS = ['Herald', 'Gazette', 'Tribune', 'Courier', 'Observer', 'Post', 'Chronicle', 'Times', 'Monitor', 'Dispatch', 'Wire', 'Journal'];
const TOPICS = ['summit', 'ceasefire', 'budget', 'election', 'drought', 'harbour', 'pipeline', 'tariffs', 'strike', 'vaccine',
  'bridge', 'grain', 'refugees', 'uranium', 'railway', 'floods', 'pension', 'border', 'satellite', 'wildfire'];
const HEADLINE = ['{T} talks stall in {P} as {N} digs in', '{N} says {T} deal is close', '{O} warns over {T} plans',
  'Crowds gather in {P} after {T} vote', '{T}: what we know so far', '{N} and {M} meet in {P} on {T}',
  'Inside the {T} negotiations in {P}', '{O} rejects {T} proposal', 'Live: {T} latest from {P}', '{T} row deepens as {N} quits'];
const WHEN = ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'on Saturday', 'last Thursday',
  'earlier this week', 'last week', 'yesterday', 'in August', 'in March last year', 'on 12 June', 'on November 3', 'in 2021',
  'two days earlier', 'next Tuesday'];
const VERBS = ['met', 'held talks with', 'spoke by phone with', 'criticised', 'signed an agreement with', 'visited', 'praised'];
const FILLER = ['Analysts said the outcome remained uncertain and that much depended on the coming negotiations.',
  'The statement gave no further details about the proposals under discussion.',
  'Officials declined to comment on the reports, citing the sensitivity of the talks.',
  'Critics argued that the plan ignored the concerns of smaller member states.',
  'The figures have not been independently verified by international observers.',
  'Markets reacted calmly, with the currency little changed by the close of trading.',
  'Residents interviewed on the streets were divided over what the announcement meant for them.',
  'The ministry published a summary of the measures but not the full text of the decree.'];
const QUOTES = ['We will not accept any agreement that ignores our security', 'This is a good day for the region',
  'The numbers speak for themselves', 'Nobody should be surprised by this outcome', 'We are ready to talk at any time',
  'There is still a great deal of work to do', 'The people deserve better than empty promises'];
const FURNITURE = ['Share this article', 'Related Posts', 'Sign up for our newsletter', 'Leave a comment', 'Read more:'];

/** One synthetic article: its fields, and its text of about 4 KB. */
export interface SyntheticArticle {
  title: string;
  outlet: string;
  published: string;
  url: string;
  text: string;
  /** The people it names, lead first; kept off disk, for the bench's stand-in analysis. */
  cast: string[];
  place: string;
  organisation: string;
  topic: string;
}

const people = FIRST.flatMap((f) => LAST.map((l) => `${f} ${l}`));
const outlets = OUTLET_WORDS.flatMap((w) => OUTLET_NOUNS.map((n) => `The ${w} ${n}`));

/** Makes the `index`th article of a corpus (seeded by corpus and index, so sizes share a prefix). */
export function syntheticArticle(rand: () => number, index: number): SyntheticArticle {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const cast = Array.from({ length: 4 }, () => pick(people));
  const topic = pick(TOPICS);
  const place = pick(PLACES);
  const org = pick(ORGS);
  const outlet = pick(outlets);
  const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(rand() * 730) * 86_400_000);
  const published = day.toISOString().slice(0, 10);
  const title = pick(HEADLINE).replace('{T}', topic[0]!.toUpperCase() + topic.slice(1)).replace('{T}', topic)
    .replace('{P}', place).replace('{N}', cast[0]!).replace('{M}', cast[1]!).replace('{O}', `the ${org}`);
  const paragraphs: string[] = [];
  let size = 0;
  const add = (p: string) => { paragraphs.push(p); size += p.length + 2; };
  add(`${place.toUpperCase()} (${outlet.replace(/^The /, '')}) — ${pick(TITLES)} ${cast[0]} ${pick(VERBS)} ${cast[1]} in ${place} ${pick(WHEN)} about the ${topic}, the ${org} said.`);
  while (size < 3900) {
    const r = rand();
    const a = pick(cast);
    const b = pick(cast);
    if (r < 0.3) add(`${a} ${pick(VERBS)} ${b} in ${pick(PLACES)} ${pick(WHEN)}, according to the ${pick(ORGS)}. ${pick(FILLER)}`);
    else if (r < 0.5) add(`"${pick(QUOTES)}," ${a.split(' ')[1]} said ${pick(WHEN)}. ${pick(FILLER)}`);
    else if (r < 0.65) add(`The ${topic} has cost ${Math.floor(rand() * 900 + 10)} million dollars so far, and ${Math.floor(rand() * 90 + 5)} percent of those asked in ${place} oppose it, ${pick(TITLES)} ${b} told reporters.`);
    else if (r < 0.7) add(pick(FURNITURE));
    else add(`${pick(FILLER)} ${pick(FILLER)} ${pick(FILLER)}`);
  }
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const host = outlet.toLowerCase().replace(/^the /, '').replace(/\s+/g, '');
  return { title, outlet, published, url: `https://${host}.example/${published.replace(/-/g, '/')}/${slug}-${index}`, text: paragraphs.join('\n\n'), cast, place, organisation: org, topic };
}

/** A corpus written to disk: its folder, how many articles and how many bytes of text. */
export interface WrittenCorpus {
  dir: string;
  articles: number;
  bytes: number;
}

/** The seed of the .jsonl corpora (the stand-in analysis regenerates the same articles from it). */
export const JSONL_SEED = 7;

/** Writes `count` articles as .jsonl files of 1000 records each into `dir`. */
export function writeJsonlCorpus(dir: string, count: number, seed = JSONL_SEED): WrittenCorpus {
  mkdirSync(dir, { recursive: true });
  const rand = seeded(seed);
  let bytes = 0;
  for (let file = 0; file * 1000 < count; file++) {
    const lines: string[] = [];
    for (let i = file * 1000; i < Math.min(count, (file + 1) * 1000); i++) {
      const { title, outlet, published, url, text } = syntheticArticle(rand, i);
      const line = JSON.stringify({ title, outlet, published, url, text });
      bytes += Buffer.byteLength(line) + 1;
      lines.push(line);
    }
    writeFileSync(join(dir, `archive-${String(file).padStart(4, '0')}.jsonl`), lines.join('\n') + '\n');
  }
  return { dir, articles: count, bytes };
}

/** Writes `count` articles as raw .txt scrapes (headline, outlet, date, then the text), one per file. */
export function writeTxtCorpus(dir: string, count: number, seed = 11): WrittenCorpus {
  mkdirSync(dir, { recursive: true });
  const rand = seeded(seed);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const a = syntheticArticle(rand, i);
    const text = `${a.outlet}\n\n${a.title}\n\n${a.published}\n\n${a.text}\n\n© ${a.published.slice(0, 4)} ${a.outlet}. All rights reserved.\n`;
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `${String(i).padStart(5, '0')}.txt`), text);
  }
  return { dir, articles: count, bytes };
}
