import { safeText } from '../../core/text/safe.js';
import { emptyContext } from '../../state/view-context.js';
import { closestVersion } from '../closest.js';
import { readerNameSpans } from '../reader-names.js';
import { readerLines, searchMatches } from '../reader-lines.js';
import { scrollModel } from './scroll.js';
import type { ModelInput, PaneModel } from './types.js';
import { citeArticle } from '../../core/citations.js';
import { citeArticleAt } from './citations.js';

/** The reader: an article's clean (or raw) text, wrapped and scrolled, with in-text search. */
export function readerModel({ corpus, index, state, box, memo }: ModelInput): PaneModel {
  const reader = state.reader!;
  const article = index.articleById.get(reader.articleId);
  if (!article) return { view: 'message', text: 'That article is no longer in the corpus. Esc goes back.', context: emptyContext, status: '' };
  // Two cells on the left are the margin (the mark of where a jump landed), one on the right the scrollbar.
  const width = Math.max(10, box.width - 3);
  const actors = index.actorsOfArticle.get(article.id) ?? [];
  const lines = memo.get('readerLines', [article, actors, reader.raw, reader.header, width], () => readerLines(article, actors, reader.raw, reader.header, width), 2);
  const marks = memo.get('readerMarks', [lines, reader.search], () => searchMatches(lines, reader.search));
  const removals = memo.get('readerRemovals', [lines], () => lines.flatMap((l, i) => (l.removal ? [i] : [])));
  let top = reader.top;
  if (reader.focusParagraph !== null) {
    const at = lines.findIndex((l) => l.paragraph === reader.focusParagraph);
    if (at !== -1) top = Math.max(0, at - 2);
  }
  const scroll = scrollModel(lines, box.height, top);
  const names = readerNameSpans(lines, scroll.top, scroll.top + scroll.height, reader.raw ? null : index.actorLookups.patternOf(article.id));
  const found = reader.search ? ` · "${safeText(reader.search)}": ${marks.length ? `${reader.match + 1} of ${marks.length}` : 'no match'}` : '';
  const end = Math.min(lines.length, scroll.top + scroll.height);
  return {
    view: 'reader', scroll, names, current: marks[reader.match] ?? null, focusParagraph: reader.focusParagraph, landed: reader.landed,
    words: reader.search.trim() ? [reader.search.trim().toLowerCase()] : [],
    context: {
      ...emptyContext, pageSize: Math.max(1, scroll.height - 1), lineCount: lines.length, marks, removals, position: scroll.top, closestTo: (id) => closestVersion(corpus, id),
      // y: the paragraph at the search match, or the first in view; Y: the article itself.
      cite: (scope) => {
        if (scope === 'all') return citeArticle(article);
        const from = marks[reader.match] ?? scroll.top;
        const paragraph = lines.slice(from).find((l) => l.paragraph !== undefined)?.paragraph ?? null;
        return citeArticleAt(article, paragraph);
      },
    },
    status: `${reader.raw ? 'raw' : 'clean'} · line ${Math.min(lines.length, scroll.top + 1)}-${end} of ${lines.length}${found}`,
  };
}
