import { appendFileSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';

/** The file the explorer's `e` appends citations to. */
export const CITATIONS_FILE = 'newsx-citations.txt';

/**
 * Appends citations to newsx-citations.txt in the current folder, the fallback for terminals that do
 * not take OSC 52. newsx never writes into the corpus folder, so when the current folder is inside it
 * the file goes to the home folder instead. Each entry starts with the time it was written.
 */
export function appendCitations(text: string, corpusRoot: string, cwd = process.cwd(), now = new Date()): string {
  const inside = (folder: string) => {
    const rel = relative(realpathSync(corpusRoot), realpathSync(folder));
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  };
  const folder = inside(cwd) ? homedir() : cwd;
  const path = join(folder, CITATIONS_FILE);
  appendFileSync(path, `— newsx, ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC\n${text}\n\n`, { mode: 0o600 });
  return path;
}
