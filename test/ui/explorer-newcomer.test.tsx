import { act, createElement } from 'react';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyseCorpus } from '../../src/core/analyse.js';
import type { Corpus } from '../../src/core/types.js';
import { App } from '../../src/ui/App.js';
import { textWidth } from '../../src/ui/text-width.js';
import { doc, sampleCorpus } from '../support/corpus.js';
import { KEY, renderApp } from '../support/ink.js';
import { versionsCorpus } from './compare/versions.js';

let app: Awaited<ReturnType<typeof renderApp>> | null = null;
afterEach(() => app?.unmount());

const statusLine = (frame: string) => frame.split('\n').at(-1) ?? '';
const filterLine = (frame: string) => frame.split('\n').find((l) => l.startsWith('Filter:')) ?? '';

describe('the filter line edits like readline, whatever arrives in one read', () => {
  it.each([
    ['several backspaces in one read', 'harbour\u007f\u007f\u007f', 'harb'],
    ['Ctrl-U deletes to the start', 'press tv\u0015gra', 'gra'],
    ['Ctrl-W deletes the word before the cursor', 'press tv\u0017', 'press '],
    ['Ctrl-A then typing inserts at the start', 'tv\u0001press ', 'press tv'],
    ['Ctrl-E goes back to the end', 'tv\u0001x\u0005y', 'xtvy'],
    ['Ctrl-K deletes to the end', 'press tv\u0001\u0006\u000b', 'p'],
  ])('%s', async (_what, keys, expected) => {
    app = await renderApp(sampleCorpus());
    await app.press('/');
    await app.press(keys);
    await app.waitFor((f) => filterLine(f).trimEnd() === `Filter: ${expected}`.trimEnd(), `the filter "${expected}"`);
  });

  it('Alt-B and Alt-F move by words', async () => {
    app = await renderApp(sampleCorpus());
    await app.press('/');
    await app.type('grain rose');
    await app.press('\u001bb', '\u001bb', '\u001bf');
    await app.type('X');
    await app.waitFor((f) => filterLine(f).includes('grainX rose'), 'the X after the first word');
  });
});

describe('lists show where they are, and the status bar fits', () => {
  it('shows the position and a scrollbar in a long list', async () => {
    const many = analyseCorpus('/tmp/many', Array.from({ length: 60 }, (_, i) =>
      doc(`a${String(i).padStart(2, '0')}.txt`, `Report number ${i}\n\nSomething happened on day ${i}.`, { outlet: 'Wire', published: '2025-03-10' })), []);
    app = await renderApp(many, { columns: 80, rows: 20 });
    expect(statusLine(app.frame())).toContain('1/60');
    await app.press('j', 'j', 'j');
    await app.waitFor((f) => statusLine(f).includes('4/60'), 'the position 4/60');
    expect(app.frame()).toMatch(/█/);
    await app.press('G');
    await app.waitFor((f) => statusLine(f).includes('60/60'), 'the last row');
  });

  it.each([[40, 10], [60, 20], [80, 24]])('never overflows and always keeps "? help" at %ix%i', async (columns, rows) => {
    app = await renderApp(sampleCorpus(), { columns, rows });
    for (const keys of [[], ['2'], ['3'], ['4'], ['1', KEY.enter]]) {
      await app.press(...keys);
      const line = statusLine(app.frame());
      expect(textWidth(line)).toBeLessThanOrEqual(columns);
      expect(line).toContain('? help');
    }
  });

  it('says once that files were skipped, and w lists them', async () => {
    app = await renderApp(sampleCorpus());
    expect(statusLine(app.frame())).toContain('1 skipped · w');
    await app.press('w');
    await app.waitFor((f) => f.includes('photo.png: binary (PNG image)'), 'the warnings');
  });
});

