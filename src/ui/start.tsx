import { render } from 'ink';
import type { Corpus } from '../core/types.js';
import { App } from './App.js';
import { guardInput } from './input-guard.js';

/**
 * Draws the explorer on the terminal until the user quits. One module for tui.ts to load lazily, so
 * Ink and React are parsed only when the explorer runs.
 */
export async function startExplorer(corpus: Corpus): Promise<void> {
  const instance = render(<App corpus={corpus} />, {
    stdin: guardInput(process.stdin),
    exitOnCtrlC: false,
    maxFps: 60,
    patchConsole: false,
  });
  await instance.waitUntilExit();
  instance.cleanup();
}
