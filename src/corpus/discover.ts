import { sep } from 'node:path';
import type { CorpusWarning } from '../core/types.js';
import { extensionOf, formatOf, isSavedPageAssets } from './formats/index.js';
import { describeError, isUtf8, shownPath, type CorpusFs, type DirEntry, type RawPath } from './fs.js';
import { READ_CONCURRENCY } from './limits.js';
import { MANIFEST_NAME } from './manifest.js';
import { limiter } from './pool.js';
import { linkRefusal, notRegular, resolveLink, type ReadingPolicy } from './reading-policy.js';

/** A file that looks like an article by its name. */
export interface FoundFile {
  /** Real path (links resolved), so what the policy judged is what is opened. */
  path: RawPath;
  /** Path relative to the corpus root, POSIX separators, U+FFFD for bytes that are not UTF-8: the article's `file`. */
  file: string;
}

/** What walking the folder found: article files in path order, every file's name, and what was passed over. */
export interface Discovery {
  files: FoundFile[];
  /** Every file seen, loaded or not (a manifest entry naming one of these names a real file). */
  seen: Set<string>;
  warnings: CorpusWarning[];
}

/** Folders never read: version control, dependencies, and anything hidden. */
function isIgnoredFolder(name: RawPath): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** A browser's "Story_files/" beside "Story.html": the page's images and scripts, not articles. */
function isPageAssets(name: RawPath, entries: readonly DirEntry[]): boolean {
  return name.endsWith('_files') && isSavedPageAssets(name, entries.map((e) => e.name));
}

/** A name shown in place of one that is not UTF-8 and reads like another file's: "a� (2).txt" (same extension). */
function uniqueName(file: string, seen: ReadonlySet<string>): string {
  const stem = file.slice(0, file.length - extensionOf(file.slice(file.lastIndexOf('/') + 1)).length);
  const ext = file.slice(stem.length);
  let n = 2;
  while (seen.has(`${stem} (${n})${ext}`)) n++;
  return `${stem} (${n})${ext}`;
}

/**
 * Finds the article files under a root's real path, recursively, under the reading policy: links are
 * judged by where they lead (outside the folder: skipped unless followed on request; a folder holding
 * the link: a loop), each real folder is read once, and the walk stops at the policy's depth and entry
 * bounds with a warning. The folder's `newsx.json`, and `excluded` (real paths: a manifest given), are not articles.
 */
export async function discoverFiles(root: string, realRoot: RawPath, fs: CorpusFs, excluded: ReadonlySet<RawPath>, policy: ReadingPolicy): Promise<Discovery> {
  const files: FoundFile[] = [];
  const seen = new Set<string>();
  const warnings: CorpusWarning[] = [];
  const visited = new Set<RawPath>();
  const gate = limiter(READ_CONCURRENCY);
  let listed = 0;
  let stopped = false;
  const skip = (rel: RawPath, reason: string): void => void warnings.push({ file: shownPath(rel) || root, reason, skipped: true });

  const addFile = (path: RawPath, rel: RawPath, name: RawPath): void => {
    let file = shownPath(rel);
    const plain = isUtf8(rel);
    if (!plain && seen.has(file)) file = uniqueName(file, seen);
    seen.add(file);
    if (excluded.has(path)) return;
    if (!formatOf(name)) return void warnings.push({ file, reason: `not an article file (${extensionOf(shownPath(name)) || 'no extension'})`, skipped: true });
    files.push({ path, file });
    if (!plain) warnings.push({ file, reason: 'its name is not valid UTF-8 (shown with � for the bytes that are not)', skipped: false });
  };

  /** Counts a folder's entries against the bound; past it, the walk stops (one warning says where). */
  const admit = (entries: DirEntry[], rel: RawPath): DirEntry[] => {
    const room = policy.maxEntries - listed;
    listed += entries.length;
    if (entries.length <= room) return entries;
    if (!stopped) skip(rel, `not read past ${policy.maxEntries.toLocaleString('en')} entries (the walk stops there)`);
    stopped = true;
    return entries.slice(0, Math.max(0, room));
  };

  // Links wait until the plain folders are walked, then go in path order: a folder reached both ways
  // keeps its real name, the same on every run.
  let links: { path: RawPath; rel: RawPath; name: RawPath; from: RawPath; depth: number }[] = [];

  const walk = async (dir: RawPath, rel: RawPath, depth: number): Promise<void> => {
    if (visited.has(dir) || stopped) return;
    visited.add(dir);
    let entries: DirEntry[];
    try {
      entries = admit(await gate(() => fs.readdir(dir)), rel);
    } catch (error) {
      skip(rel, `cannot read folder (${describeError(error)})`);
      return;
    }
    const subfolders: Promise<void>[] = [];
    for (const entry of entries) {
      const path = dir + sep + entry.name;
      const file = rel + entry.name;
      if (file === MANIFEST_NAME) continue; // the folder's manifest: read (and warned about) by itself
      if (entry.isDirectory()) {
        // A plain subfolder's real path is its parent's plus its name: no syscall needed.
        if (!isIgnoredFolder(entry.name) && !isPageAssets(entry.name, entries)) subfolders.push(enter(path, file, depth));
      } else if (entry.name.startsWith('.')) {
        continue; // .DS_Store, .gitignore: never articles, not worth a note
      } else if (entry.isFile()) {
        addFile(path, file, entry.name);
      } else if (entry.isSymbolicLink()) {
        links.push({ path, rel: file, name: entry.name, from: dir, depth });
      } else {
        skip(file, notRegular(entry));
      }
    }
    await Promise.all(subfolders);
  };

  const enter = async (real: RawPath, rel: RawPath, depth: number): Promise<void> => {
    if (depth >= policy.maxDepth) return skip(rel + '/', `more than ${policy.maxDepth} folders deep: not read`);
    await walk(real, rel + '/', depth + 1);
  };

  const resolved = async (path: RawPath): Promise<Awaited<ReturnType<typeof resolveLink>> | Error> => {
    try {
      return await gate(() => resolveLink(fs, path));
    } catch (error) {
      return error as Error;
    }
  };

  /** One round of links: resolved together, then judged and walked one by one in path order. */
  const followLinks = async (): Promise<void> => {
    const round = links.sort((a, b) => compare(a.rel, b.rel));
    links = [];
    const targets = await Promise.all(round.map((link) => resolved(link.path)));
    for (const [i, { rel, name, from, depth }] of round.entries()) {
      const link = targets[i];
      if (link instanceof Error) { skip(rel, `cannot follow link (${describeError(link)})`); continue; }
      if (!link) { skip(rel, 'broken link (its target does not exist)'); continue; }
      const { real, target } = link;
      if (target.isDirectory() && isIgnoredFolder(name)) continue;
      const refusal = linkRefusal(policy, realRoot, from, real, target);
      if (refusal) skip(rel, refusal);
      else if (target.isFile()) addFile(real, rel, name);
      else if (!target.isDirectory()) skip(rel, notRegular(target));
      else if (visited.has(real)) skip(rel, 'link to a folder already read (a second name for it)');
      else await enter(real, rel, depth);
    }
  };

  await walk(realRoot, '', 0);
  while (links.length > 0 && !stopped) await followLinks();
  // Folders finish in any order; ids and every view depend on a stable one.
  files.sort((a, b) => compare(a.file, b.file));
  warnings.sort((a, b) => compare(a.file, b.file));
  return { files, seen, warnings };
}

/** Code-unit order: the same on every machine, whatever the locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
