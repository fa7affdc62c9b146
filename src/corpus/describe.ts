import type { CorpusWarning } from '../core/types.js';

/** A corpus warning as one line: "skipped: photo.txt: binary (PNG image)", "newsx.json: articles[...]: ...". */
export function describeWarning(w: CorpusWarning): string {
  return `${w.skipped ? 'skipped: ' : ''}${w.file}: ${w.reason}`;
}
