import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { writeTxtCorpus } from '../bench/corpus.js';
import { BIN, hasTmux, Terminal } from '../support/tmux.js';

// The built explorer loads and analyses in a worker thread: these run dist/newsx.js in a real terminal,
// so they check the worker made it into the bundle as well as what the user sees while it works.
const base = mkdtempSync(join(tmpdir(), 'newsx-worker-'));
const small = writeTxtCorpus(join(base, 'small'), 40).dir;
const large = writeTxtCorpus(join(base, 'large'), 600).dir;
let term: Terminal | null = null;
afterEach(() => term?.close());
afterAll(() => rmSync(base, { recursive: true, force: true }));

const progressShown = (s: string) => /loading .*\n[\s\S]*\d+%/.test(s) && /reading|analysing|checking|saving|starting/.test(s);

describe.skipIf(!hasTmux)('the explorer while the corpus loads', () => {
  it('shows progress with counts, then the articles; q quits', { timeout: 120_000 }, async () => {
    term = new Terminal(['node', BIN, large, '--no-cache'], { columns: 100, rows: 30, env: { CI: 'true' } });
    const loading = await term.waitFor(progressShown, 'the progress view', 30_000);
    expect(loading).toContain('q quit');
    await term.waitFor((s) => s.includes('of 600 articles'), 'the article list', 110_000);
    term.send('q');
    await term.waitFor(() => term!.exitStatus() !== null, 'newsx to exit');
    expect(term.exitStatus()).toBe(0);
  });

  it('answers q before the analysis is done', { timeout: 60_000 }, async () => {
    term = new Terminal(['node', BIN, large, '--no-cache'], { columns: 100, rows: 30 });
    await term.waitFor((s) => s.includes('analysing'), 'the analysis to start', 30_000);
    const pressed = Date.now();
    term.send('q');
    await term.waitFor(() => term!.exitStatus() !== null, 'newsx to exit', 5000);
    expect(term.exitStatus()).toBe(0);
    expect(Date.now() - pressed).toBeLessThan(3000);
  });

  it('opens a small folder straight into the list', { timeout: 60_000 }, async () => {
    term = new Terminal(['node', BIN, small, '--no-cache'], { columns: 100, rows: 30 });
    await term.waitFor((s) => s.includes('of 40 articles'), 'the article list', 50_000);
    term.send('q');
    await term.waitFor(() => term!.exitStatus() !== null, 'newsx to exit');
    expect(term.exitStatus()).toBe(0);
  });

  it('reports a folder that does not exist after leaving the screen, with exit status 1', { timeout: 30_000 }, async () => {
    term = new Terminal(['bash', '-c', `node ${BIN} /no/such/folder; echo STATUS=$?`], { columns: 100, rows: 30 });
    const screen = await term.waitFor((s) => s.includes('STATUS='), 'newsx to exit', 20_000);
    expect(screen).toMatch(/No folder \/no\/such\/folder/);
    expect(screen).toContain('STATUS=1');
  });
});
