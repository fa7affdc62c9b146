import { analyseCorpus } from '../../src/core/analyse.js';
import type { ArticleFields, Corpus, SourceDocument } from '../../src/core/types.js';

/** A source document for tests: text plus manifest fields. */
export function doc(id: string, text: string, manifestFields: ArticleFields = {}): SourceDocument {
  return { id, file: id, text, fileFields: {}, manifestFields, warnings: [], contentHash: id };
}

/** A small analysed corpus of made-up articles, for pane and state tests. */
export function sampleCorpus(): Corpus {
  return analyseCorpus('/tmp/sample', [
    doc('gazette.txt', 'Harbour bridge reopens after repairs\n\nThe harbour bridge reopened on Monday, the mayor Anna Berg said.\n\n"It is a good day for the city," Berg said.', { outlet: 'Daily Gazette', published: '2025-03-10' }),
    doc('herald.txt', 'Bridge reopening delayed by storm\n\nThe harbour bridge will reopen later than planned, officials said on Sunday.', { outlet: 'Evening Herald', published: '2025-03-09' }),
    doc('wire.txt', 'Press TV reports grain exports rise\n\nGrain exports rose by 4 percent in February, the ministry said.', { outlet: 'Press TV', published: '2025-03-11' }),
  ], [{ file: 'photo.png', reason: 'binary (PNG image)', skipped: true }]);
}
