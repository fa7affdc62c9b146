import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { BIN } from '../support/tmux.js';

describe('command-line conventions', () => {
  it('newsx help CMD and newsx CMD --help print the same; an unknown topic suggests one', () => {
    expect(runCli(['help', 'timeline']).stdout).toBe(runCli(['timeline', '--help']).stdout);
    expect(runCli(['help']).stdout).toBe(runCli(['--help']).stdout);
    const wrong = runCli(['help', 'repot']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/Did you mean 'newsx help report'/);
  });

  it('reads a folder whose name looks like a typo of a command as a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsx-typo-'));
    const folder = join(dir, 'actros');
    spawnSync('mkdir', [folder]);
    writeFileSync(join(folder, 'a.txt'), 'Bridge reopens\n\nThe bridge reopened on Monday, the mayor said.\n');
    const { status, stdout } = spawnSync(process.execPath, [BIN, 'articles', 'actros', '--format', 'jsonl'], { cwd: dir, encoding: 'utf8' });
    expect(status).toBe(0);
    expect(JSON.parse(stdout.trim()).title).toBe('Bridge reopens');
    const explorer = spawnSync(process.execPath, [BIN, 'actros'], { cwd: dir, encoding: 'utf8' });
    expect(explorer.stderr).toMatch(/needs a terminal/);
  });

  it('ends quietly when the reader of a pipe goes away (head)', () => {
    const result = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" timeline --format jsonl | head -1 >/dev/null`], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('writes bash, zsh and fish completion that name the commands, and lists article ids for them', () => {
    const bash = runCli(['completion', 'bash']).stdout;
    expect(spawnSync('bash', ['-n'], { input: bash }).status).toBe(0);
    for (const word of ['articles', 'compare', 'report', '--format', '--outlet']) expect(bash).toContain(word);
    expect(runCli(['completion', 'zsh']).stdout).toContain('bashcompinit');
    expect(runCli(['completion', 'fish']).stdout).toMatch(/complete -c newsx -n __fish_use_subcommand -a ".*timeline/);
    expect(runCli(['completion', 'tcsh']).status).toBe(2);
    const ids = runCli(['completion', 'ids']).stdout.trim().split('\n');
    expect(ids).toHaveLength(5);
    expect(ids).toContain('002_447bd63e341bbe2f.txt');
  });

  it('compare takes an outlet or an id prefix when it names one article', () => {
    const { status, stdout } = runCli(['compare', 'bbc news', '004']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^A: BBC News/);
    expect(stdout).toMatch(/\nB: Press TV/);
  });

  it('filters and formats every list for scripts', () => {
    const csv = runCli(['articles', '--format', 'csv', '--outlet', 'press']).stdout.split('\r\n');
    expect(csv[0]).toBe('DATE,OUTLET,TITLE,ID');
    expect(csv.filter(Boolean)).toHaveLength(2);
    const events = runCli(['timeline', '--since', '2025-03-12', '--until', '2025-03-12', '--json']);
    const entries = JSON.parse(events.stdout) as { date: string }[];
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.date === '2025-03-12' || e.date.length < 10)).toBe(true);
    const actors = runCli(['actors', '--actor', 'witkoff', '--format', 'jsonl']).stdout.trim().split('\n');
    expect(actors.map((l) => JSON.parse(l).name)).toEqual(['Steve Witkoff']);
    const md = runCli(['stories', '--format', 'md']).stdout;
    expect(md.split('\n')[0]).toBe('| STORY | DATE | OUTLET | TITLE | ID |');
  });
});