describe('help and keys', () => {
  it('opens on the keys of the pane in focus, lists the move keys once, and can be filtered', async () => {
    app = await renderApp(sampleCorpus());
    await app.press(KEY.enter, '?');
    await app.waitFor((f) => f.includes('Keys'), 'the help');
    const lines = app.frame().split('\n');
    const first = lines.findIndex((l) => l.includes('Reading an article'));
    const everywhere = lines.findIndex((l) => l.includes('Everywhere'));
    expect(first).toBeGreaterThan(0);
    expect(everywhere === -1 || everywhere > first).toBe(true);
    await app.press('/');
    await app.type('bottom');
    await app.waitFor((f) => f.includes('Go to the bottom') && !f.includes('Next pane'), 'the filtered help');
    expect(app.frame().split('Go to the bottom').length - 1).toBe(1);
  });

  it('says "search" for / in the reader, and "filter" in a list', async () => {
    app = await renderApp(sampleCorpus(), { columns: 140, rows: 30 });
    expect(statusLine(app.frame())).toContain('/ filter');
    await app.press(KEY.enter);
    await app.waitFor((f) => statusLine(f).includes('/ search'), 'the reader hint');
  });

  it('Space marks and moves down, so two Spaces and c compare two articles', async () => {
    app = await renderApp(versionsCorpus());
    await app.press(' ');
    await app.waitFor((f) => statusLine(f).includes('2/') && statusLine(f).includes('1 marked'), 'one marked and the cursor below');
    await app.press(' ', 'c');
    await app.waitFor((f) => f.includes('alike'), 'the comparison');
  });

  it('Ctrl-Z suspends and the explorer draws again when resumed', async () => {
    let resume: () => void = () => {};
    const suspended = vi.fn(() => new Promise<void>((r) => { resume = r; }));
    let rendered: ReturnType<typeof render> | null = null;
    await act(async () => { rendered = render(createElement(App, { corpus: sampleCorpus(), size: { columns: 80, rows: 20 }, onSuspend: suspended })); });
    const r = rendered! as ReturnType<typeof render>;
    await vi.waitFor(() => { if (!(r.lastFrame() ?? '').includes('newsx')) throw new Error('no frame'); });
    await act(async () => { r.stdin.write('\u001a'); await new Promise((x) => setTimeout(x, 10)); });
    await vi.waitFor(() => expect(suspended).toHaveBeenCalledTimes(1));
    await act(async () => { resume(); await new Promise((x) => setTimeout(x, 10)); r.stdin.write('j'); await new Promise((x) => setTimeout(x, 10)); });
    await vi.waitFor(() => expect(r.lastFrame()).toContain('2/3'));
    r.unmount();
  });
});

describe('the reader', () => {
  const cleaned = (): Corpus => analyseCorpus('/tmp/raw', [
    doc('page.txt', [
      'Port deal signed',
      '',
      'Share on Facebook',
      '',
      'Dock workers signed the deal on Monday, the union said.',
      '',
      'Share on Twitter',
      '',
      'Ships will sail again on Tuesday, the port said.',
    ].join('\n'), { outlet: 'Wire', published: '2025-03-10' }),
  ], []);

  it('raw view: ] and [ jump between removals, each marked in the margin with no colour needed', async () => {
    app = await renderApp(cleaned(), { columns: 80, rows: 24 });
    await app.press(KEY.enter, 'r');
    await app.waitFor((f) => f.includes('Raw text:'), 'the raw text');
    await app.press(']');
    await app.waitFor((f) => /^▸ \[\w+(: [^\]]+)?\] /m.test(f), 'the margin marker on a removal');
    const firstMarked = app.frame().split('\n').find((l) => l.startsWith('▸'));
    await app.press(']');
    await app.waitFor((f) => f.split('\n').find((l) => l.startsWith('▸')) !== firstMarked, 'the next removal');
    await app.press('[');
    await app.waitFor((f) => f.split('\n').find((l) => l.startsWith('▸')) === firstMarked, 'back to the first');
  });

  it('n lands on a search match and marks it in the margin', async () => {
    app = await renderApp(cleaned(), { columns: 80, rows: 24 });
    await app.press(KEY.enter, '/');
    await app.type('tuesday');
    await app.press(KEY.enter, 'n');
    await app.waitFor((f) => /^▸ .*Tuesday/m.test(f), 'the match marked');
  });
});

describe('Esc goes back where you came from', () => {
  it('from a comparison started in the reader, back to the reader; Enter on a compare row opens its sentence', async () => {
    app = await renderApp(versionsCorpus());
    await app.press(KEY.enter);
    await app.waitFor((f) => f.includes('i: details'), 'the reader');
    await app.press('c');
    await app.waitFor((f) => f.includes('alike'), 'the comparison');
    await app.press(KEY.escape);
    await app.waitFor((f) => f.includes('i: details') && !f.includes('alike'), 'the reader again');
    await app.press('c');
    await app.waitFor((f) => f.includes('alike'), 'the comparison again');
    await app.press('j', KEY.enter);
    await app.waitFor((f) => f.includes('Articles · clean') && /^▌ /m.test(f), 'the sentence in the reader, marked');
    await app.press(KEY.escape);
    await app.waitFor((f) => f.includes('alike') && f.includes('row 2/'), 'the comparison at the same row');
  });
});

