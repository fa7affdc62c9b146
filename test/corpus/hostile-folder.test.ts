import { rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHostileFolder, type HostileFolder } from '../fixtures/make-hostile-folder.js';
import { runCli } from '../support/cli.js';

// One folder with every hostile entry found so far, opened by the built CLI as a script would: it must
// finish (runCli kills it after 120 s), exit 0 with the good articles, name each bad entry on stderr and
// never print what lies outside the folder.
describe('a hostile folder on the command line', () => {
  let folder: HostileFolder;
  let run: ReturnType<typeof runCli>;
  beforeAll(async () => {
    folder = await makeHostileFolder();
    run = runCli(['articles', '--json', '--no-cache', folder.root]);
  }, 180_000);
  afterAll(() => folder?.cleanup());

  const stderrLine = (file: string): string | undefined => run.stderr.split('\n').find((l) => l.startsWith(`newsx: skipped: ${file}: `) || l.startsWith(`newsx: ${file}: `));

  it('exits 0 with the good articles, the deep field\'s article and the badly named one', () => {
    expect(run.status).toBe(0);
    const titles = (JSON.parse(run.stdout) as { title: string }[]).map((a) => a.title);
    for (const title of [...folder.titles, 'Deep field', 'Cafe talks open in Lyon']) expect(titles).toContain(title);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('never reads a file from outside the folder', () => {
    expect(run.stdout).not.toContain(folder.marker);
    expect(run.stderr).not.toContain(folder.marker);
    expect(run.stdout).not.toMatch(/Leaked Passwords|Private Key Material|Above The Folder|root:x:0:0/);
  });

  it.each([
    ['passwd.txt', /^link to outside the folder \(.*secrets\/passwd\.txt\); --follow-links reads it$/],
    ['ssh', /^link to outside the folder \(.*secrets\/ssh\)/],
    ['root', /^link to outside the folder \(\/\)/],
    ['zero.txt', /^link to outside the folder \(\/dev\/zero\)/],
    ['up', /^link to outside the folder/],
    ['sub/back', /^link to a folder that holds it \(.*corpus\): a loop$/],
    ['cycle-a.txt', /^cannot follow link \(too many levels of links\)$/],
    ['cycle-b.txt', /^cannot follow link \(too many levels of links\)$/],
    ['pipe.txt', /^not a regular file \(a FIFO\)$/],
    ['newsx.json', /^not a regular file \(a FIFO\); manifest ignored$/],
    ['control.sock', /^not a regular file \(a socket\)$/],
    ['huge.txt', /^too large \(25\.0 MB; the limit is 20 MB\)$/],
    ['deep.json#1', /^not an article object \(got an array\)$/],
    [`${Array.from({ length: 33 }, (_, i) => `d${i}`).join('/')}/`, /^more than 32 folders deep: not read$/],
  ])('names %s on stderr with the reason', (file, reason) => {
    const line = stderrLine(file);
    expect(line, `no warning for ${file} in:\n${run.stderr.slice(0, 3000)}`).toBeDefined();
    expect(line!.slice(line!.indexOf(`${file}: `) + file.length + 2)).toMatch(reason);
  });

  it('reads a name that is not UTF-8 and shows it with U+FFFD, never "no such file"', () => {
    const ids = (JSON.parse(run.stdout) as { id: string }[]).map((a) => a.id);
    expect(ids).toContain(folder.shownBadName);
    expect(run.stderr).not.toMatch(/no such file/);
    expect(stderrLine(folder.shownBadName)).toMatch(/its name is not valid UTF-8/);
  });

  it('reads the 20 MB word as an article', () => {
    const ids = (JSON.parse(run.stdout) as { id: string }[]).map((a) => a.id);
    expect(ids).toContain('word.txt');
  });

  it('gives newsx.json -> /dev/zero a warning and opens the rest, with --follow-links too', async () => {
    await rm(join(folder.root, 'word.txt')); // read above; here it would only cost time
    await rm(join(folder.root, 'newsx.json'));
    await symlink('/dev/zero', join(folder.root, 'newsx.json'));
    for (const [args, reason] of [
      [[], 'link to outside the folder (/dev/zero); --follow-links reads it; manifest ignored'],
      [['--follow-links'], 'not a regular file (a device); manifest ignored'],
    ] as const) {
      const again = runCli(['articles', '--json', '--no-cache', ...args, folder.root]);
      expect(again.status).toBe(0);
      expect(again.stderr.split('\n')).toContain(`newsx: skipped: newsx.json: ${reason}`);
      const titles = (JSON.parse(again.stdout) as { title: string }[]).map((a) => a.title);
      for (const title of folder.titles) expect(titles).toContain(title);
    }
  }, 300_000);
});
