import { afterEach, describe, expect, it } from 'vitest';
import { makeBadCorpus, type BadCorpus } from '../fixtures/make-bad-corpus.js';
import { runCli } from '../support/cli.js';
import { BIN, hasTmux, Terminal } from '../support/tmux.js';

let term: Terminal | null = null;
let corpus: BadCorpus | null = null;
afterEach(async () => {
  term?.close();
  await corpus?.cleanup();
});

// A folder nobody cleaned: the good articles open, the rest is listed with reasons, and quitting
// leaves the terminal exactly as it was.
describe.skipIf(!hasTmux)('a folder of bad files in a terminal', () => {
  it('shows the good articles, lists what was skipped with w, and restores the screen on q', { timeout: 120_000 }, async () => {
    corpus = await makeBadCorpus();
    term = new Terminal(['bash', '-c', `echo BEFORE-NEWSX; node ${BIN} ${corpus.root}`], { columns: 100, rows: 30, env: { CI: 'true' } });
    const list = await term.waitFor((s) => /\d+ of \d+ articles/.test(s), 'the article list', 90_000);
    expect(list).toContain('Ceasefire talks to resume in Geneva');
    expect(list).not.toMatch(/\u001b/);
    term.send('w');
    const warnings = await term.waitFor((s) => s.includes('Skipped ('), 'the warnings');
    expect(warnings).toMatch(/binary/);
    expect(warnings).toMatch(/empty/);
    term.send('Escape');
    term.send('q');
    await term.waitFor(() => term!.exitStatus() !== null, 'newsx to exit');
    expect(term.exitStatus()).toBe(0);
    const after = term.screen();
    expect(after).toContain('BEFORE-NEWSX');
    expect(after).not.toMatch(/of \d+ articles/);
  });
});

describe('a folder of bad files on the command line', () => {
  it('loads the good articles and reports each skipped file on stderr', { timeout: 120_000 }, async () => {
    corpus = await makeBadCorpus();
    const { status, stdout, stderr } = runCli(['articles', corpus.root, '--json']);
    expect(status).toBe(0);
    expect((JSON.parse(stdout) as unknown[]).length).toBeGreaterThan(3);
    expect(stderr).toMatch(/skipped: .*binary/);
    expect(stderr).toMatch(/skipped: .*empty/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