describe('the chronology', () => {
  it('finds an event by the date as it is shown', async () => {
    app = await renderApp(sampleCorpus());
    await app.press('3');
    await app.waitFor((f) => f.includes('Chronology ·'), 'the chronology');
    const heading = app.frame().split('\n').find((l) => /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d+ \w+ \d{4}/.test(l));
    expect(heading).toBeDefined();
    const [, day, month] = /^\w+ (\d+) (\w+)/.exec(heading!)!;
    await app.press('/');
    await app.type(`${day} ${month!.toLowerCase()}`);
    await app.waitFor((f) => f.includes(heading!.trim()) && !f.includes('No event matches'), 'the event of that day');
  });
});

describe('the warnings list at 100,000 entries', () => {
  it('moves a key in well under 250 ms and G / End go to the last warning', async () => {
    const corpus = sampleCorpus();
    corpus.warnings = Array.from({ length: 100_000 }, (_, i) => ({ file: `bad-${i}.bin`, reason: 'binary', skipped: true }));
    app = await renderApp(corpus, { columns: 80, rows: 24 });
    await app.press('w');
    await app.waitFor((f) => f.includes('bad-0.bin'), 'the warnings');
    const started = performance.now();
    for (let i = 0; i < 10; i++) await app.press('j');
    await app.waitFor((f) => f.includes('bad-10.bin') && !f.includes('bad-0.bin:'), 'ten lines down');
    // Ten keys, each with the harness's few ms between writes: far under the 250 ms one key took.
    expect((performance.now() - started) / 10).toBeLessThan(100);
    await app.press('G');
    await app.waitFor((f) => f.includes('bad-99999.bin'), 'the last warning');
    await app.press('g');
    await app.waitFor((f) => f.includes('Skipped (100000)'), 'the top again');
    await app.press(KEY.escape, 'w', KEY.escape);
    expect(statusLine(app.frame())).toContain('100000 skipped · w');
  });
});

describe('searching the bodies', () => {
  it('text:WORD lists each matching article with the sentence that matched, and Enter opens it there, searched', async () => {
    app = await renderApp(sampleCorpus());
    await app.press('/');
    await app.type('text:mayor');
    await app.waitFor((f) => f.includes('1 of 3 articles'), 'the body search');
    const row = app.frame().split('\n').find((l) => l.includes('Daily Gazette'));
    expect(row).toMatch(/· …?.*the mayor/);
    await app.press(KEY.enter, KEY.enter);
    await app.waitFor((f) => f.includes('Search: mayor') && f.includes('"mayor": 1 of'), 'the reader, searched');
  });

  it('help documents text:WORD', async () => {
    app = await renderApp(sampleCorpus(), { columns: 100, rows: 40 });
    await app.press('?', '/');
    await app.type('text:');
    await app.waitFor((f) => f.includes('text:WORD searches article bodies'), 'the filter syntax');
  });
});

describe('the mouse (SGR reports)', () => {
  const sgr = (code: number, x: number, y: number) => `\u001b[<${code};${x + 1};${y + 1}M`;
  const many = () => analyseCorpus('/tmp/many', Array.from({ length: 60 }, (_, i) =>
    doc(`a${String(i).padStart(2, '0')}.txt`, `Report number ${i}\n\nSomething happened on day ${i}.`, { outlet: 'Wire', published: '2025-03-10' })), []);

  it('the wheel scrolls the list, a click selects a row, a click on a tab changes pane', async () => {
    app = await renderApp(many(), { columns: 80, rows: 20 });
    await app.press(sgr(65, 10, 5));
    await app.waitFor((f) => statusLine(f).includes('4/60'), 'three rows down');
    await app.press(sgr(64, 10, 5));
    await app.waitFor((f) => statusLine(f).includes('1/60'), 'back up');
    await app.press(sgr(0, 20, 5));
    await app.waitFor((f) => statusLine(f).includes('5/60'), 'the clicked row');
    const tab = app.frame().split('\n')[0]!.indexOf('2 Actors');
    await app.press(sgr(0, tab + 1, 0));
    await app.waitFor((f) => statusLine(f).includes('Actors ·'), 'the Actors pane');
  });

  it('never types a mouse report into the filter', async () => {
    app = await renderApp(sampleCorpus());
    await app.press('/', sgr(65, 10, 5));
    await app.type('x');
    await app.waitFor((f) => filterLine(f).trimEnd() === 'Filter: x', 'only the x typed');
  });
});
