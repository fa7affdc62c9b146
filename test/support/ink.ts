import { render } from 'ink-testing-library';
import { act, createElement } from 'react';
import { vi } from 'vitest';
import type { Corpus } from '../../src/core/types.js';
import { App, type AppProps } from '../../src/ui/App.js';
import { guardInput } from '../../src/ui/input-guard.js';

/** Key sequences as a terminal sends them. */
export const KEY = {
  up: '\u001b[A', down: '\u001b[B', enter: '\r', escape: '\u001b', tab: '\t', shiftTab: '\u001b[Z',
  pageDown: '\u001b[6~', ctrlC: '\u0003',
} as const;

/** Renders the app at a size and gives helpers that type and wait for frames (never fixed sleeps). */
export async function renderApp(corpus: Corpus, size = { columns: 100, rows: 30 }, props: Partial<AppProps> = {}) {
  let quit = false;
  let rendered: ReturnType<typeof render> | null = null;
  await act(async () => {
    rendered = render(createElement(App, { corpus, size, onQuit: () => { quit = true; }, ...props }));
  });
  const app = rendered! as ReturnType<typeof render>;
  guardInput(app.stdin as unknown as { read: (size?: number) => unknown });
  const frame = () => app.lastFrame() ?? '';
  await vi.waitFor(() => { if (!frame().includes('newsx')) throw new Error('no first frame yet'); });
  return {
    frame,
    /** Everything written to the terminal so far, frames and escape sequences alike. */
    written: () => app.frames.join(''),
    quitted: () => quit,
    /** Writes keys one at a time (Ink reads a burst as one paste), waiting a tick between. */
    async press(...keys: string[]) {
      for (const key of keys) {
        // act() lets React run the effects that re-subscribe input handlers before the next key, as a
        // terminal's event loop does between keystrokes; a lone Esc also needs Ink's escape timer tick.
        await act(async () => {
          app.stdin.write(key);
          await new Promise((r) => setTimeout(r, key === KEY.escape ? 20 : 2));
        });
      }
    },
    /** Writes chunks with no frame between them, as keys that arrive faster than the app draws. */
    async burst(...chunks: string[]) {
      await act(async () => {
        for (const chunk of chunks) app.stdin.write(chunk);
      });
      await act(async () => { await new Promise((r) => setTimeout(r, 2)); });
    },
    async type(text: string) {
      for (const ch of text) await this.press(ch);
    },
    async waitFor(check: (frame: string) => boolean, what: string) {
      await vi.waitFor(() => { if (!check(frame())) throw new Error(`waiting for ${what}; frame:\n${frame()}`); }, { timeout: 3000 });
    },
    unmount: () => act(() => app.unmount()),
  };
}
