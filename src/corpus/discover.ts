import { resolve, sep } from 'node:path';
import type { CorpusWarning } from '../core/types.js';
import { extensionOf, formatOf } from './formats/index.js';
import { describeError, type CorpusFs, type DirEntry } from './fs.js';
import { READ_CONCURRENCY } from './limits.js';
import { limiter } from './pool.js';

/** A file that looks like an article by its name. */
export interface FoundFile {
  /** Absolute path, as reached (through links, if any). */
  path: string;
  /** Path relative to the corpus root, POSIX separators: the article's `file`. */
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
function isIgnoredFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/**
 * Finds the article files under a root, recursively. Links are followed, but each real folder is read
 * once, so a link back up the tree ends instead of looping; a dangling link is a warning. `excluded`
 * holds absolute paths that are not articles (the manifest).
 */
export async function discoverFiles(root: string, fs: CorpusFs, excluded: ReadonlySet<string>): Promise<Discovery> {
  const files: FoundFile[] = [];
  const seen = new Set<string>();
  const warnings: CorpusWarning[] = [];
  const visited = new Set<string>();
  const gate = limiter(READ_CONCURRENCY);
  const skip = (file: string, reason: string): void => void warnings.push({ file, reason, skipped: true });

  const addFile = (path: string, file: string, name: string): void => {
    seen.add(file);
    if (excluded.has(path)) return;
    if (formatOf(name)) files.push({ path, file });
    else skip(file, `not an article file (${extensionOf(name) || 'no extension'})`);
  };

  const walk = async (dir: string, realDir: string, prefix: string): Promise<void> => {
    if (visited.has(realDir)) return;
    visited.add(realDir);
    let entries: DirEntry[];
    try {
      entries = await gate(() => fs.readdir(dir));
    } catch (error) {
      skip(prefix || root, `cannot read folder (${describeError(error)})`);
      return;
    }
    const subfolders: Promise<void>[] = [];
    for (const entry of entries) {
      const path = dir + sep + entry.name;
      const file = prefix + entry.name;
      if (entry.isDirectory()) {
        // A plain subfolder's real path is its parent's plus its name: no syscall needed.
        if (!isIgnoredFolder(entry.name)) subfolders.push(walk(path, realDir + sep + entry.name, file + '/'));
      } else if (entry.name.startsWith('.')) {
        continue; // .DS_Store, .gitignore: never articles, not worth a note
      } else if (entry.isFile()) {
        addFile(path, file, entry.name);
      } else if (entry.isSymbolicLink()) {
        subfolders.push(followLink(path, file, entry.name));
      } else {
        skip(file, 'not a regular file');
      }
    }
    await Promise.all(subfolders);
  };

  const followLink = async (path: string, file: string, name: string): Promise<void> => {
    try {
      const target = await gate(() => fs.stat(path));
      if (target.isFile()) return addFile(path, file, name);
      if (!target.isDirectory()) return skip(file, 'not a regular file');
      if (isIgnoredFolder(name)) return;
      const real = await gate(() => fs.realpath(path));
      if (visited.has(real)) return skip(file, 'link to a folder already read (a loop or a second name)');
      await walk(path, real, file + '/');
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      skip(file, code === 'ENOENT' ? 'broken link (its target does not exist)' : `cannot follow link (${describeError(error)})`);
    }
  };

  const absoluteRoot = resolve(root);
  try {
    await walk(absoluteRoot, await fs.realpath(absoluteRoot), '');
  } catch (error) {
    skip(root, `cannot read folder (${describeError(error)})`);
  }
  // Folders finish in any order; ids and every view depend on a stable one.
  files.sort((a, b) => compare(a.file, b.file));
  warnings.sort((a, b) => compare(a.file, b.file));
  return { files, seen, warnings };
}

/** Code-unit order: the same on every machine, whatever the locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
