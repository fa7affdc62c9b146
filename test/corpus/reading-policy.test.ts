import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCorpus, type ReadResult } from '../../src/corpus/index.js';
import { isWithin } from '../../src/corpus/reading-policy.js';

let parent = '';
afterEach(async () => {
  if (parent) await rm(parent, { recursive: true, force: true });
  parent = '';
});

/** A corpus folder `corpus/` with `files`, beside an `outside/` folder holding a secret. */
async function folders(files: Record<string, string> = {}): Promise<{ root: string; outside: string }> {
  parent = await mkdtemp(join(tmpdir(), 'newsx-policy-'));
  const root = join(parent, 'corpus');
  const outside = join(parent, 'outside');
  await mkdir(root);
  await mkdir(join(outside, 'keys'), { recursive: true });
  await writeFile(join(outside, 'secret.txt'), 'the secret');
  await writeFile(join(outside, 'keys', 'key.txt'), 'the key');
  await writeFile(join(root, 'good.txt'), 'A good article.');
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(root, name, '..'), { recursive: true });
    await writeFile(join(root, name), text);
  }
  return { root, outside };
}

const ids = (r: ReadResult): string[] => r.documents.map((d) => d.id);
const reason = (r: ReadResult, file: string): string | undefined => r.warnings.find((w) => w.file === file)?.reason;

describe('links', () => {
  it('skips a file or folder link that leads outside, naming where it points', async () => {
    const { root, outside } = await folders();
    await symlink(join(outside, 'secret.txt'), join(root, 'secret.txt'));
    await symlink(join(outside, 'keys'), join(root, 'keys'));
    const result = await readCorpus(root);
    expect(ids(result)).toEqual(['good.txt']);
    expect(reason(result, 'secret.txt')).toBe(`link to outside the folder (${join(outside, 'secret.txt')}); --follow-links reads it`);
    expect(reason(result, 'keys')).toBe(`link to outside the folder (${join(outside, 'keys')}); --follow-links reads it`);
    expect(result.documents.some((d) => d.text.includes('secret') || d.text.includes('key'))).toBe(false);
  });

  it('reads them with --follow-links', async () => {
    const { root, outside } = await folders();
    await symlink(join(outside, 'secret.txt'), join(root, 'secret.txt'));
    await symlink(join(outside, 'keys'), join(root, 'keys'));
    const result = await readCorpus(root, { policy: { followLinks: true } });
    expect(ids(result)).toEqual(['good.txt', 'keys/key.txt', 'secret.txt']);
    expect(result.warnings).toEqual([]);
  });

  it('follows links that stay inside, and names a second name for a folder already read', async () => {
    const { root } = await folders({ 'a/story.txt': 'A story in a.' });
    await symlink('a/story.txt', join(root, 'alias.txt'));
    await symlink('a', join(root, 'b'));
    const result = await readCorpus(root);
    expect(ids(result)).toEqual(['a/story.txt', 'alias.txt', 'good.txt']);
    expect(reason(result, 'b')).toBe('link to a folder already read (a second name for it)');
  });

  it.each([
    ['a link to /', '/', false, 'link to outside the folder (/); --follow-links reads it'],
    ['a link to /, followed', '/', true, 'link to a folder that holds it (/): a loop'],
    ['a link to the parent', '..', false, null],
    ['a link to the parent, followed', '..', true, 'loop'],
  ])('ends at once on %s', async (_name, target, followLinks, expected) => {
    const { root } = await folders();
    await symlink(target, join(root, 'up'));
    const result = await readCorpus(root, { policy: { followLinks } });
    expect(ids(result)).toEqual(['good.txt']);
    if (expected === null) expect(reason(result, 'up')).toMatch(/^link to outside the folder/);
    else if (expected === 'loop') expect(reason(result, 'up')).toMatch(/^link to a folder that holds it \(.*\): a loop$/);
    else expect(reason(result, 'up')).toBe(expected);
  });

  it('names a link cycle instead of looping', async () => {
    const { root } = await folders();
    await symlink('b.txt', join(root, 'a.txt'));
    await symlink('a.txt', join(root, 'b.txt'));
    const result = await readCorpus(root);
    expect(reason(result, 'a.txt')).toBe('cannot follow link (too many levels of links)');
    expect(reason(result, 'b.txt')).toBe('cannot follow link (too many levels of links)');
  });

  it('tells a folder from one that only starts with its name', () => {
    expect(isWithin('/a/corpus', '/a/corpus/x.txt')).toBe(true);
    expect(isWithin('/a/corpus', '/a/corpus')).toBe(true);
    expect(isWithin('/a/corpus', '/a/corpus-secrets/x.txt')).toBe(false);
    expect(isWithin('/', '/etc/passwd')).toBe(true);
  });
});

