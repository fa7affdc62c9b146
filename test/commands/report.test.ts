import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const DATA = join(import.meta.dirname, '..', '..', 'data');

describe('newsx report', () => {
  it('writes a Markdown report of every story: articles, chronology with sources, quotes each cited', () => {
    const { status, stdout, stderr } = runCli(['report']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^# Stories in data\n/);
    expect(stdout).toMatch(/^## 1\. /m);
    expect(stdout).toMatch(/^### Articles \(\d+\)$/m);
    expect(stdout).toMatch(/^### Chronology \(\d+ events\)$/m);
    expect(stdout).toMatch(/^### Who said what \(\d+ quotes?\)$/m);
    // Every quote is followed by its citation: speaker, outlet [n], date, paragraph.
    const quotes = stdout.split('\n').filter((l) => l.startsWith('> ') && !l.startsWith('> — '));
    const citations = stdout.split('\n').filter((l) => l.startsWith('> — '));
    expect(quotes.length).toBeGreaterThan(5);
    expect(citations).toHaveLength(quotes.length);
    for (const c of citations) expect(c).toMatch(/^> — .+, .+ \[\d+\], (\d{4}-\d\d-\d\d|undated), ¶\d+$/);
  });

  it('reports a pair with its comparison: quotes only one side has, what differs, both wordings of a changed sentence', () => {
    const { status, stdout } = runCli(['report', '002', '004']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^## Comparison: A BBC News, B Press TV$/m);
    expect(stdout).toMatch(/^### Quotes only in A \(BBC News\)$/m);
    expect(stdout).toMatch(/^### What differs \(\d+ of \d+ aligned sentences\)$/m);
  });

  it('writes one HTML file with no script and no remote resource, every quote cited', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'newsx-report-')), 'report.html');
    const { status, stderr } = runCli(['report', '--format', 'html', '-o', out]);
    expect(status).toBe(0);
    expect(stderr).toContain('wrote the report to');
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|\bhref=|url\(/i);
    const quotes = html.match(/<blockquote>/g) ?? [];
    expect(quotes.length).toBeGreaterThan(5);
    expect(html.match(/<blockquote><p>[^<]+<\/p><footer>— [^<]+ \[\d+\], [^<]+, ¶\d+<\/footer><\/blockquote>/g)).toHaveLength(quotes.length);
  });

  it('never writes into the corpus folder', () => {
    const { status, stderr } = runCli(['report', '--output', join(DATA, 'report.md')]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/inside the corpus folder/);
    expect(existsSync(join(DATA, 'report.md'))).toBe(false);
  });

  it('names a story by a fragment of its title, and says when none or several match', () => {
    expect(runCli(['report', 'Putin']).stdout).toMatch(/^# Trump and Putin/);
    expect(runCli(['report', 'volcano']).status).toBe(1);
    expect(runCli(['report', 'Trump']).stderr).toMatch(/names 2 stories/);
  });
});
