import { chmod, lstat, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { describeWarning, readCorpus } from '../../src/corpus/index.js';
import { hashOf } from '../../src/corpus/load.js';
import { makeBadCorpus } from '../fixtures/make-bad-corpus.js';

const bundled = fileURLToPath(new URL('../../data', import.meta.url));

/** Every entry under a folder (links not followed) with its mode, size and times, to prove nothing changed. */
async function snapshot(root: string): Promise<string[]> {
  const rows: string[] = [];
  const visit = async (path: string): Promise<void> => {
    const s = await lstat(path);
    rows.push(`${path} ${s.mode} ${s.size} ${s.mtimeMs} ${s.ctimeMs}`);
    if (s.isDirectory()) for (const name of await readdir(path)) await visit(join(path, name));
  };
  await visit(root);
  return rows.sort();
}

describe('readCorpus', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) {
      await chmod(dir, 0o755).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reads the bundled corpus: five raw scrapes, no warnings', async () => {
    const { documents, warnings } = await readCorpus(bundled);
    expect(documents).toHaveLength(5);
    expect(warnings).toEqual([]);
    for (const doc of documents) {
      expect(doc.id).toBe(doc.file);
      expect(doc.file).toMatch(/\.txt$/);
      expect(doc.fileFields).toEqual({});
      expect(doc.text.length).toBeGreaterThan(1000);
      expect(doc.text).not.toContain('\r');
    }
  });

  it('keys the cache by the bytes: a file\'s hash is the hash of its content', async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsx-read-'));
    await writeFile(join(dir, 'a.txt'), 'Story text\r\n');
    const { documents } = await readCorpus(dir);
    expect(documents[0]?.contentHash).toBe(hashOf(Buffer.from('Story text\r\n')));
    expect(documents[0]?.contentHash).toMatch(/^[0-9a-f]{40}$/);
  });

  it('loads the same content under two names, and says so on the second', async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsx-read-'));
    await writeFile(join(dir, 'a.txt'), 'Same story');
    await writeFile(join(dir, 'b.txt'), 'Same story');
    const { documents } = await readCorpus(dir);
    expect(documents.map((d) => [d.id, d.warnings])).toEqual([
      ['a.txt', []],
      ['b.txt', ['same content as a.txt']],
    ]);
  });

  it('opens a read-only folder', async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsx-read-'));
    await writeFile(join(dir, 'a.txt'), 'Story');
    await chmod(dir, 0o555);
    const { documents, warnings } = await readCorpus(dir);
    expect(documents.map((d) => d.id)).toEqual(['a.txt']);
    expect(warnings).toEqual([]);
  });

  it('writes nothing into the corpus folder', async () => {
    const corpus = await makeBadCorpus();
    try {
      const before = await snapshot(corpus.root);
      await readCorpus(corpus.root);
      expect(await snapshot(corpus.root)).toEqual(before);
    } finally {
      await corpus.cleanup();
    }
  });

  it.each([
    ['a folder that does not exist', '/nonexistent/newsx-corpus', 'cannot read folder (no such file)'],
  ])('reports %s as a warning, not an exception', async (_name, root, reason) => {
    const { documents, warnings } = await readCorpus(root);
    expect(documents).toEqual([]);
    expect(warnings).toEqual([{ file: root, reason, skipped: true }]);
  });

  it('reports a file given as the folder as a warning', async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsx-read-'));
    await writeFile(join(dir, 'a.txt'), 'Story');
    const { documents, warnings } = await readCorpus(join(dir, 'a.txt'));
    expect(documents).toEqual([]);
    expect(warnings.map(describeWarning)).toEqual([`skipped: ${join(dir, 'a.txt')}: cannot read folder (not a folder)`]);
  });
});

describe('describeWarning', () => {
  it.each([
    [{ file: 'photo.txt', reason: 'binary (PNG image)', skipped: true }, 'skipped: photo.txt: binary (PNG image)'],
    [
      { file: 'newsx.json', reason: 'articles["a.txt"].published: expected YYYY-MM-DD, got "March 16"', skipped: false },
      'newsx.json: articles["a.txt"].published: expected YYYY-MM-DD, got "March 16"',
    ],
  ])('%j -> %s', (warning, line) => {
    expect(describeWarning(warning)).toBe(line);
  });
});
