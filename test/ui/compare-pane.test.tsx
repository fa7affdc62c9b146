import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/core/analyse.js';
import { compareArticles } from '../../src/core/compare/index.js';
import type { Corpus } from '../../src/core/types.js';
import { readCorpus } from '../../src/corpus/index.js';
import { KEY, renderApp } from '../support/ink.js';
import { screenRows, type ScreenRow } from './compare/frame-rows.js';
import { unrelatedCorpus, versionsCorpus } from './compare/versions.js';

let app: Awaited<ReturnType<typeof renderApp>> | null = null;
afterEach(() => app?.unmount());

const WIDTHS = [100, 60] as const;
const size = (columns: number, rows = 30) => ({ columns, rows });

/** The row the ▌ marks as selected, as text. */
function selectedText(frame: string): string {
  return frame.split('\n').filter((l) => l.startsWith('▌')).join(' ');
}

/** The status of a comparison as the pane words it at a width (narrow: position first). */
function statusOf(columns: number, position: string, counted: string, versions = 'A: Harbour Wire vs B: Daily Flash'): string {
  return columns >= 90 ? `${versions} · ${position} · ${counted}` : `${position} · ${counted}`;
}

/** How alike the made-up versions are, as the pane rounds it. */
function percentAlike(): string {
  const corpus = versionsCorpus();
  const [a, b] = ['wire.txt', 'tabloid.txt'].map((id) => corpus.articles.find((x) => x.id === id)!);
  return `${Math.round(compareArticles(a!, b!, corpus.actors).similarity * 100)}%`;
}

/** Opens the one pair of the made-up corpus from the Compare pane's list. */
async function openPair(columns: number, rows = 30) {
  app = await renderApp(versionsCorpus(), size(columns, rows));
  await app.press('4', KEY.enter);
  await app.waitFor((f) => f.includes(statusOf(columns, 'row 1/9', '7 differences')), 'the comparison');
  return app;
}

describe('Compare pane: the pairs worth comparing', () => {
  it.each(WIDTHS)('lists the two versions of a story with outlets, dates, similarity and the story at %i columns', async (columns) => {
    app = await renderApp(versionsCorpus(), size(columns));
    await app.press('4');
    await app.waitFor((f) => f.includes('1 of 1 pairs') && f.includes('%'), 'the pairs list');
    const row = app.frame().split('\n').find((l) => l.includes('Harbour Wire'))!;
    expect(row).toMatch(new RegExp(`${percentAlike()}\\s+Harbour Wire\\s+(2025-)?04-02\\s+↔\\s+Daily Flash\\s+(2025-)?04-03\\s+Dock workers`));
    expect(app.frame()).not.toContain('Coast Radio');
  });

  it('says how to get a comparison when no story has two versions', async () => {
    app = await renderApp(unrelatedCorpus(), size(100));
    await app.press('4');
    await app.waitFor((f) => f.includes('0 of 0 pairs'), 'the empty list');
    expect(app.frame()).toContain('In Articles (1), mark two articles with Space, then press c.');
  });

  it('filters the pairs as you type and says when nothing matches', async () => {
    app = await renderApp(versionsCorpus(), size(100));
    await app.press('4', '/');
    await app.type('flash');
    await app.waitFor((f) => f.includes('1 of 1 pairs'), 'the pair to match its outlet');
    await app.type('zzq');
    await app.waitFor((f) => f.includes('0 of 1 pairs') && f.includes('No pair matches "flashzzq"'), 'no match');
  });
});

