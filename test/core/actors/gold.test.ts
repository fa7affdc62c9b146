import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../src/core/actors/index.js';
import { buildArticle } from '../../../src/core/analyse.js';
import type { ActorKind } from '../../../src/core/types.js';
import { anyoneQuotes, article, type Fixture, type Gold, hasQuote, hasRole, matching, readFixture, score, spellings } from './gold.js';

const data = new URL('../../../data/', import.meta.url);
const bundled = readdirSync(data).filter((f) => f.endsWith('.txt')).map((f) => buildArticle({
  id: f, file: f, text: readFileSync(new URL(f, data), 'utf8'), fileFields: {}, manifestFields: {}, warnings: [], contentHash: f,
}));

const cases: [string, () => { actors: ReturnType<typeof extractActors>; gold: Gold }][] = [
  ['bundled corpus', () => ({ actors: extractActors(bundled), gold: readFixture<Gold>('gold-bundled.json') })],
  ...['wire', 'liveblog', 'broadsheet', 'tabloid', 'translated'].map((name): [string, () => { actors: ReturnType<typeof extractActors>; gold: Gold }] => [name, () => {
    const fixture = readFixture<Fixture>(`${name}.json`);
    return { actors: extractActors(fixture.articles.map((a) => article(a.id, a.paragraphs, a.outlet))), gold: fixture.gold };
  }]),
];

const KINDS: [keyof Gold & ('people' | 'organizations' | 'places'), ActorKind, number][] = [
  ['people', 'person', 0.9],
  ['organizations', 'organization', 0.8],
  ['places', 'place', 0.85],
];

describe.each(cases)('actors against the hand-made gold: %s', (_name, load) => {
  const { actors, gold } = load();

  it.each(KINDS)('finds %s with precision and recall at or above the floor', (field, kind, floor) => {
    const s = score(actors, gold[field], kind);
    expect({ spurious: s.spurious, missing: s.missing, precisionOk: s.precision >= floor, recallOk: s.recall >= floor })
      .toMatchObject({ precisionOk: true, recallOk: true });
  });

  it('makes one actor of each person, with every spelling the texts use', () => {
    for (const entry of gold.people) {
      const found = matching(actors, entry, 'person');
      if (found.length === 0) continue; // counted by recall above
      expect(found.map((a) => a.name), `one actor for ${entry[0]}`).toHaveLength(1);
      for (const spelling of entry) expect(spellings(found[0]!), `${entry[0]} knows "${spelling}"`).toContain(spelling.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''));
    }
  });

  it.each(gold.roles)('gives %s the role "%s"', (name, role) => {
    expect(hasRole(actors, name, role)).toBe(true);
  });

  it.each(gold.quotes)('attributes to %s the quote "%s"', (name, quote) => {
    expect(hasQuote(actors, name, quote)).toBe(true);
  });

  it.each(gold.unattributed.map((q) => [q]))('leaves "%s" unattributed', (quote) => {
    expect(anyoneQuotes(actors, quote)).toBeNull();
  });

  it.each(gold.distinct ?? [])('keeps %s and %s apart', (a, b) => {
    const first = matching(actors, [a], 'person');
    const second = matching(actors, [b], 'person');
    expect(first).toHaveLength(1);
    expect(second).toHaveLength(1);
    expect(first[0]).not.toBe(second[0]);
  });
});
