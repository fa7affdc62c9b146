import { render } from 'ink-testing-library';
import { act, createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/core/analyse.js';
import { textWidth } from '../../src/core/text/width.js';
import type { Corpus } from '../../src/core/types.js';
import { App } from '../../src/ui/App.js';
import { guardInput } from '../../src/ui/input-guard.js';
import { doc, sampleCorpus } from '../support/corpus.js';
import { KEY } from '../support/ink.js';
import { pick, seededRandom } from '../support/random.js';

/** Keys that name themselves (escape sequences and controls): each is one write, as a terminal sends it. */
const NAMED_KEYS = [KEY.up, KEY.down, KEY.enter, KEY.escape, KEY.tab, KEY.shiftTab, KEY.pageDown, '\u001b[5~', '\u001b[H', '\u001b[F',
  '\u001b[C', '\u001b[D', '\u0015', '\u0004', '\u007f', '\b'];
/** Plain keys: several typed faster than a frame arrive in one read, so a run of them is one write. */
const PLAIN_KEYS = [...'/jkgGnN cdrtw?1234aex/'];
/** What a paste or a terminal's answer brings: text, colours, title and clipboard strings, controls, wide and joined glyphs. */
const PASTES = ['bridge', 'Harbour bridge', 'paste: bridge\u001b[31m red\u001b[0m', '\u001b]0;title\u0007', '\u001b]52;c;Zm9v\u001b\\',
  '\u001b[2J\u001b[H', 'a\u009b2Jb', '\u202eevil\u202c', 'tab\tand\r\nreturn', '特朗普与普京', '⚡☕🫠🗞', '👨\u200d👩\u200d👧', 'می\u200cخواهم',
  '\u0000\u0001\u0002\u0007\u0008', '\u001bPq#0\u001b\\', '\u001b[?1049h', '/Bridge', '/暂停\r', 'j'.repeat(40), '\u001b[200~bracketed\u001b[201~'];
/** Every byte a terminal acts on (C0 but newline, ESC, DEL, C1, bidi controls). FORCE_COLOR=0: Ink draws no SGR either. */
const TERMINAL_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** The sample corpus with wide, joined and hostile titles and outlets, so width and safety are tested on every pane. */
function fuzzCorpus(): Corpus {
  const sample = sampleCorpus();
  const extra = analyseCorpus('/tmp/fuzz\u001b]0;x\u0007', [
    doc('cjk.txt', '特朗普与普京通话讨论乌克兰停火\n\n特朗普周日表示，他将与普京通话。"我们会谈。" Anna Berg said on Monday.', { outlet: '新华社', published: '2025-03-10' }),
    doc('emoji.txt', '⚡ Breaking: ☕ shortage 🫠 hits Harbour 🗞\n\nThe harbour café ran out of coffee on Sunday, the mayor Anna Berg said. 👨\u200d👩\u200d👧 families queued.', { outlet: '🗞 Daily ⚡', published: '2025-03-11' }),
    doc('evil\u001b[2J.txt', `Title\u001b]0;pwned\u0007 with\u202e bidi\n\nThe bridge\u001b]52;c;Zm9v\u001b\\ reopened on Monday, officials said.`, { outlet: 'Outlet\u009b2J', title: 'Manifest\u001b[31m title\u202e' }),
    doc('thai.txt', 'กิน ข้าว ที่ สะพาน\n\nสะพาน เปิด วัน จันทร์ said Anna Berg on Monday.', { outlet: 'ไทยรัฐ', published: '2025-03-12' }),
  ], sample.warnings);
  return analyseCorpus('/tmp/fuzz', [...sample.articles, ...extra.articles].map((a) => doc(a.id, a.raw, { title: a.title, outlet: a.outlet ?? undefined, published: a.published ?? undefined })),
    [...sample.warnings, { file: 'new\nnewsx: forged\u001b]0;x\u0007.txt', reason: 'binary\u001b[2J', skipped: true }]);
}

/** A fake terminal of a size that can change, like the one ink-testing-library gives but resizable. */
function resizable(stdout: NodeJS.WriteStream, size: { columns: number; rows: number }) {
  Object.defineProperty(stdout, 'columns', { get: () => size.columns, configurable: true });
  Object.defineProperty(stdout, 'rows', { get: () => size.rows, configurable: true });
}

// 10,000 seeded random keys, in bursts with no frame between (pastes, escape strings, control
// bytes, wide glyphs) and resizes: the app never throws, every frame fits the terminal in cells and
// rows, and no frame carries a byte the terminal would act on. A failing seed reproduces exactly.
describe('the rendered app under 10,000 random keys, pastes and resizes', () => {
  it.each([Number(process.env.FUZZ_SEED ?? 11)])('stays drawable and safe (seed %i)', { timeout: 120_000 }, async (seed) => {
    const random = seededRandom(seed);
    const size = { columns: 80, rows: 20 };
    const corpus = fuzzCorpus();
    let app!: ReturnType<typeof render>;
    await act(async () => { app = render(createElement(App, { corpus })); });
    resizable(app.stdout as unknown as NodeJS.WriteStream, size);
    await act(async () => { app.stdout.emit('resize'); });
    guardInput(app.stdin as unknown as { read: (size?: number) => unknown });
    let checked = app.frames.length;
    let keys = 0;
    for (let burst = 0; keys < Number(process.env.FUZZ_KEYS ?? 10_000); burst++) {
      const chunks: string[] = [];
      for (let n = 1 + Math.floor(random() * 4); n > 0; n--) {
        const r = random();
        if (r < 0.1) chunks.push(pick(random, PASTES));
        else if (r < 0.45) chunks.push(pick(random, NAMED_KEYS));
        else chunks.push(Array.from({ length: 1 + Math.floor(random() * 8) }, () => pick(random, PLAIN_KEYS)).join(''));
      }
      // An escape sequence is one key; a paste or a run of plain keys is one key per character.
      keys += chunks.reduce((sum, c) => sum + (c.startsWith('\u001b') ? 1 : [...c].length), 0);
      const resize = random() < 0.05;
      const rowsBefore = size.rows;
      await act(async () => {
        for (const chunk of chunks) app.stdin.write(chunk);
        if (resize) {
          size.columns = 20 + Math.floor(random() * 140);
          size.rows = 5 + Math.floor(random() * 50);
          app.stdout.emit('resize');
        }
      });
      // A lone Esc waits for Ink's escape timer: one tick lets it through before the next burst.
      if (chunks.at(-1) === KEY.escape) await act(async () => { await new Promise((r) => setImmediate(r)); });
      const frames = app.frames.slice(checked);
      checked = app.frames.length;
      const where = `seed ${seed}, burst ${burst}, keys ${JSON.stringify(chunks)}, size ${size.columns}x${size.rows}`;
      for (const frame of frames.length ? frames : [app.lastFrame() ?? '']) {
        const found = TERMINAL_CONTROL.exec(frame);
        if (found) expect.fail(`${where}: ${JSON.stringify(found[0])} in the frame\n${frame}`);
        const lines = frame.split('\n');
        if (lines.length > Math.max(rowsBefore, size.rows)) expect.fail(`${where}: ${lines.length} rows\n${frame}`);
      }
      const last = app.lastFrame() ?? '';
      if (last.split('\n').length > size.rows) expect.fail(`${where}: ${last.split('\n').length} rows\n${last}`);
      for (const line of last.split('\n')) if (textWidth(line) > size.columns) expect.fail(`${where}: ${textWidth(line)} cells: ${line}`);
      if (!/^newsx/.test(last)) expect.fail(`${where}: not the app\n${last}`);
    }
    app.unmount();
  });
});