describe('Compare pane: two versions compared', () => {
  it.each(WIDTHS)('Enter on a pair shows the summary, both versions and the status at %i columns', async (columns) => {
    await openPair(columns);
    const frame = app!.frame();
    for (const fact of ['Quotes: 1 in both · 0 altered · 0 only in A · 0 only in B', 'Actors only in A: Henrik Lund',
      'Figures only in A: 9 percent', 'Figures only in B: 12 million euros', 'Verbs differ: according to → claimed']) {
      expect(frame).toContain(fact);
    }
    expect(frame).toMatch(/A Harbour Wire · 2025-04-02 · Dock workers/);
    expect(frame).toMatch(/B Daily Flash · 2025-04-03 · Northport strike/);
    expect(frame).toContain(`── ${percentAlike()} alike · 7 differences`);
  });

  it('sets the versions side by side at 100 columns, each row wrapped to its column', async () => {
    await openPair(100);
    const rows = screenRows(app!.frame(), true, 100);
    expect(rows).toContainEqual({ mark: '~', a: 'The strike had left 40 container ships waiting offshore, according to the port authority.',
      b: 'The walkout had stranded 40 container ships offshore, the port authority claimed.' });
    expect(rows).toContainEqual({ mark: '−', a: 'Port director Henrik Lund said cargo handling would return to normal by Friday.', b: '' });
    expect(rows).toContainEqual({ mark: '+', a: '', b: 'Shoppers had feared empty shelves before the Easter holiday.' });
    expect(app!.frame().split('\n').every((l) => [...l].length <= 100)).toBe(true);
  });

  it('stacks A above B at 60 columns', async () => {
    await openPair(60);
    const frame = app!.frame();
    expect(frame).toMatch(/^ ~ A The strike had left 40 container ships waiting\s*[│█]?$/m);
    expect(frame).toMatch(/^ {3}B The walkout had stranded 40 container ships/m);
    expect(frame.split('\n').some((l) => l.includes('The strike had left') && l.includes('The walkout'))).toBe(false);
    expect(screenRows(frame, false, 60)).toContainEqual({ mark: '=', a: "The port handles a third of the country's imports.", b: '' });
    expect(frame.split('\n').every((l) => [...l].length <= 60)).toBe(true);
  });

  it.each(WIDTHS)('n and N step through the differences, skipping rows both tell the same, at %i columns', async (columns) => {
    await openPair(columns);
    await app!.press('n');
    await app!.waitFor((f) => f.includes('row 2/9'), 'the second difference');
    await app!.press('n');
    // Row 3 is the quote both print word for word: n skips it.
    await app!.waitFor((f) => f.includes('row 4/9'), 'the difference after the shared quote');
    expect(selectedText(app!.frame())).toContain('The strike had left');
    await app!.press('N');
    await app!.waitFor((f) => f.includes('row 2/9'), 'back to the second difference');
    expect(selectedText(app!.frame())).toContain('NORTHPORT, April 2');
  });

  it.each(WIDTHS)('d shows only the differences and again every row, at %i columns', async (columns) => {
    await openPair(columns);
    expect(app!.frame()).toContain('The port handles a third');
    await app!.press('d');
    await app!.waitFor((f) => f.includes(statusOf(columns, 'row 1/7', '7 differences (only these)')), 'only the differences');
    expect(app!.frame()).not.toContain('The port handles a third');
    expect(screenRows(app!.frame(), columns >= 90, columns).map((r) => r.mark)).not.toContain('=');
    await app!.press('G');
    await app!.waitFor((f) => f.includes('row 7/7'), 'the last difference');
    expect(selectedText(app!.frame())).toContain('estimated the strike cost');
    await app!.press('d');
    await app!.waitFor((f) => f.includes(statusOf(columns, 'row 1/9', '7 differences')) && !f.includes('only differences'), 'every row again');
  });

  it.each(WIDTHS)('keeps the selected row in view in a short terminal at %i columns', async (columns) => {
    await openPair(columns, 16);
    expect(app!.frame()).not.toContain('estimated the strike cost');
    await app!.press('G');
    await app!.waitFor((f) => f.includes('row 9/9'), 'the last row');
    expect(selectedText(app!.frame())).toContain('estimated the strike cost');
    expect(app!.frame().split('\n').length).toBeLessThanOrEqual(16);
    await app!.press('g');
    await app!.waitFor((f) => f.includes('row 1/9'), 'the first row');
    expect(selectedText(app!.frame())).toContain('Dock workers end');
  });

  it.each(WIDTHS)('Esc and q go back to the pairs list at %i columns', async (columns) => {
    await openPair(columns);
    await app!.press(KEY.escape);
    await app!.waitFor((f) => f.includes('1 of 1 pairs'), 'the list after Esc');
    await app!.press(KEY.enter);
    await app!.waitFor((f) => f.includes('row 1/9'), 'the comparison again');
    await app!.press('q');
    await app!.waitFor((f) => f.includes('1 of 1 pairs'), 'the list after q');
    expect(app!.quitted()).toBe(false);
  });

  it.each(WIDTHS)('compares two articles marked with Space in Articles, first marked as A, at %i columns', async (columns) => {
    app = await renderApp(versionsCorpus(), size(columns));
    for (const outlet of ['Daily Flash', 'Harbour Wire']) {
      await app.press('/');
      await app.type(`'${outlet}`);
      await app.press(KEY.enter);
      await app.waitFor((f) => f.includes('1 of 3 articles'), `${outlet} alone`);
      await app.press(' ');
      await app.waitFor((f) => f.includes('● '), `${outlet} marked`);
      await app.press(KEY.escape);
      await app.waitFor((f) => f.includes('3 of 3 articles'), 'the whole list');
    }
    await app.press('c');
    await app.waitFor((f) => f.includes(statusOf(columns, 'row 1/9', '7 differences', 'A: Daily Flash vs B: Harbour Wire')), 'the comparison of the marked two');
    expect(app.frame()).toMatch(/A Daily Flash · 2025-04-03/);
    expect(app.frame()).toContain('Actors only in B: Henrik Lund');
  });
});

