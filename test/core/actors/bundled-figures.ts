/**
 * The bundled corpus's and the style fixtures' actor figures (precision, recall per kind) in one table,
 * for before/after comparisons of a change to the actor rules: npx tsx test/core/actors/bundled-figures.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extractActors } from '../../../src/core/actors/index.js';
import { buildArticle } from '../../../src/core/analyse.js';
import { article, type Fixture, type Gold, readFixture, score } from './gold.js';

const data = new URL('../../../data/', import.meta.url);
const bundled = readdirSync(data).filter((f) => f.endsWith('.txt')).map((f) => buildArticle({
  id: f, file: f, text: readFileSync(new URL(f, data), 'utf8'), fileFields: {}, manifestFields: {}, warnings: [], contentHash: f,
}));
const sets: [string, ReturnType<typeof extractActors>, Gold][] = [['bundled', extractActors(bundled), readFixture<Gold>('gold-bundled.json')]];
for (const name of ['wire', 'liveblog', 'broadsheet', 'tabloid', 'translated']) {
  const f = readFixture<Fixture>(`${name}.json`);
  sets.push([name, extractActors(f.articles.map((a) => article(a.id, a.paragraphs, a.outlet))), f.gold]);
}
for (const [name, actors, gold] of sets) {
  const cells = (['people', 'organizations', 'places'] as const).map((field) => {
    const s = score(actors, gold[field], field === 'people' ? 'person' : field === 'organizations' ? 'organization' : 'place');
    return `${field} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)}`;
  });
  console.log(`${name.padEnd(11)} ${cells.join('   ')}`);
}
