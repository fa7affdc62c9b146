import { nodeFs, type CorpusFs } from '../corpus/fs.js';
import type { ProgressSink } from '../core/progress.js';

/** Names the reader may open as articles (the manifest and other files are counted too: the total is a bound). */
const ARTICLE_NAME = /\.(txt|md|json|jsonl)$/i;

/**
 * File operations that report reading progress: discovery lists every folder before any file is read,
 * so the article-like names it saw are the total by the time reading starts.
 */
export function progressFs(progress: ProgressSink): Partial<CorpusFs> {
  let total = 0;
  let done = 0;
  return {
    readdir: async (path) => {
      const entries = await nodeFs.readdir(path);
      for (const entry of entries) if (!entry.name.startsWith('.') && ARTICLE_NAME.test(entry.name)) total++;
      return entries;
    },
    readFile: async (path, limit) => {
      const bytes = await nodeFs.readFile(path, limit);
      done++;
      progress({ stage: 'reading', done, total: Math.max(total, done) });
      return bytes;
    },
  };
}
