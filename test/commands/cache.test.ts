import { cpSync, mkdirSync, rmSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { runCli } from '../support/cli.js';
import { BIN } from '../support/tmux.js';

const ROOT = join(import.meta.dirname, '..', '..');
const POISON = 'TITLE FROM THE CACHE';

function corpusFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsx-cache-corpus-'));
  writeFileSync(join(dir, 'gazette.txt'), 'Harbour bridge reopens after repairs\n\nThe harbour bridge reopened on Monday, the mayor Anna Berg said.\n');
  writeFileSync(join(dir, 'herald.txt'), 'Grain exports rise in February\n\nGrain exports rose by 4 percent in February, the ministry said.\n');
  return dir;
}

/** The cache file of a kind ('articles' or 'analysis'); there is one per corpus folder in these tests. */
function cacheFile(cacheHome: string, kind: string): string {
  const dir = join(cacheHome, 'newsx');
  const name = readdirSync(dir).find((f) => f.endsWith(`.${kind}.jsonl.gz`));
  if (!name) throw new Error(`no ${kind} file in ${dir}`);
  return join(dir, name);
}

/** Rewrites a cache file's lines (header first, trailer last), keeping it a valid gzip file. */
function rewrite(file: string, change: (lines: unknown[]) => unknown[]): void {
  const lines = gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as unknown);
  writeFileSync(file, gzipSync(change(lines).map((l) => JSON.stringify(l)).join('\n') + '\n'));
}

/** Marks every cached article so a run that reads it shows it: a title no analysis would make. */
function poisonArticles(cacheHome: string): void {
  rewrite(cacheFile(cacheHome, 'articles'), (lines) => lines.map((l) => {
    if (Array.isArray(l)) (l[1] as { title: string }).title = POISON;
    return l;
  }));
}

/** The article titles `newsx articles --json` gives, by file, run from a build (`bin`) with a cache folder. */
function titles(bin: string, dir: string, cacheHome: string): Record<string, string> {
  const run = spawnSync(process.execPath, [bin, 'articles', dir, '--json'], { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: cacheHome }, timeout: 120_000 });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return Object.fromEntries((JSON.parse(run.stdout) as { file: string; title: string }[]).map((a) => [a.file, a.title]));
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

const FRESH = { 'gazette.txt': 'Harbour bridge reopens after repairs', 'herald.txt': 'Grain exports rise in February' };

/** A corpus analysed once into a fresh cache folder. */
function analysed(): { dir: string; cache: string } {
  const dir = corpusFolder();
  const cache = mkdtempSync(join(tmpdir(), 'newsx-cache-'));
  expect(titles(BIN, dir, cache)).toEqual(FRESH);
  return { dir, cache };
}