const DATA = join(import.meta.dirname, '../../data');

async function bundledCorpus(): Promise<Corpus> {
  const { documents, warnings } = await readCorpus(DATA);
  return analyseCorpus(DATA, documents, warnings);
}

/** Marks the one article a filter leaves, then clears the filter. */
async function markOnly(query: string) {
  await app!.press('/');
  await app!.type(query);
  await app!.press(KEY.enter);
  await app!.waitFor((f) => / 1 of \d+ articles/.test(f), `${query} alone`);
  await app!.press(' ', KEY.escape);
}

describe('Compare pane on the bundled corpus', () => {
  it.each(WIDTHS)('Antiwar.com against Press TV on Witkoff\'s CNN interview, at %i columns', async (columns) => {
    app = await renderApp(await bundledCorpus(), size(columns, 40));
    await markOnly("'Antiwar.com");
    await markOnly("'Press TV");
    await app.press('c');
    await app.waitFor((f) => /row 1\/\d+ · \d+ differences/.test(f) && /A Antiwar\.com/.test(f) && /B Press TV/.test(f), 'the comparison');
    const seen: ScreenRow[] = [];
    const differences = Number(/(\d+) differences/.exec(app.frame())![1]);
    for (let i = 0; i <= differences; i++) {
      seen.push(...screenRows(app.frame(), columns >= 90, columns));
      await app.press('n');
    }
    const rowWith = (mark: string, side: 'a' | 'b', text: string) => seen.some((r) => r.mark === mark && r[side].includes(text));
    expect(rowWith('=', 'a', 'The two sides are a lot closer today than they were a few weeks ago')).toBe(true);
    expect(rowWith('~', 'b', 'We narrowed the differences')).toBe(true);
    expect(rowWith('+', 'b', 'four hours')).toBe(true);
    expect(rowWith('+', 'b', 'Lammy')).toBe(true);
    expect(rowWith('+', 'b', 'Medvedev')).toBe(true);
    expect(rowWith('−', 'a', 'should surrender')).toBe(true);
    expect(rowWith('−', 'a', 'encircled in Kursk')).toBe(true);
    expect(app.frame()).toContain('Figures only in B: four hours');
  });
});
