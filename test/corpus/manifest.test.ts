import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/corpus/index.js';
import { checkManifest } from '../../src/corpus/manifest-check.js';

describe('checkManifest', () => {
  it('takes a good manifest whole', () => {
    const checked = checkManifest({
      version: 1,
      articles: { 'a.txt': { title: 'T', outlet: 'O', via: 'V', published: '2025-03-16', url: 'https://u.example', note: 'n' } },
    });
    expect(checked.problems).toEqual([]);
    expect(checked.unusable).toBe(false);
    expect([...checked.entries]).toEqual([['a.txt', { title: 'T', outlet: 'O', via: 'V', published: '2025-03-16', url: 'https://u.example', note: 'n' }]]);
  });

  it.each<[string, unknown, string[], boolean]>([
    ['not an object', [1, 2], ['expected an object with "version" and "articles", got an array'], true],
    ['no articles', { version: 1 }, ['articles: expected an object keyed by file path, got nothing'], true],
    ['articles as a list', { version: 1, articles: ['a.txt'] }, ['articles: expected an object keyed by file path, got an array'], true],
    ['a wrong version', { version: 2, articles: {} }, ['version: expected 1, got 2'], false],
    ['a missing version', { articles: {} }, ['version: expected 1, got nothing'], false],
    ['an unknown top-level field', { version: 1, articles: {}, extra: true }, ['extra: unknown field (expected version, articles)'], false],
    ['an entry that is not an object', { version: 1, articles: { 'a.txt': 'Title' } }, ['articles["a.txt"]: expected an object, got string "Title"'], false],
    ['a wrong-typed field', { version: 1, articles: { 'a.txt': { title: 5 } } }, ['articles["a.txt"].title: expected a string, got number 5'], false],
    ['a date in words', { version: 1, articles: { 'a.txt': { published: 'March 16' } } }, ['articles["a.txt"].published: expected YYYY-MM-DD, got "March 16"'], false],
    ['an impossible date', { version: 1, articles: { 'a.txt': { published: '2025-02-30' } } }, ['articles["a.txt"].published: expected YYYY-MM-DD, got "2025-02-30"'], false],
    ['a misspelt field', { version: 1, articles: { 'a.txt': { pubished: '2025-03-16' } } }, ['articles["a.txt"].pubished: unknown field (expected title, outlet, via, url, note, published)'], false],
  ])('%s is a problem, named', (_name, json, problems, unusable) => {
    const checked = checkManifest(json);
    expect(checked.problems).toEqual(problems);
    expect(checked.unusable).toBe(unusable);
  });

  it('keeps the good fields of an entry with a bad one', () => {
    const checked = checkManifest({ version: 1, articles: { 'a.txt': { title: 'Kept', published: 'March 16' } } });
    expect(checked.entries.get('a.txt')).toEqual({ title: 'Kept' });
  });

  it('reads keys as POSIX paths', () => {
    const checked = checkManifest({ version: 1, articles: { './sub\\a.txt': { title: 'T' } } });
    expect([...checked.entries.keys()]).toEqual(['sub/a.txt']);
  });
});

describe('the manifest in readCorpus', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function corpus(files: Record<string, string>): Promise<string> {
    dir = await mkdtemp(join(tmpdir(), 'newsx-manifest-'));
    for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
    return dir;
  }

  it('applies entries by file and by record id, and is not itself an article', async () => {
    const root = await corpus({
      'a.txt': 'Text A',
      'feed.jsonl': '{"text": "one"}\n{"text": "two"}',
      'newsx.json': JSON.stringify({ version: 1, articles: { 'a.txt': { outlet: 'Wire' }, 'feed.jsonl': { outlet: 'Feed' }, 'feed.jsonl#2': { title: 'Second' } } }),
    });
    const { documents, warnings } = await readCorpus(root);
    expect(warnings).toEqual([]);
    expect(documents.map((d) => [d.id, d.manifestFields])).toEqual([
      ['a.txt', { outlet: 'Wire' }],
      ['feed.jsonl#1', { outlet: 'Feed' }],
      ['feed.jsonl#2', { outlet: 'Feed', title: 'Second' }],
    ]);
  });

  it('warns about an entry naming a file that does not exist, and still applies the rest', async () => {
    const root = await corpus({ 'a.txt': 'Text', 'newsx.json': JSON.stringify({ version: 1, articles: { 'a.txt': { title: 'T' }, 'gone.txt': { title: 'G' } } }) });
    const { documents, warnings } = await readCorpus(root);
    expect(documents[0]?.manifestFields).toEqual({ title: 'T' });
    expect(warnings).toEqual([{ file: 'newsx.json', reason: 'articles["gone.txt"]: no such file in the corpus', skipped: false }]);
  });

  it.each([
    ['not JSON', '{"version": 1,', /^not valid JSON \(.*\); manifest ignored$/],
    ['a trailing comma', '{"version": 1,\n "articles": {\n  "a.txt": {"outlet": "X",}\n }\n}', /^not valid JSON \(.* at line 3 column 27\); manifest ignored$/],
    ['the wrong shape', '[]', /^expected an object with "version" and "articles", got an array; manifest ignored$/],
    ['keyed wrongly', '{"version": 1, "articles": []}', /^articles: expected an object keyed by file path, got an array; manifest ignored$/],
  ])('a manifest that is %s is a warning, and the articles still load', async (_name, manifest, reason) => {
    const root = await corpus({ 'a.txt': 'Text', 'newsx.json': manifest });
    const { documents, warnings } = await readCorpus(root);
    expect(documents.map((d) => d.id)).toEqual(['a.txt']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: 'newsx.json', skipped: true });
    expect(warnings[0]?.reason).toMatch(reason);
  });

  it('reads --manifest from elsewhere instead of the folder\'s own', async () => {
    const root = await corpus({ 'a.txt': 'Text', 'newsx.json': JSON.stringify({ version: 1, articles: { 'a.txt': { title: 'Inside' } } }) });
    const outside = join(root, '..', `${root.split('/').pop()}-override.json`);
    await writeFile(outside, JSON.stringify({ version: 1, articles: { 'a.txt': { title: 'Outside' } } }));
    try {
      const { documents, warnings } = await readCorpus(root, { manifest: outside });
      expect(warnings).toEqual([]);
      expect(documents.map((d) => [d.id, d.manifestFields.title])).toEqual([['a.txt', 'Outside']]);
    } finally {
      await rm(outside, { force: true });
    }
  });

  it('a --manifest that cannot be read is a warning naming it as given', async () => {
    const root = await corpus({ 'a.txt': 'Text' });
    const { documents, warnings } = await readCorpus(root, { manifest: '/nonexistent/m.json' });
    expect(documents).toHaveLength(1);
    expect(warnings).toEqual([{ file: '/nonexistent/m.json', reason: 'cannot read manifest (no such file)', skipped: true }]);
  });

  it('a folder without a manifest gives no warning', async () => {
    const root = await corpus({ 'a.txt': 'Text' });
    expect((await readCorpus(root)).warnings).toEqual([]);
  });
});
