import { chmodSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'newsx-cli-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const STORY = 'Bridge reopens after repairs\n\nThe harbour bridge reopened on Monday, the mayor said.\n';

describe('newsx on the command line', () => {
  it('prints its version and help', () => {
    expect(runCli(['--version']).stdout).toMatch(/^newsx \d+\.\d+\.\d+/);
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('newsx compare A B');
    expect(help.stdout).toContain('--follow-links');
    expect(runCli(['actors', '--help']).stdout).toContain('Usage: newsx actors');
  });

  it('gives the bundled five articles as JSON, each with outlet and publication date', () => {
    const { status, stdout } = runCli(['articles', '--json']);
    expect(status).toBe(0);
    const articles = JSON.parse(stdout) as { outlet: string | null; published: string | null; paragraphs: string[] }[];
    expect(articles).toHaveLength(5);
    for (const a of articles) {
      expect(a.outlet).toBeTruthy();
      expect(a.published).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect(a.paragraphs.length).toBeGreaterThan(2);
    }
  });

  it.each([
    [['articles', '/no/such/folder'], /No folder \/no\/such\/folder/, 1],
    [['articles', '--bogus'], /Unknown option --bogus/, 2],
    [['compare', 'x'], /compare needs two articles/, 2],
    [['articles', 'a', 'b'], /Too many arguments/, 2],
    [['articles', '--format', 'xml'], /Unknown format 'xml'/, 2],
    [['articles', '--since', 'March'], /--since March: give a date/, 2],
    [['articles', '--manifest', '/dev/zero', 'data'], /\/dev\/zero is not a regular file/, 1],
    [['actros'], /Unknown command 'actros'. Did you mean 'newsx actors'/, 2],
  ])('%j fails with one clear line and its exit status', (args, message, code) => {
    const { status, stderr } = runCli(args);
    expect(status).toBe(code);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('says an empty folder has no articles', () => {
    const { status, stderr } = runCli(['articles', folder({ 'notes.pdf': '%PDF-1.4' })]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/No articles in/);
  });

  it('without a terminal, the bare command points to the subcommands', () => {
    const { status, stderr } = runCli([]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/needs a terminal.*newsx articles/);
  });

  it('lists the candidates of an ambiguous title fragment', () => {
    const { status, stderr } = runCli(['compare', 'Trump', 'Witkoff']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/matches \d+ articles/);
    expect(stderr.split('\n').length).toBeGreaterThan(2);
  });

  it('escapes control and bidi characters in JSON and strips them from text output', () => {
    const dir = folder({ 'evil.txt': `Headline \u001b]0;pwned\u0007 here\u202e\n\nThe mayor said \u009b31m hello on Monday.\n` });
    const json = runCli(['articles', dir, '--json']).stdout;
    expect(json).not.toMatch(/[\u001b\u0007\u009b\u202e]/);
    const text = runCli(['articles', dir]).stdout;
    expect(text).not.toMatch(/[\u001b\u0007\u009b\u202e]/);
  });

  it('never writes into the corpus folder, even a read-only one, and reuses its cache', () => {
    const dir = folder({ 'a.txt': STORY, 'sub/b.md': `---\ntitle: Second\noutlet: Gazette\n---\n${STORY}` });
    chmodSync(dir, 0o555);
    const before = readdirSync(dir, { recursive: true }).map(String).sort();
    const mtime = statSync(dir).mtimeMs;
    const cache = mkdtempSync(join(tmpdir(), 'newsx-cache-'));
    const first = runCli(['articles', dir, '--json'], { XDG_CACHE_HOME: cache });
    const second = runCli(['articles', dir, '--json'], { XDG_CACHE_HOME: cache });
    expect(first.status).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(readdirSync(join(cache, 'newsx')).filter((f) => f.endsWith('.jsonl.gz'))).toHaveLength(2);
    expect(readdirSync(dir, { recursive: true }).map(String).sort()).toEqual(before);
    expect(statSync(dir).mtimeMs).toBe(mtime);
    chmodSync(dir, 0o755);
  });
});
