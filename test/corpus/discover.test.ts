import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeWarning, readCorpus, type ReadResult } from '../../src/corpus/index.js';
import { makeBadCorpus, type BadCorpus } from '../fixtures/make-bad-corpus.js';

describe('discovery over a messy folder', () => {
  let corpus: BadCorpus;
  let result: ReadResult;
  beforeAll(async () => {
    corpus = await makeBadCorpus();
    result = await readCorpus(corpus.root);
  });
  afterAll(() => corpus.cleanup());

  const ids = (): string[] => result.documents.map((d) => d.id);
  const warningFor = (file: string): string | undefined => result.warnings.find((w) => w.file === file)?.reason;

  it('loads every article in sorted path order, with record ids for .json arrays and .jsonl', () => {
    expect(ids()).toEqual([
      'bom-crlf.txt',
      'copy-of-wire.txt',
      'feed.jsonl#1',
      'feed.jsonl#4',
      `${Array.from({ length: 30 }, (_, i) => `level${i}`).join('/')}/deep.txt`,
      'live-blog.md',
      'long-line.txt',
      'mojibake.txt',
      'repost-cp1252.txt',
      'single.json',
      'stories.json#1',
      'stories.json#2',
      'stray-nul.txt',
      'wire.txt',
    ]);
  });

  it.each([
    ['hidden folders', '.hidden/secret.txt'],
    ['hidden files', '.DS_Store'],
    ['.git', '.git/HEAD'],
    ['node_modules', 'node_modules/pkg/readme.txt'],
  ])('passes over %s without a word', (_name, file) => {
    expect(ids()).not.toContain(file);
    expect(result.warnings.map((w) => w.file)).not.toContain(file);
  });

  it('does not take the manifest for an article', () => {
    expect(ids()).not.toContain('newsx.json');
    expect(result.warnings.filter((w) => w.file === 'newsx.json' && w.skipped)).toEqual([]);
  });

  it('reads a deeply nested file with POSIX separators in its id', () => {
    expect(ids().find((id) => id.endsWith('deep.txt'))).toMatch(/^level0\/level1\/.*\/level29\/deep\.txt$/);
  });

  it('never follows a link to a folder that holds it, with a note', () => {
    expect(warningFor('loop')).toBe(`link to a folder that holds it (${corpus.root}): a loop`);
    expect(warningFor('level0/up')).toBe(`link to a folder that holds it (${corpus.root}): a loop`);
    expect(ids().filter((id) => id.endsWith('wire.txt'))).toEqual(['copy-of-wire.txt', 'wire.txt']);
  });

  it('says a dangling link is broken', () => {
    expect(describeWarning(result.warnings.find((w) => w.file === 'dangling.txt')!)).toBe(
      'skipped: dangling.txt: broken link (its target does not exist)',
    );
  });

  it.each([
    ['photo.png', 'not an article file (.png)'],
    ['notes.docx', 'not an article file (.docx)'],
    ['README', 'not an article file (no extension)'],
  ])('skips %s with one terse note', (file, reason) => {
    expect(result.warnings.filter((w) => w.file === file)).toEqual([{ file, reason, skipped: true }]);
  });

  it('gives each doubtful document its own warnings', () => {
    const warningsOf = (id: string): string[] | undefined => result.documents.find((d) => d.id === id)?.warnings;
    expect(warningsOf('repost-cp1252.txt')).toEqual(['decoded as Windows-1252']);
    expect(warningsOf('mojibake.txt')).toEqual(['repaired 4 garbled characters (e.g. "â€œ" -> "“")']);
    expect(warningsOf('stray-nul.txt')).toEqual(['removed 1 NUL character']);
    expect(warningsOf('wire.txt')).toEqual(['same content as copy-of-wire.txt']);
    expect(warningsOf('stories.json#2')).toEqual(['published: not a date: "last Tuesday"']);
    expect(warningsOf('bom-crlf.txt')).toEqual([]);
  });

  it('decodes each broken encoding to the text that was meant', () => {
    const text = (id: string): string | undefined => result.documents.find((d) => d.id === id)?.text;
    expect(text('bom-crlf.txt')).toBe(text('wire.txt'));
    expect(text('repost-cp1252.txt')).toContain('said “no decision” had been taken — not yet. It’s a déjà vu moment.');
    expect(text('mojibake.txt')).toBe('Officials said “the talks are over” — for now. It’s unclear.\n');
  });

  it('applies the folder manifest and reports its bad entries', () => {
    expect(result.documents.find((d) => d.id === 'wire.txt')?.manifestFields).toEqual({
      title: 'Ceasefire talks to resume in Geneva', outlet: 'Wire Service', published: '2025-03-16',
    });
    expect(result.documents.find((d) => d.id === 'feed.jsonl#1')?.manifestFields).toEqual({ note: 'checked by hand' });
    expect(result.warnings.filter((w) => w.file === 'newsx.json').map((w) => w.reason)).toEqual([
      'articles["repost-cp1252.txt"].published: expected YYYY-MM-DD, got "March 16"',
      'articles["missing.txt"]: no such file in the corpus',
    ]);
  });

  it('names the broken records of multi-record files', () => {
    expect(warningFor('feed.jsonl#2')).toMatch(/^line 2: not valid JSON/);
    expect(warningFor('feed.jsonl#3')).toBe('line 3: no text (expected a "text", "body" or "content" field)');
    expect(warningFor('broken.json')).toMatch(/^not valid JSON/);
  });

  it('reads the same folder the same way twice', async () => {
    const again = await readCorpus(corpus.root);
    expect(again).toEqual(result);
  });
});
