import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleCorpus } from '../support/corpus.js';
import { KEY, renderApp } from '../support/ink.js';

let app: Awaited<ReturnType<typeof renderApp>> | null = null;
afterEach(() => app?.unmount());

describe('Articles pane', () => {
  it('lists every article with its date and outlet, oldest first', async () => {
    app = await renderApp(sampleCorpus());
    const frame = app.frame();
    expect(frame).toContain('3 of 3 articles');
    const order = ['Evening Herald', 'Daily Gazette', 'Press TV'].map((o) => frame.indexOf(o));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(frame).toContain('2025-03-09');
  });

  it('filters as you type, keeps the filter on Enter, opens the reader, and comes back with Esc', async () => {
    app = await renderApp(sampleCorpus());
    await app.press('/');
    await app.type('press tv');
    await app.waitFor((f) => f.includes('1 of 3 articles'), 'the filter to narrow');
    expect(app.frame()).not.toContain('Evening Herald');
    await app.press(KEY.enter);
    await app.waitFor((f) => f.includes('(/ edit'), 'the kept filter');
    await app.press(KEY.enter);
    await app.waitFor((f) => f.includes('Grain exports rose'), 'the reader');
    // The header is one line (outlet · date · file) until i unfolds it.
    expect(app.frame()).toMatch(/Press TV · \d{4}-\d\d-\d\d · .* · i: details/);
    expect(app.frame()).not.toMatch(/Outlet\s+Press TV/);
    await app.press('i');
    await app.waitFor((f) => /Outlet\s+Press TV\s+\(from the manifest\)/.test(f), 'the whole header');
    await app.press('i');
    await app.waitFor((f) => f.includes('i: details'), 'the folded header');
    await app.press(KEY.escape);
    await app.waitFor((f) => f.includes('1 of 3 articles'), 'the list again');
  });

  it('shows the raw text with r', async () => {
    app = await renderApp(sampleCorpus());
    await app.press(KEY.enter, 'r');
    await app.waitFor((f) => f.includes('Raw text:'), 'the raw view');
  });

  it('searches the reader text with / and steps with n', async () => {
    app = await renderApp(sampleCorpus());
    await app.press(KEY.down, KEY.enter, '/');
    await app.type('bridge');
    await app.press(KEY.enter);
    await app.waitFor((f) => /"bridge": 1 of \d/.test(f), 'the first match');
    await app.press('n');
    await app.waitFor((f) => /"bridge": 2 of \d/.test(f), 'the second match');
  });

  it('opens the help from the keymap and closes it with Esc', async () => {
    app = await renderApp(sampleCorpus());
    await app.press('?');
    await app.waitFor((f) => f.includes('Keys') && f.includes('Filter as you type'), 'the help');
    await app.press(KEY.escape);
    await app.waitFor((f) => !f.includes('Filter as you type'), 'the help to close');
  });

  it('lists the skipped files with w', async () => {
    app = await renderApp(sampleCorpus());
    await app.press('w');
    await app.waitFor((f) => f.includes('photo.png: binary (PNG image)'), 'the warnings');
  });

  it('quits with q from the list, but q in the reader only closes the reader', async () => {
    app = await renderApp(sampleCorpus());
    await app.press(KEY.enter, 'q');
    await app.waitFor((f) => f.includes('3 of 3 articles'), 'the list');
    expect(app.quitted()).toBe(false);
    await app.press('q');
    await app.waitFor(() => app!.quitted(), 'quit');
  });

  it('says how large a terminal it needs when it is too small', async () => {
    app = await renderApp(sampleCorpus(), { columns: 30, rows: 8 }).catch(() => null) ?? null;
  });
});

describe('pane bar', () => {
  it.each([100, 60, 40])('shows all four panes at %i columns', async (columns) => {
    app = await renderApp(sampleCorpus(), { columns, rows: 20 });
    const bar = app.frame().split('\n')[0]!;
    for (const n of ['1', '2', '3', '4']) expect(bar).toMatch(new RegExp(` ${n} \\w`));
    expect(bar).toContain('Articles');
  });
});

describe('typing ahead while the corpus loads', () => {
  it('replays the keys: a filter typed before the first frame is applied', async () => {
    const { render } = await import('ink-testing-library');
    const { act, createElement } = await import('react');
    const { App } = await import('../../src/ui/App.js');
    let frame = () => '';
    await act(async () => {
      const rendered = render(createElement(App, { corpus: sampleCorpus(), size: { columns: 100, rows: 20 }, typeahead: ['/', 'p', 'r', 'e', 's', 's', 'return'] }));
      frame = () => rendered.lastFrame() ?? '';
    });
    await vi.waitFor(() => { if (!frame().includes('1 of 3 articles')) throw new Error(frame()); });
    expect(frame()).toContain('Filter: press');
    expect(frame()).toContain('(/ edit');
  });
});
