/**
 * Keystroke to frame: the real App rendered with Ink's render() into a fake terminal (not Ink's debug
 * mode, so throttling and the frame diff run as in a terminal), timed from a key written to stdin to
 * the next write of a frame, for each pane. Ink must be imported after CI is cleared (docs/DESIGN.md §7).
 */
import { EventEmitter } from 'node:events';
import type { Corpus } from '../../src/core/types.js';
import { atMost, ms, type Figure } from './figures.js';
import { median, now } from './timing.js';
import { TYPED_QUERY } from './filter-bench.js';

/** One frame should be drawn within this (60 frames a second). */
export const FRAME_BUDGET_MS = 16;

class FakeStdout extends EventEmitter {
  columns = 100;
  rows = 30;
  waiter: (() => void) | null = null;
  write = (_chunk: string) => {
    const waiter = this.waiter;
    this.waiter = null;
    waiter?.();
    return true;
  };
}

class FakeStdin extends EventEmitter {
  isTTY = true;
  private data: string | null = null;
  write(data: string) {
    this.data = data;
    this.emit('readable');
  }
  read = () => {
    const data = this.data;
    this.data = null;
    return data;
  };
  setEncoding() {}
  setRawMode() {}
  resume() {}
  pause() {}
  ref() {}
  unref() {}
}

/** The keys each pane is exercised with, as a terminal sends them; the first key brings the pane up. */
const PANE_KEYS: readonly { pane: string; keys: string[] }[] = [
  { pane: 'Articles list', keys: ['j', 'j', 'j', 'j', 'j', 'j', 'j', 'j', 'k', 'k'] },
  { pane: 'Articles filter', keys: ['/', ...TYPED_QUERY] },
  { pane: 'Reader', keys: ['\r', '\r', 'j', 'j', 'j', 'j', 'j', 'j'] },
  { pane: 'Actors', keys: ['q', '2', 'j', 'j', 'j', 'j', 'j', 'j', 'j', 'j'] },
  { pane: 'Chronology', keys: ['3', 'j', 'j', 'j', 'j', 'j', 'j', 'j', 'j'] },
  { pane: 'Compare', keys: ['4', 'j', 'j', 'j', 'j', 'j', 'j', 'j', 'j'] },
];

/** Writes a key and waits for the next frame; the time in ms, or null when no frame came. */
async function keyToFrame(stdin: FakeStdin, stdout: FakeStdout, key: string): Promise<number | null> {
  const frame = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => { stdout.waiter = null; resolve(false); }, 2000);
    stdout.waiter = () => { clearTimeout(timer); resolve(true); };
  });
  const start = now();
  stdin.write(key);
  const drawn = await frame;
  const elapsed = now() - start;
  // Let Ink's throttle window pass, so each key is timed as a lone keystroke.
  await new Promise((r) => setTimeout(r, 40));
  return drawn ? elapsed : null;
}

/** Keystroke-to-frame figures for every pane at one corpus size. */
export async function frameFigures(corpus: Corpus): Promise<Figure[]> {
  const [{ render }, { createElement }, { App }, { guardInput }] = await Promise.all([
    import('ink'), import('react'), import('../../src/ui/App.js'), import('../../src/ui/input-guard.js'),
  ]);
  const stdout = new FakeStdout();
  const stdin = guardInput(new FakeStdin());
  const first = new Promise<void>((resolve) => { stdout.waiter = resolve; });
  const instance = render(createElement(App, { corpus, size: { columns: 100, rows: 30 } }), {
    stdout: stdout as unknown as NodeJS.WriteStream, stdin: stdin as unknown as NodeJS.ReadStream,
    stderr: stdout as unknown as NodeJS.WriteStream, exitOnCtrlC: false, patchConsole: false, maxFps: 60,
  });
  await first;
  await new Promise((r) => setTimeout(r, 50));
  const figures: Figure[] = [];
  for (const { pane, keys } of PANE_KEYS) {
    const times: number[] = [];
    let missed = 0;
    for (const key of keys) {
      const t = await keyToFrame(stdin, stdout, key);
      if (t === null) missed++;
      else times.push(t);
    }
    const med = median(times);
    const figure = atMost(`key to frame, ${pane}, ${corpus.articles.length.toLocaleString('en')} articles`, med, FRAME_BUDGET_MS, 1, '× 16 ms', ms);
    figures.push({ ...figure, measured: `${ms(med)} (max ${ms(Math.max(0, ...times))}${missed ? `, ${missed} keys drew nothing` : ''})` });
  }
  instance.unmount();
  instance.cleanup();
  return figures;
}
