import { render } from 'ink-testing-library';
import { createElement } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/commands/load.js';
import { textWidth } from '../../src/core/text/width.js';
import type { Corpus } from '../../src/core/types.js';
import { Loading } from '../../src/ui/Loading.js';
import { makeTerminalHostileCorpus, TERMINAL_CONTROL, type HostileCorpus } from '../fixtures/make-terminal-hostile-corpus.js';
import { KEY, renderApp } from '../support/ink.js';

let folder: HostileCorpus;
let corpus: Corpus;
beforeAll(async () => {
  folder = await makeTerminalHostileCorpus();
  corpus = await loadCorpus(folder.root, { noCache: true });
});
afterAll(() => folder?.cleanup());

function expectDrawable(frame: string, columns: number, where: string) {
  const found = TERMINAL_CONTROL.exec(frame);
  expect(found, `${where}: ${JSON.stringify(found?.[0])} in\n${frame}`).toBeNull();
  for (const line of frame.split('\n')) expect(textWidth(line), `${where}: ${line}`).toBeLessThanOrEqual(columns);
}

// The explorer on a folder that attacks the terminal: no frame carries a control, on any pane or overlay.
describe('the explorer on a folder that attacks the terminal', () => {
  it('draws the loading screen with the folder name made visible', () => {
    const { lastFrame, unmount } = render(createElement(Loading, { corpusName: folder.root, progress: null, width: 200, onKeys: () => {} }));
    expectDrawable(lastFrame() ?? '', 200, 'loading');
    expect(lastFrame()).toContain('corpus␛]0;pwned␇<U+202E>␤newsx: forged');
    unmount();
  });

  it('keeps every frame free of controls through the panes, the reader, raw text and the warnings', async () => {
    const size = { columns: 120, rows: 40 };
    const app = await renderApp(corpus, size);
    const frames: [string, string][] = [['first frame', app.frame()]];
    const walk: [string, string[]][] = [
      ['warnings', ['w']], ['back', [KEY.escape]], ['reader', [KEY.enter]], ['raw text', ['r']], ['back', [KEY.escape]],
      ['next article', [KEY.down, KEY.enter]], ['back', [KEY.escape]], ['third', [KEY.down, KEY.enter]], ['back', [KEY.escape]],
      ['actors', ['2']], ['actor detail', [KEY.enter]], ['back', [KEY.escape]], ['chronology', ['3']], ['event', [KEY.enter]],
      ['back', [KEY.escape]], ['compare', ['4']], ['pair', [KEY.enter]], ['back', [KEY.escape]], ['help', ['?']],
    ];
    for (const [what, keys] of walk) {
      await app.press(...keys);
      frames.push([what, app.frame()]);
    }
    for (const [what, frame] of frames) expectDrawable(frame, size.columns, what);
    const warnings = frames.find(([what]) => what === 'warnings')![1];
    expect(warnings).toContain('broken␛]0;pwned␇.json');
    expect(frames[0]![1]).toContain('Ceasefire talks resume in Geneva');
    await app.unmount();
  });
});
