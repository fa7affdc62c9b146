import { chmod, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { nodeFs, type CorpusFs } from '../../src/corpus/fs.js';
import { readCorpus, type ReadResult } from '../../src/corpus/index.js';
import { makeBadCorpus, type BadCorpus } from '../fixtures/make-bad-corpus.js';

describe('limits on the bad corpus', () => {
  let corpus: BadCorpus;
  let result: ReadResult;
  beforeAll(async () => {
    corpus = await makeBadCorpus();
    result = await readCorpus(corpus.root);
  });
  afterAll(() => corpus.cleanup());

  it.each([
    ['empty.txt', 'empty'],
    ['blank.md', 'empty'],
    ['binary/photo.txt', 'binary (PNG image)'],
    ['binary/report.txt', 'binary (PDF document)'],
    ['binary/archive.md', 'binary (ZIP archive)'],
    ['binary/dump.txt', 'binary (50% NUL or control bytes)'],
    ['huge.txt', 'too large (25.0 MB; the limit is 20 MB)'],
  ])('skips %s: %s', (file, reason) => {
    expect(result.warnings.filter((w) => w.file === file)).toEqual([{ file, reason, skipped: true }]);
    expect(result.documents.map((d) => d.file)).not.toContain(file);
  });

  it('loads a 3 MB single line whole', () => {
    const doc = result.documents.find((d) => d.id === 'long-line.txt');
    expect(doc?.text.length).toBe(3_000_001);
    expect(doc?.warnings).toEqual([]);
  });
});

describe('limits, simulated', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  async function folder(files: Record<string, string>): Promise<string> {
    dir = await mkdtemp(join(tmpdir(), 'newsx-limits-'));
    for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
    return dir;
  }

  it('checks the opened file, so one swapped for a huge file after listing is refused by size', async () => {
    const root = await folder({ 'a.txt': 'small', 'b.txt': 'kept' });
    const fs: Partial<CorpusFs> = {
      readdir: async (path) => {
        const entries = await nodeFs.readdir(path);
        await truncate(join(root, 'a.txt'), 25 * 1024 * 1024); // sparse: nothing is written
        return entries;
      },
    };
    const { documents, warnings } = await readCorpus(root, { fs });
    expect(documents.map((d) => d.id)).toEqual(['b.txt']);
    expect(warnings).toEqual([{ file: 'a.txt', reason: 'too large (25.0 MB; the limit is 20 MB)', skipped: true }]);
  });

  it('never follows a file swapped for a link after listing (a link to /dev/zero reads nothing)', async () => {
    const root = await folder({ 'a.txt': 'small', 'b.txt': 'kept' });
    const fs: Partial<CorpusFs> = {
      readdir: async (path) => {
        const entries = await nodeFs.readdir(path);
        await rm(join(root, 'a.txt'));
        await symlink('/dev/zero', join(root, 'a.txt'));
        return entries;
      },
    };
    const { documents, warnings } = await readCorpus(root, { fs });
    expect(documents.map((d) => d.id)).toEqual(['b.txt']);
    expect(warnings).toEqual([{ file: 'a.txt', reason: 'became a link after the folder was listed (not followed)', skipped: true }]);
  });

  // Root reads through chmod 000, so the unreadable file is simulated with an injected reader here;
  // the real-permissions version below runs only as an ordinary user.
  it('skips an unreadable file with the reason (simulated EACCES)', async () => {
    const root = await folder({ 'open.txt': 'fine', 'locked.txt': 'secret' });
    const fs: Partial<CorpusFs> = {
      readFile: async (path, limit) => {
        if (path.endsWith('locked.txt')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
        return nodeFs.readFile(path, limit);
      },
    };
    const { documents, warnings } = await readCorpus(root, { fs });
    expect(documents.map((d) => d.id)).toEqual(['open.txt']);
    expect(warnings).toEqual([{ file: 'locked.txt', reason: 'cannot read (permission denied)', skipped: true }]);
  });

  it.skipIf(process.getuid?.() === 0)('skips an unreadable file with the reason (real chmod 000)', async () => {
    const root = await folder({ 'open.txt': 'fine', 'locked.txt': 'secret' });
    await chmod(join(root, 'locked.txt'), 0o000);
    const { documents, warnings } = await readCorpus(root);
    expect(documents.map((d) => d.id)).toEqual(['open.txt']);
    expect(warnings).toEqual([{ file: 'locked.txt', reason: 'cannot read (permission denied)', skipped: true }]);
  });

  // The size is the open handle's, then the file grows while it is read.
  it('loads a file that grew while it was read, with a warning', async () => {
    const root = await folder({ 'live.txt': 'first version' });
    const fs: Partial<CorpusFs> = {
      readFile: async (path, limit) => (path.endsWith('live.txt') ? { bytes: Buffer.from('first version, updated'), size: 13 } : nodeFs.readFile(path, limit)),
    };
    const { documents } = await readCorpus(root, { fs });
    expect(documents[0]?.text).toBe('first version, updated');
    expect(documents[0]?.warnings).toEqual(['changed while loading (13 bytes, then 22)']);
  });

  it('reads at most 32 files at once', async () => {
    const files = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`f${String(i).padStart(3, '0')}.txt`, `story ${i}`]));
    const root = await folder(files);
    let inFlight = 0;
    let most = 0;
    const fs: Partial<CorpusFs> = {
      readFile: async (path, limit) => {
        most = Math.max(most, ++inFlight);
        await new Promise((r) => setTimeout(r, 1));
        inFlight--;
        return nodeFs.readFile(path, limit);
      },
    };
    const { documents } = await readCorpus(root, { fs });
    expect(documents).toHaveLength(200);
    expect(most).toBeLessThanOrEqual(32);
    expect(most).toBeGreaterThan(1);
  });
});