describe('the analysis cache', () => {
  it('is read back when nothing changed', () => {
    const { dir, cache } = analysed();
    poisonArticles(cache);
    expect(titles(BIN, dir, cache)).toEqual({ 'gazette.txt': POISON, 'herald.txt': POISON });
  });

  it.each([
    ['a file is edited', 'herald.txt', (dir: string) => writeFileSync(join(dir, 'herald.txt'), 'Grain exports fall in March\n\nGrain exports fell by 2 percent in March, the ministry said.\n'), 'Grain exports fall in March'],
    ['a file is added', 'wire.txt', (dir: string) => writeFileSync(join(dir, 'wire.txt'), 'Storm closes the port\n\nThe port closed on Sunday as the storm arrived, officials said.\n'), 'Storm closes the port'],
    ['the manifest changes', 'gazette.txt', (dir: string) => writeFileSync(join(dir, 'newsx.json'), JSON.stringify({ version: 1, articles: { 'gazette.txt': { outlet: 'Daily Gazette' } } })), FRESH['gazette.txt']],
  ])('builds only the changed article when %s, and keeps the others', (_what, changed, change, title) => {
    const { dir, cache } = analysed();
    poisonArticles(cache);
    change(dir);
    const after = titles(BIN, dir, cache);
    expect(after[changed]).toBe(title);
    for (const [file, t] of Object.entries(after)) if (file !== changed) expect(t).toBe(POISON);
  });

  it('runs the corpus-level stages again when a file is removed, and drops its article', () => {
    const { dir, cache } = analysed();
    rmSync(join(dir, 'herald.txt'));
    const actors = runCli(['actors', dir, '--json'], { XDG_CACHE_HOME: cache });
    expect(actors.status).toBe(0);
    const stored = gunzipSync(readFileSync(cacheFile(cache, 'articles'))).toString('utf8');
    expect(stored).toContain('Harbour bridge');
    expect(stored).not.toContain('Grain exports');
  });

  it('is not trusted by another build of newsx', () => {
    const { dir, cache } = analysed();
    poisonArticles(cache);
    expect(titles(anotherBuild(), dir, cache)).toEqual(FRESH);
  });

  it('is neither read nor written with --no-cache', () => {
    const dir = corpusFolder();
    const cache = mkdtempSync(join(tmpdir(), 'newsx-cache-'));
    expect(runCli(['articles', dir, '--no-cache'], { XDG_CACHE_HOME: cache }).status).toBe(0);
    expect(() => readdirSync(join(cache, 'newsx'))).toThrow();
  });

  it('is private: 0600 files in a 0700 folder, even a folder that was open before', () => {
    const dir = corpusFolder();
    const cache = mkdtempSync(join(tmpdir(), 'newsx-cache-'));
    mkdirSync(join(cache, 'newsx'), { mode: 0o755 });
    expect(titles(BIN, dir, cache)).toEqual(FRESH);
    expect(statSync(join(cache, 'newsx')).mode & 0o777).toBe(0o700);
    for (const kind of ['articles', 'analysis']) expect(statSync(cacheFile(cache, kind)).mode & 0o777).toBe(0o600);
  });

  it.each([
    ['valid JSON of the wrong shape', (file: string) => rewrite(file, (lines) => lines.map((l) => (Array.isArray(l) ? [l[0], { ...(l[1] as object), title: 42 }] : l)))],
    ['a record that is not an article', (file: string) => rewrite(file, (lines) => lines.map((l) => (Array.isArray(l) ? { articles: 'all of them' } : l)))],
    ['another format in the header', (file: string) => rewrite(file, (lines) => lines.map((l, i) => (i === 0 ? { ...(l as object), format: 999 } : Array.isArray(l) ? [l[0], { ...(l[1] as object), title: POISON }] : l)))],
    ['half-written (cut in the middle)', (file: string) => writeFileSync(file, readFileSync(file).subarray(0, Math.floor(statSync(file).size / 2)))],
    ['without its trailer', (file: string) => rewrite(file, (lines) => lines.slice(0, -1).map((l) => (Array.isArray(l) ? [l[0], { ...(l[1] as object), title: POISON }] : l)))],
    ['damaged bytes', (file: string) => { const bytes = readFileSync(file); bytes.fill(0x41, 20, 60); writeFileSync(file, bytes); }],
    ['not gzip at all', (file: string) => writeFileSync(file, '{"articles": []}\n')],
  ])('holding an articles file of %s is a miss: the run opens every article and rebuilds the file', (_what, damage) => {
    const { dir, cache } = analysed();
    damage(cacheFile(cache, 'articles'));
    expect(titles(BIN, dir, cache)).toEqual(FRESH);
    // Rebuilt whole: the next run reads it back.
    poisonArticles(cache);
    expect(titles(BIN, dir, cache)).toEqual({ 'gazette.txt': POISON, 'herald.txt': POISON });
  });

  it('holding an analysis of the wrong shape is a miss, and the actors are found again', () => {
    const { dir, cache } = analysed();
    const before = runCli(['actors', dir, '--json'], { XDG_CACHE_HOME: cache }).stdout;
    rewrite(cacheFile(cache, 'analysis'), (lines) => lines.map((l) => ((l as { actor?: object }).actor ? { actor: { ...(l as { actor: object }).actor, mentions: 'many' } } : l)));
    const after = runCli(['actors', dir, '--json'], { XDG_CACHE_HOME: cache });
    expect(after.status).toBe(0);
    expect(after.stdout).toBe(before);
    expect(after.stdout).toContain('Anna Berg');
  });

  it('whose file path is a directory still runs, and leaves no temporary file behind', () => {
    const { dir, cache } = analysed();
    for (const kind of ['articles', 'analysis']) {
      const file = cacheFile(cache, kind);
      rewrite(file, (lines) => lines);
      spawnSync('rm', ['-f', file]);
      mkdirSync(file);
    }
    writeFileSync(join(dir, 'wire.txt'), 'Storm closes the port\n\nThe port closed on Sunday, officials said.\n');
    for (let run = 0; run < 2; run++) expect(Object.keys(titles(BIN, dir, cache))).toHaveLength(3);
    expect(readdirSync(join(cache, 'newsx')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('prunes files unused for a month, stale temporary files and analyses of the old format', () => {
    const cache = mkdtempSync(join(tmpdir(), 'newsx-cache-'));
    const folder = join(cache, 'newsx');
    mkdirSync(folder, { mode: 0o700 });
    const old = new Date(Date.now() - 40 * 24 * 3600 * 1000);
    const files = { unused: 'aaaa.analysis.jsonl.gz', legacy: '0123abcd.json', deadTemporary: 'bbbb.articles.jsonl.gz.1.2.tmp', recent: 'cccc.analysis.jsonl.gz' };
    for (const name of Object.values(files)) writeFileSync(join(folder, name), 'x');
    for (const name of [files.unused, files.deadTemporary]) utimesSync(join(folder, name), old, old);
    expect(titles(BIN, corpusFolder(), cache)).toEqual(FRESH);
    const left = readdirSync(folder);
    expect(left).toContain(files.recent);
    for (const name of [files.unused, files.legacy, files.deadTemporary]) expect(left).not.toContain(name);
  });
});
