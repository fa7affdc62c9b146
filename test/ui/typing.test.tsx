import { render } from 'ink-testing-library';
import { act, createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { BackgroundLoad } from '../../src/commands/background-load.js';
import type { Corpus } from '../../src/core/types.js';
import { Explorer, quitsWhileLoading } from '../../src/ui/Explorer.js';
import { sampleCorpus } from '../support/corpus.js';
import { renderApp } from '../support/ink.js';

const filterLine = (frame: string) => frame.split('\n').find((l) => l.startsWith('Filter:')) ?? '';

// No key is lost whatever arrives in one read: a paste, keys typed faster than a frame, keys typed
// before the filter line is drawn or while the corpus is still loading.
describe('typing into the filter', () => {
  it.each([
    ['a paste of "/Bridge" in one read', ['/Bridge'], 'Bridge', 'Bridge reopening delayed by storm'],
    ['"/", a filter and Enter in one read', ['/repairs\r'], 'repairs', 'Harbour bridge reopens after repairs'],
    ['a paste with spaces', ['/reopens after'], 'reopens after', 'Harbour bridge reopens after repairs'],
    ['backspace in a burst', ['/Briz\u007fdge'], 'Bridge', 'Bridge reopening delayed by storm'],
    ['a paste carrying escape strings', ['/Bri\u001b]0;x\u0007dge'], 'Bridge', 'Bridge reopening delayed by storm'],
  ])('%s', async (_what, chunks, expected, row) => {
    const app = await renderApp(sampleCorpus());
    await app.press(...chunks);
    await app.waitFor((f) => filterLine(f).includes(expected), `the filter "${expected}"`);
    expect(app.frame()).toContain(row);
    expect(app.frame()).not.toContain('Press TV reports grain exports rise');
    await app.unmount();
  });

  it('keeps every key written before any frame is drawn', async () => {
    const app = await renderApp(sampleCorpus());
    // Seven separate writes in one act(): React draws nothing between them, as when keys arrive faster than frames.
    await app.burst(...'/harbour');
    await app.waitFor((f) => filterLine(f).includes('harbour'), 'the filter "harbour"');
    await app.burst(...'\u007f\u007f\u007f\u007f\u007f\u007f\u007fB');
    await app.waitFor((f) => filterLine(f).trim() === 'Filter: B', 'the filter "B"');
    await app.unmount();
  });
});

function fakeLoad() {
  let resolve!: (corpus: Corpus) => void;
  const load: BackgroundLoad = { corpus: new Promise((r) => { resolve = r; }), onProgress: () => {}, cancel: () => {} };
  return { load, resolve };
}

describe('typing while the corpus loads', () => {
  it('replays "/Bri" typed during loading and keeps "dge" typed as the explorer appears', async () => {
    const { load, resolve } = fakeLoad();
    let app!: ReturnType<typeof render>;
    await act(async () => { app = render(createElement(Explorer, { load, corpusName: '/tmp/sample' })); });
    await vi.waitFor(() => expect(app.lastFrame()).toContain('loading'));
    await act(async () => { app.stdin.write('/Bri'); });
    await act(async () => {
      resolve(sampleCorpus());
      await Promise.resolve();
      app.stdin.write('dge');
    });
    await vi.waitFor(() => expect(filterLine(app.lastFrame() ?? '')).toContain('Bridge'));
    app.unmount();
  });

  it.each([
    [[], ['q'], true],
    [[], ['ctrl+c'], true],
    [['/', 'i', 'r', 'a'], ['q'], false],
    [['/', 'i', 'return'], ['q'], true],
    [['/', 'x'], ['ctrl+c'], true],
    [[], ['j', 'q'], false],
  ])('after %j, %j quits: %s', (before, names, quits) => {
    expect(quitsWhileLoading(before, names)).toBe(quits);
  });
});
