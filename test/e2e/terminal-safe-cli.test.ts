import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTerminalHostileCorpus, TERMINAL_CONTROL, TITLE, type HostileCorpus } from '../fixtures/make-terminal-hostile-corpus.js';
import { runCli } from '../support/cli.js';

let corpus: HostileCorpus;
beforeAll(async () => { corpus = await makeTerminalHostileCorpus(); });
afterAll(() => corpus?.cleanup());

/** Every string in a parsed JSON value, keys included. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)]);
  return [];
}

function expectNoControls(text: string, where: string) {
  const found = TERMINAL_CONTROL.exec(text);
  expect(found, `${where}: ${JSON.stringify(found?.[0])} at ${found?.index}: ${JSON.stringify(text.slice(Math.max(0, (found?.index ?? 0) - 40), (found?.index ?? 0) + 20))}`).toBeNull();
}

// Every subcommand, for people and for scripts, on a folder whose names, manifest and text attack the
// terminal: nothing a terminal acts on reaches stdout or stderr, and no line is forged.
describe('the command line on a folder that attacks the terminal', () => {
  const runs: [string, string[]][] = [
    ['articles', ['articles']], ['actors', ['actors']], ['timeline', ['timeline']], ['stories', ['stories']],
    ['compare', ['compare', 'Ceasefire', 'Envoy']],
  ];
  it.each(runs.flatMap(([name, args]) => [[name, args, false], [`${name} --json`, args, true]] as const))('%s', { timeout: 60_000 }, (name, args, json) => {
    const { status, stdout, stderr } = runCli([...args, corpus.root, ...(json ? ['--json'] : []), '--no-cache']);
    expect(status, stderr).toBe(0);
    expectNoControls(stdout, `${name} stdout`);
    expectNoControls(stderr, `${name} stderr`);
    // Each warning is one line: the newline in a file name or a manifest field name is shown as ␤.
    for (const line of stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^newsx: /);
    expect(stderr).not.toMatch(/^newsx: (skipped: )?forged/m);
    if (json) for (const s of strings(JSON.parse(stdout))) expectNoControls(s, `${name}: JSON string ${JSON.stringify(s)}`);
  });

  // The other formats for scripts, and the report, carry nothing a terminal acts on either.
  it.each([
    ['articles --format csv', ['articles', '--format', 'csv']], ['actors --format md', ['actors', '--format', 'md']],
    ['timeline --format jsonl', ['timeline', '--format', 'jsonl']], ['stories --format csv', ['stories', '--format', 'csv']],
    ['report', ['report']], ['report --format html', ['report', '--format', 'html']],
  ])('%s', { timeout: 60_000 }, (name, args) => {
    const { status, stdout, stderr } = runCli([...args, corpus.root, '--no-cache']);
    expect(status, stderr).toBe(0);
    // CSV ends its records with CRLF (RFC 4180); any other CR would be an attack.
    expectNoControls(name.includes('csv') ? stdout.replace(/\r\n/g, '\n') : stdout, `${name} stdout`);
    expectNoControls(stderr, `${name} stderr`);
  });

  it('shows a hostile file name with its controls made visible, in the warning and the id column', () => {
    const { stdout, stderr } = runCli(['articles', corpus.root, '--no-cache']);
    expect(stderr).toContain('broken␛]0;pwned␇.json');
    expect(stdout).toContain('new␤newsx: skipped: forged.txt');
    expect(stdout).toContain('bidi<U+202E>txt.md');
  });

  it.each([
    ['an ambiguous reference lists candidate ids', ['compare', 'talks', 'Envoy'], /matches \d+ articles/],
    ['an unknown reference is echoed safely', ['compare', `nothing${TITLE}`, 'Envoy'], /No article "nothing␛\]0;pwned␇"/],
  ])('%s', (_what, args, message) => {
    const { status, stderr } = runCli([...args, corpus.root, '--no-cache']);
    expect(status).toBeGreaterThan(0);
    expect(stderr).toMatch(message);
    expectNoControls(stderr, 'stderr');
  });

  it('echoes a hostile folder or manifest name safely', () => {
    for (const args of [['articles', `${corpus.root}/no such${TITLE}`], ['articles', corpus.root, '--manifest', `none${TITLE}.json`]]) {
      const { status, stdout, stderr } = runCli(args);
      expect(status).toBeGreaterThan(0);
      expect(stderr).toContain('␛]0;pwned␇');
      expectNoControls(stdout + stderr, args.join(' '));
    }
  });
});
