import { mkdirSync, mkdtempSync, readFileSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appendCitations, CITATIONS_FILE } from '../../src/commands/citations-file.js';

const home = process.env.HOME;
afterEach(() => { process.env.HOME = home; });

describe("the explorer's citations file (e)", () => {
  it('appends to newsx-citations.txt in the current folder, private, each entry dated', () => {
    const corpus = mkdtempSync(join(tmpdir(), 'newsx-corpus-'));
    const cwd = mkdtempSync(join(tmpdir(), 'newsx-cwd-'));
    const when = new Date('2026-12-01T21:30:00Z');
    expect(appendCitations('first', corpus, cwd, when)).toBe(join(cwd, CITATIONS_FILE));
    appendCitations('second', corpus, cwd, when);
    expect(readFileSync(join(cwd, CITATIONS_FILE), 'utf8')).toBe('— newsx, 2026-12-01 21:30 UTC\nfirst\n\n— newsx, 2026-12-01 21:30 UTC\nsecond\n\n');
    expect(statSync(join(cwd, CITATIONS_FILE)).mode & 0o777).toBe(0o600);
  });

  it('never writes into the corpus folder: from inside it, the file goes to the home folder', () => {
    const corpus = mkdtempSync(join(tmpdir(), 'newsx-corpus-'));
    mkdirSync(join(corpus, 'sub'));
    process.env.HOME = mkdtempSync(join(tmpdir(), 'newsx-home-'));
    expect(appendCitations('x', corpus, join(corpus, 'sub'))).toBe(join(process.env.HOME, CITATIONS_FILE));
    expect(appendCitations('x', corpus, corpus)).toBe(join(process.env.HOME, CITATIONS_FILE));
    expect(existsSync(join(corpus, 'sub', CITATIONS_FILE))).toBe(false);
    expect(existsSync(join(corpus, CITATIONS_FILE))).toBe(false);
  });
});
