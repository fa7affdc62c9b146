import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDateLabel, parseIsoDay } from '../../../src/core/chronology/calendar.js';
import { buildChronology } from '../../../src/core/chronology/index.js';
import type { Actor, Article, ChronologyEntry } from '../../../src/core/types.js';
import { article, talksActors } from './fixtures.js';

// Publication dates and outlets a careful reader gives the bundled scrapes (until the manifest lands).
const READING: Record<string, [string, string]> = {
  '000': ['2025-03-16', 'Liveblog'],
  '001': ['2025-11-25', 'Al Jazeera'],
  '002': ['2025-03-12', 'BBC News'],
  '003': ['2025-03-16', 'Antiwar.com'],
  '004': ['2025-03-16', 'Press TV'],
};

const DATA = join(import.meta.dirname, '../../../data');

/** The bundled articles, one paragraph per non-blank line (raw: boilerplate and repeats included). */
function bundledArticles(): Article[] {
  return readdirSync(DATA)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const [published, outlet] = READING[f.slice(0, 3)] ?? [null, null];
      const lines = readFileSync(join(DATA, f), 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
      return article(f, outlet, published, lines);
    });
}

/** The entry one of whose sources has a sentence matching `sentence`. */
function entryWith(entries: readonly ChronologyEntry[], sentence: RegExp): ChronologyEntry | undefined {
  return entries.find((e) => e.sources.some((s) => sentence.test(s.sentence)));
}

describe.each([
  ['no actors known yet', [] as Actor[]],
  ['hand-made actors', talksActors],
])('the bundled corpus (%s)', (_, actors) => {
  const articles = bundledArticles();
  const entries = buildChronology(articles, actors);

  it.each([
    ['the Jeddah talks', /meeting in Jeddah on Tuesday/, '2025-03-11', 'day', 1],
    ['Witkoff meets Putin in Moscow', /met with Putin for four hours/, '2025-03-13', 'day', 3],
    ['the Lavrov–Rubio call', /Lavrov and his US counterpart Marco Rubio/, '2025-03-15', 'day', 2],
    ['Witkoff on CNN', /Witkoff said Sunday/, '2025-03-16', 'day', 1],
    ['the Oval Office meeting', /28 February meeting/, '2025-02-28', 'day', 1],
    ['Trump\u2019s appeal for the soldiers in Kursk', /Trump said on Friday/, '2025-03-14', 'day', 1],
    ['the Geneva talks', /two days earlier in Geneva/, '2025-11-23', 'day', 1],
    ['US Thanksgiving', /Thanksgiving holiday on November 27/, '2025-11-27', 'day', 1],
    ['the incursion into Kursk (BBC)', /incursion across the border in August last year/, '2024-08', 'month', 1],
    ['the incursion into Kursk (liveblog)', /entered in August/, '2024-08', 'month', 1],
    ['Trump and Putin to speak', /expected to hold phone calls this coming week/, '2025-03-17', 'week', 3],
  ] as const)('dates %s on %s', (_name, sentence, date, precision, minArticles) => {
    const entry = entryWith(entries, sentence);
    expect(entry).toBeDefined();
    expect(entry).toMatchObject({ date, precision });
    expect(new Set(entry!.sources.map((s) => s.articleId)).size).toBeGreaterThanOrEqual(minArticles);
  });

  it('finds several events reported by more than one outlet', () => {
    const shared = entries.filter((e) => new Set(e.sources.map((s) => s.outlet)).size > 1);
    expect(shared.length).toBeGreaterThanOrEqual(4);
  });

  it('puts nothing after its article\u2019s publication day unless the sentence speaks of the future', () => {
    const byId = new Map(articles.map((a) => [a.id, a]));
    const ahead = entries.flatMap((e) => e.sources).filter((s) => {
      const published = parseIsoDay(byId.get(s.articleId)!.published)!;
      return parseDateLabel(s.date)! > published;
    });
    expect(ahead.length).toBeGreaterThan(0);
    for (const s of ahead) expect(s.sentence).toMatch(/\b(?:will|expected to|due to|to talk|to speak|to discuss|going to|expects|upcoming|coming week)\b/i);
  });

  it('reads no names, durations or page furniture as dates', () => {
    const expressions = entries.flatMap((e) => e.sources.map((s) => s.expression));
    expect(expressions.filter((x) => /Times|hours|30-day|weeks|TRENDING|World War|March 17|2024$/.test(x))).toEqual([]);
  });

  it('keeps the chronology in date order, finer dates first', () => {
    const starts = entries.map((e) => parseDateLabel(e.date)!);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});