describe('file types and the manifest', () => {
  it('skips a FIFO, a link to /dev/zero (followed or not) and reads the rest', async () => {
    const { root } = await folders();
    execFileSync('mkfifo', [join(root, 'pipe.txt')]);
    await symlink('/dev/zero', join(root, 'zero.txt'));
    const plain = await readCorpus(root);
    expect(ids(plain)).toEqual(['good.txt']);
    expect(reason(plain, 'pipe.txt')).toBe('not a regular file (a FIFO)');
    expect(reason(plain, 'zero.txt')).toBe('link to outside the folder (/dev/zero); --follow-links reads it');
    const followed = await readCorpus(root, { policy: { followLinks: true } });
    expect(reason(followed, 'zero.txt')).toBe('not a regular file (a device)');
  });

  it.each([
    ['a FIFO', async (path: string) => void execFileSync('mkfifo', [path]), 'not a regular file (a FIFO); manifest ignored'],
    ['a link to /dev/zero', (path: string) => symlink('/dev/zero', path), 'link to outside the folder (/dev/zero); --follow-links reads it; manifest ignored'],
    ['a link to a manifest outside', async (path: string) => {
      await writeFile(join(parent, 'outside', 'm.json'), '{"version": 1, "articles": {}}');
      await symlink(join(parent, 'outside', 'm.json'), path);
    }, /^link to outside the folder \(.*m\.json\)/],
  ])('a newsx.json that is %s is a warning, and the articles open', async (_name, make, expected) => {
    const { root } = await folders();
    await make(join(root, 'newsx.json'));
    const result = await readCorpus(root);
    expect(ids(result)).toEqual(['good.txt']);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ file: 'newsx.json', skipped: true });
    expect(result.warnings[0]!.reason).toMatch(expected);
  });

  it('a --manifest that is a FIFO or /dev/zero is a warning naming it as given', async () => {
    const { root } = await folders();
    const fifo = join(parent, 'outside', 'fifo.json');
    execFileSync('mkfifo', [fifo]);
    for (const [manifest, why] of [[fifo, 'a FIFO'], ['/dev/zero', 'a device']] as const) {
      const result = await readCorpus(root, { manifest });
      expect(ids(result)).toEqual(['good.txt']);
      expect(result.warnings).toEqual([{ file: manifest, reason: `not a regular file (${why}); manifest ignored`, skipped: true }]);
    }
  });
});

describe('bounds', () => {
  it('stops at the depth bound with a warning naming the first folder not read', async () => {
    const { root } = await folders({ 'a/b/c/d/deep.txt': 'Too deep.', 'a/b/ok.txt': 'Deep enough.' });
    const result = await readCorpus(root, { policy: { maxDepth: 3 } });
    expect(ids(result)).toEqual(['a/b/ok.txt', 'good.txt']);
    expect(reason(result, 'a/b/c/d/')).toBe('more than 3 folders deep: not read');
  });

  it('stops at the entry bound with one warning', async () => {
    const files = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${String(i).padStart(2, '0')}.txt`, `Story ${i}.`]));
    const { root } = await folders(files);
    const result = await readCorpus(root, { policy: { maxEntries: 10 } });
    expect(result.documents.length).toBe(10);
    expect(result.warnings).toEqual([{ file: root, reason: 'not read past 10 entries (the walk stops there)', skipped: true }]);
  });
});

describe('names that are not UTF-8', () => {
  it('reads them, shows U+FFFD for the bad bytes and keeps two such names apart', async () => {
    const { root } = await folders();
    const raw = (...bytes: number[]): Buffer => Buffer.concat([Buffer.from(join(root, 'r')), Buffer.from(bytes), Buffer.from('.txt')]);
    await writeFile(raw(0xff), 'First report.');
    await writeFile(raw(0xfe), 'Second report.');
    await mkdir(Buffer.concat([Buffer.from(join(root, 'dir')), Buffer.from([0xc3])]));
    await writeFile(Buffer.concat([Buffer.from(join(root, 'dir')), Buffer.from([0xc3]), Buffer.from('/inner.txt')]), 'Inner report.');
    const result = await readCorpus(root);
    expect(result.documents.map((d) => d.text).sort()).toEqual(['A good article.', 'First report.', 'Inner report.', 'Second report.']);
    expect(ids(result)).toEqual(expect.arrayContaining(['dir\ufffd/inner.txt', 'good.txt', 'r\ufffd.txt', 'r\ufffd (2).txt']));
    expect(result.warnings.map((w) => w.reason)).not.toContain('cannot read (no such file)');
    expect(result.warnings.filter((w) => /not valid UTF-8/.test(w.reason))).toHaveLength(3);
  });
});
