/**
 * Actors on real pages: people precision and recall, kind accuracy per category, spelling variants
 * merged and distinct people kept apart, against the hand-checked facts in gold-actors.json.
 *
 * The page texts are not in the repo (third-party text): each is the stored-page excerpt named in
 * sources-actors.json, saved as DIR/texts/ID.txt. Run:
 *   REAL_PAGES=DIR npx tsx test/real-pages/eval-actors.ts [--verbose] [--json]
 * Pages marked heldOut were set aside before tuning; each set is analysed as its own corpus, so
 * corpus-wide evidence never leaks from the tuned pages into the held-out figures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractActors } from '../../src/core/actors/index.js';
import { buildArticle } from '../../src/core/analyse.js';
import type { Actor, ActorKind } from '../../src/core/types.js';

interface Source { id: string; story: string; outlet: string; url: string; query: string; heldOut: boolean }
interface PageGold { people: string[][]; organizations: string[][]; places: string[][]; notPeople: string[] }
interface Gold { pages: Record<string, PageGold>; merges: { name: string; spellings: string[] }[]; distinct: [string, string][] }

const here = new URL('.', import.meta.url);
const sources = (JSON.parse(readFileSync(new URL('sources-actors.json', here), 'utf8')) as { pages: Source[] }).pages;
const gold = JSON.parse(readFileSync(new URL('gold-actors.json', here), 'utf8')) as Gold;
const dir = process.env.REAL_PAGES ?? new URL('../../.real-pages', here).pathname;
const verbose = process.argv.includes('--verbose');
const asJson = process.argv.includes('--json');

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").replace(/[.,]+$/, '')
  .replace(/\s+/g, ' ').toLowerCase().trim();

const missingTexts = sources.filter((s) => !existsSync(join(dir, 'texts', `${s.id}.txt`)));
if (missingTexts.length === sources.length) {
  console.log(`eval-actors: skipped, no page texts under ${join(dir, 'texts')} (set REAL_PAGES to the folder that holds texts/ID.txt)`);
  process.exit(0);
}
if (missingTexts.length > 0) console.log(`eval-actors: ${missingTexts.length} page texts missing, scored without them: ${missingTexts.map((s) => s.id).join(', ')}`);

interface Tally { correct: number; wrongKind: number; missed: number; detail: string[] }
const tally = (): Tally => ({ correct: 0, wrongKind: 0, missed: 0, detail: [] });

function evaluate(pages: Source[]) {
  const texts = new Map(pages.map((p) => [p.id, readFileSync(join(dir, 'texts', `${p.id}.txt`), 'utf8')]));
  const articles = pages.map((p) => buildArticle({
    id: p.id, file: `${p.id}.txt`, text: texts.get(p.id)!, fileFields: {}, manifestFields: { outlet: p.outlet },
    warnings: [], contentHash: p.id,
  }));
  const t0 = performance.now();
  const actors = extractActors(articles);
  const ms = performance.now() - t0;

  // Each actor's surfaces on each page.
  const onPage = new Map<string, Map<Actor, Set<string>>>();
  for (const a of actors) {
    for (const m of a.mentionsIn) {
      let page = onPage.get(m.articleId);
      if (!page) onPage.set(m.articleId, (page = new Map()));
      let surfaces = page.get(a);
      if (!surfaces) page.set(a, (surfaces = new Set()));
      surfaces.add(fold(m.surface));
    }
  }
  let truePeople = 0;
  let foundPeople = 0;
  let goldPeople = 0;
  let recalled = 0;
  const spurious: string[] = [];
  const missing: string[] = [];
  const kinds: Record<ActorKind, Tally> = { person: tally(), organization: tally(), place: tally() };
  const notPeople: string[] = [];
  for (const p of pages) {
    const g = gold.pages[p.id];
    if (!g) continue;
    const here = onPage.get(p.id) ?? new Map<Actor, Set<string>>();
    const matches = (entry: string[], surfaces: Set<string>) => entry.some((s) => surfaces.has(fold(s)));
    for (const [a, surfaces] of here) {
      if (a.kind !== 'person') continue;
      foundPeople++;
      if (g.people.some((e) => matches(e, surfaces))) truePeople++;
      else spurious.push(`${p.id}: ${[...surfaces].join(' / ')}`);
    }
    for (const e of g.people) {
      goldPeople++;
      if ([...here].some(([a, s]) => a.kind === 'person' && matches(e, s))) recalled++;
      else missing.push(`${p.id}: ${e[0]}`);
    }
    const check = (entries: string[][], kind: ActorKind) => {
      for (const e of entries) {
        const found = [...here].filter(([, s]) => matches(e, s)).map(([a]) => a);
        if (found.some((a) => a.kind === kind)) kinds[kind].correct++;
        else if (found.length > 0) {
          kinds[kind].wrongKind++;
          kinds[kind].detail.push(`${p.id}: ${e[0]} as ${found.map((a) => a.kind).join('/')}`);
        } else {
          kinds[kind].missed++;
          kinds[kind].detail.push(`${p.id}: ${e[0]} missed`);
        }
      }
    };
    check(g.people, 'person');
    check(g.organizations, 'organization');
    check(g.places, 'place');
    for (const phrase of g.notPeople) {
      const f = fold(phrase);
      for (const [a, s] of here) if (a.kind === 'person' && [...s].some((x) => x === f || x.includes(f))) notPeople.push(`${p.id}: ${phrase}`);
    }
  }

  // Merges and namesakes, over the spellings this set's texts contain.
  const allText = [...texts.values()].join('\n');
  const people = actors.filter((a) => a.kind === 'person');
  const owners = (spelling: string) => people.filter((a) => [a.name, ...a.aliases].some((s) => fold(s) === fold(spelling)));
  let mergeRight = 0;
  const mergeWrong: string[] = [];
  for (const m of gold.merges) {
    // A spelling counts when the texts use it on its own, not only inside a longer spelling of the group.
    const present = m.spellings.filter((s) => m.spellings.filter((l) => l !== s && l.includes(s))
      .reduce((text, longer) => text.split(longer).join(' '), allText).includes(s));
    for (let i = 0; i < present.length; i++) {
      for (let j = i + 1; j < present.length; j++) {
        const a = owners(present[i]!);
        const b = owners(present[j]!);
        if (a.length === 1 && b.length === 1 && a[0] === b[0]) mergeRight++;
        else mergeWrong.push(`${present[i]} + ${present[j]} (${a.map((x) => x.name).join('|') || 'none'} / ${b.map((x) => x.name).join('|') || 'none'})`);
      }
    }
  }
  let apartRight = 0;
  const apartWrong: string[] = [];
  for (const [x, y] of gold.distinct) {
    if (!allText.includes(x) || !allText.includes(y)) continue;
    const shared = owners(x).filter((a) => owners(y).includes(a));
    if (shared.length === 0) apartRight++;
    else apartWrong.push(`${x} = ${y} (${shared[0]!.name})`);
  }
  const rate = (n: number, d: number) => (d === 0 ? 1 : n / d);
  return {
    pages: pages.length,
    ms: Math.round(ms),
    people: { precision: rate(truePeople, foundPeople), recall: rate(recalled, goldPeople), found: foundPeople, gold: goldPeople },
    kinds: Object.fromEntries(Object.entries(kinds).map(([k, v]) => [k, { accuracy: rate(v.correct, v.correct + v.wrongKind + v.missed), ...v }])),
    merges: { right: mergeRight, wrong: mergeWrong.length, wrongPairs: mergeWrong },
    distinct: { right: apartRight, wrong: apartWrong.length, merged: apartWrong },
    spurious, missing, notPeople,
  };
}

const sets: [string, Source[]][] = [
  ['tuned', sources.filter((s) => !s.heldOut && !missingTexts.includes(s))],
  ['held-out', sources.filter((s) => s.heldOut && !missingTexts.includes(s))],
];
const results = sets.map(([name, pages]) => ({ name, ...evaluate(pages) }));
if (asJson) {
  console.log(JSON.stringify(results, null, 2));
} else {
  const pct = (x: number) => x.toFixed(3);
  for (const r of results) {
    console.log(`${r.name}: ${r.pages} pages (actors stage ${r.ms} ms)`);
    console.log(`  people      precision ${pct(r.people.precision)}  recall ${pct(r.people.recall)}  (${r.people.found} found, ${r.people.gold} in gold)`);
    for (const [k, v] of Object.entries(r.kinds)) console.log(`  kind ${k.padEnd(12)} ${pct(v.accuracy)}  (${v.correct} right, ${v.wrongKind} wrong kind, ${v.missed} missed)`);
    console.log(`  merges      ${r.merges.right} pairs right, ${r.merges.wrong} wrong`);
    console.log(`  namesakes   ${r.distinct.right} kept apart, ${r.distinct.wrong} merged`);
    console.log(`  not-people typed as people: ${r.notPeople.length}`);
    if (verbose) {
      for (const s of r.spurious) console.log(`    spurious  ${s}`);
      for (const s of r.missing) console.log(`    missing   ${s}`);
      for (const s of r.notPeople) console.log(`    not a person  ${s}`);
      for (const s of r.merges.wrongPairs) console.log(`    not merged  ${s}`);
      for (const s of r.distinct.merged) console.log(`    merged namesakes  ${s}`);
      for (const [k, v] of Object.entries(r.kinds)) for (const d of v.detail) console.log(`    ${k}  ${d}`);
    }
  }
}
