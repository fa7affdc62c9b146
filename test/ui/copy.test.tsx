import { describe, expect, it } from 'vitest';
import { osc52 } from '../../src/ui/clipboard.js';
import { sampleCorpus } from '../support/corpus.js';
import { KEY, renderApp } from '../support/ink.js';

const corpus = sampleCorpus();

function sink() {
  const copied: string[] = [];
  const saved: string[] = [];
  return { copied, saved, citations: { copy: (t: string) => (copied.push(t), true), save: (t: string) => (saved.push(t), '/home/me/newsx-citations.txt') } };
}

describe('copying findings with their citations (y, Y, e)', () => {
  it('y copies the selected article with outlet, title and date, and says so', async () => {
    const s = sink();
    const app = await renderApp(corpus, undefined, { citations: s.citations });
    await app.press('y');
    await app.waitFor((f) => f.includes('Copied the citation'), 'the copied message');
    expect(s.copied).toHaveLength(1);
    expect(s.copied[0]).toMatch(/^(Evening Herald|Daily Gazette|Press TV), “.+”, 2025-03-\d\d, \S+\.txt$/);
  });

  it('Y copies every article the list shows, one citation a line', async () => {
    const s = sink();
    const app = await renderApp(corpus, undefined, { citations: s.citations });
    await app.press('/');
    await app.type('bridge');
    await app.press(KEY.enter, 'Y');
    await app.waitFor((f) => f.includes('Copied 2 lines of citations'), 'the copied message');
    expect(s.copied[0]!.split('\n')).toHaveLength(2);
    expect(s.copied[0]).not.toContain('Press TV');
  });

  it('y on a quote in an actor\u2019s detail copies the quote with its speaker and paragraph', async () => {
    const s = sink();
    const app = await renderApp(corpus, undefined, { citations: s.citations });
    await app.press('2', '/');
    await app.type('berg');
    await app.press(KEY.enter, KEY.enter);
    await app.waitFor((f) => f.includes('Anna Berg'), 'the actor detail');
    // Down to the quote row, whatever sections come before it.
    for (let i = 0; i < 6 && !(s.copied.at(-1) ?? '').includes('good day'); i++) {
      await app.press('y');
      await app.waitFor((f) => f.includes('Copied'), 'a copy');
      if (!(s.copied.at(-1) ?? '').includes('good day')) await app.press(KEY.down);
    }
    expect(s.copied.at(-1)).toMatch(/good day for the city.* — Anna Berg, Daily Gazette, “Harbour bridge reopens after repairs”, 2025-03-10, gazette\.txt, ¶\d+$/);
  });

  it('y on a chronology entry copies its date, event and every report with its source', async () => {
    const s = sink();
    const app = await renderApp(corpus, undefined, { citations: s.citations });
    await app.press('3', 'y');
    await app.waitFor((f) => f.includes('Copied'), 'the copied message');
    const [first, ...reports] = s.copied[0]!.split('\n');
    expect(first).toMatch(/^\d{4}-\d\d(-\d\d)?: /);
    expect(reports.length).toBeGreaterThan(0);
    for (const r of reports.filter((l) => !l.startsWith('  ('))) expect(r).toMatch(/^ {2}“.+” \(\d{4}.*\) — .+, “.+”, 2025-03-\d\d, \S+, ¶\d+$/);
  });

  it('y in the reader copies the paragraph in view with its ¶; Y the article', async () => {
    const s = sink();
    const app = await renderApp(corpus, undefined, { citations: s.citations });
    await app.press(KEY.enter);
    await app.waitFor((f) => f.includes('clean · line'), 'the reader');
    await app.press('y', 'Y');
    await app.waitFor(() => s.copied.length === 2, 'two copies');
    expect(s.copied[0]).toMatch(/ — Evening Herald, “Bridge reopening delayed by storm”, 2025-03-09, herald\.txt, ¶\d+$/);
    expect(s.copied[1]).toBe('Evening Herald, “Bridge reopening delayed by storm”, 2025-03-09, herald.txt');
  });

  it('y on a comparison row copies what each side says, each cited', async () => {
    const s = sink();
    const app = await renderApp(corpus, undefined, { citations: s.citations });
    await app.press('4', KEY.enter);
    await app.waitFor((f) => f.includes('row 1/'), 'the comparison');
    await app.press('y');
    await app.waitFor(() => s.copied.length === 1, 'a copy');
    for (const side of s.copied[0]!.split('\n')) expect(side).toMatch(/^[AB]: .+ — .+, “.+”, 2025-03-\d\d, \S+\.txt$/);
  });

  it('e writes the citation to a file and names it; with no file sink it says it cannot', async () => {
    const s = sink();
    const app = await renderApp(corpus, undefined, { citations: s.citations });
    await app.press('e');
    await app.waitFor((f) => f.includes('Wrote the citation to /home/me/newsx-citations.txt'), 'the written message');
    expect(s.saved).toHaveLength(1);
    expect(s.copied).toHaveLength(0);
  });

  it('by default the citation goes to the terminal as the exact OSC 52 bytes', async () => {
    const app = await renderApp(corpus);
    await app.press('y');
    await app.waitFor((f) => f.includes('Copied'), 'the copied message');
    const sent = /\u001b\]52;c;([A-Za-z0-9+/=]+)\u0007/.exec(app.written());
    expect(sent).not.toBeNull();
    const text = Buffer.from(sent![1]!, 'base64').toString('utf8');
    expect(app.written()).toContain(osc52(text)!);
    expect(text).toMatch(/, “.+”, 2025-03-\d\d, /);
  });
});
