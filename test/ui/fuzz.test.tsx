import { afterEach, describe, expect, it } from 'vitest';
import { sampleCorpus } from '../support/corpus.js';
import { KEY, renderApp } from '../support/ink.js';
import { pick, seededRandom } from '../support/random.js';

const KEYS = [KEY.up, KEY.down, KEY.enter, KEY.escape, KEY.tab, KEY.shiftTab, KEY.pageDown, '/', 'j', 'k', 'g', 'G', 'n', 'N',
  ' ', 'c', 'd', 'r', 't', 'w', '?', '1', '2', '3', '4', 'a', 'e', 'x', '\u0015', '\u0004', 'paste: bridge\u001b[31m', '\u001b]0;title\u0007'];

let app: Awaited<ReturnType<typeof renderApp>> | null = null;
afterEach(() => app?.unmount());

// Seeded random keys (pastes and escape sequences included) through the rendered app: it never
// throws, never draws taller than the terminal, and never lets an escape sequence into the frame.
describe('the rendered app under random keys', () => {
  it.each([11, 12])('stays drawable (seed %i)', async (seed) => {
    const random = seededRandom(seed);
    const size = { columns: 80, rows: 20 };
    app = await renderApp(sampleCorpus(), size);
    for (let step = 0; step < 200; step++) {
      const key = pick(random, KEYS);
      await app.press(key === 'q' ? 'j' : key);
      const frame = app.frame();
      const where = `seed ${seed}, step ${step}, key ${JSON.stringify(key)}`;
      expect(frame.split('\n').length, where).toBeLessThanOrEqual(size.rows);
      expect(frame, where).not.toMatch(/\u001b\]|\u0007/);
      expect(frame, where).toContain('newsx');
    }
  });
});
