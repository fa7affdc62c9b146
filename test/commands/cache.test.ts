import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { runCli } from '../support/cli.js';
import { BIN } from '../support/tmux.js';

const ROOT = join(import.meta.dirname, '..', '..');

function corpusFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsx-cache-corpus-'));
  writeFileSync(join(dir, 'gazette.txt'), 'Harbour bridge reopens after repairs\n\nThe harbour bridge reopened on Monday, the mayor Anna Berg said.\n');
  writeFileSync(join(dir, 'herald.txt'), 'Grain exports rise in February\n\nGrain exports rose by 4 percent in February, the ministry said.\n');
  return dir;
}

/** Marks every cached analysis so a run that reads it shows it: a title no analysis would make. */
function poisonCache(cacheHome: string): void {
  const dir = join(cacheHome, 'newsx');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const cached = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { analysis: { articles: { title: string }[] } };
    for (const article of cached.analysis.articles) article.title = 'TITLE FROM THE CACHE';
    writeFileSync(join(dir, file), JSON.stringify(cached));
  }
}

/** The article titles `newsx articles --json` gives, run from a build (`bin`) with a cache folder. */
function titles(bin: string, dir: string, cacheHome: string): string[] {
  const run = spawnSync(process.execPath, [bin, 'articles', dir, '--json'], { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: cacheHome }, timeout: 120_000 });
  expect(run.status).toBe(0);
  return (JSON.parse(run.stdout) as { title: string }[]).map((a) => a.title).sort();
}

/** A copy of the installed newsx whose build hash says it is another build (as an upgrade would be). */
function anotherBuild(): string {
  const root = mkdtempSync(join(tmpdir(), 'newsx-build-'));
  cpSync(join(ROOT, 'package.json'), join(root, 'package.json'));
  cpSync(join(ROOT, 'dist'), join(root, 'dist'), { recursive: true });
  const buildFile = join(root, 'dist', 'build.json');
  const build = JSON.parse(readFileSync(buildFile, 'utf8')) as { version: string; buildHash: string };
  writeFileSync(buildFile, JSON.stringify({ ...build, buildHash: `other-${build.buildHash}` }));
  return join(root, 'dist', 'newsx.js');
}

describe('the analysis cache', () => {
  it('is read back when nothing changed', () => {
    const dir = corpusFolder();
    const cache = mkdtempSync(join(tmpdir(), 'newsx-cache-'));
    titles(BIN, dir, cache);
    poisonCache(cache);
    expect(titles(BIN, dir, cache)).toEqual(['TITLE FROM THE CACHE', 'TITLE FROM THE CACHE']);
  });

  it.each([
    ['a file is edited', (dir: string) => writeFileSync(join(dir, 'herald.txt'), 'Grain exports fall in March\n\nGrain exports fell by 2 percent in March, the ministry said.\n')],
    ['a file is added', (dir: string) => writeFileSync(join(dir, 'wire.txt'), 'Storm closes the port\n\nThe port closed on Sunday as the storm arrived, officials said.\n')],
    ['the manifest changes', (dir: string) => writeFileSync(join(dir, 'newsx.json'), JSON.stringify({ version: 1, articles: { 'gazette.txt': { outlet: 'Daily Gazette' } } }))],
  ])('is not trusted when %s', (_what, change) => {
    const dir = corpusFolder();
    const cache = mkdtempSync(join(tmpdir(), 'newsx-cache-'));
    titles(BIN, dir, cache);
    poisonCache(cache);
    change(dir);
    expect(titles(BIN, dir, cache)).not.toContain('TITLE FROM THE CACHE');
  });

  it('is not trusted by another build of newsx', () => {
    const dir = corpusFolder();
    const cache = mkdtempSync(join(tmpdir(), 'newsx-cache-'));
    titles(BIN, dir, cache);
    poisonCache(cache);
    expect(titles(anotherBuild(), dir, cache)).not.toContain('TITLE FROM THE CACHE');
  });

  it('is neither read nor written with --no-cache', () => {
    const dir = corpusFolder();
    const cache = mkdtempSync(join(tmpdir(), 'newsx-cache-'));
    expect(runCli(['articles', dir, '--no-cache'], { XDG_CACHE_HOME: cache }).status).toBe(0);
    expect(() => readdirSync(join(cache, 'newsx'))).toThrow();
  });
});
