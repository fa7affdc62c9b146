import { formatOf } from '../corpus/formats/index.js';
import { nodeFs, type CorpusFs } from '../corpus/fs.js';
import type { ProgressSink } from '../core/progress.js';

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
      for (const entry of entries) if (!entry.name.startsWith('.') && formatOf(entry.name)) total++;
      return entries;
    },
    readFile: async (path, limit) => {
      const bytes = await nodeFs.readFile(path, limit);
      done++;
      progress({ stage: 'reading', done, total: Math.max(total, done) });
      return bytes;
    },
    readStream: (path, limit) => {
      done++;
      progress({ stage: 'reading', done, total: Math.max(total, done) });
      return nodeFs.readStream(path, limit);
    },
  };
}
