import { parseQuery } from '../../core/search/query.js';
import { safeText } from '../../core/text/safe.js';
import { emptyContext } from '../../state/reducer.js';
import { closestVersion } from '../closest.js';
import { listModel } from './list.js';
import type { ArticleRow, ModelInput, PaneModel } from './types.js';

/** The words of a query worth highlighting (fuzzy and included terms, not exclusions, not qualified fields). */
export function highlightWords(query: string): string[] {
  return parseQuery(query, []).terms.filter((t) => t.kind !== 'exclude').map((t) => t.text);
}

/** The Articles list: by date, filtered by title, outlet, date, actors and (with `text:`) bodies. */
export function articlesModel({ corpus, index, state, box, memo }: ModelInput): PaneModel {
  const filter = state.lists.articles.filter;
  const ids = index.rowIds('articles', filter);
  const list = listModel<ArticleRow>(memo, {
    ids, selectedId: state.lists.articles.selectedId, height: box.height,
    empty: filter ? `No article matches "${safeText(filter)}". Esc clears the filter.` : 'No articles.',
    row: (id) => ({ article: index.articleById.get(id)!, marked: state.marked.includes(id) }),
  });
  const outlet = Math.min(22, Math.max(10, Math.floor(box.width * 0.18)));
  const marked = state.marked.length ? ` · ${state.marked.length} marked` : '';
  return {
    view: 'articles', list, words: highlightWords(filter),
    columns: { outlet, title: Math.max(10, box.width - 4 - 11 - outlet - 2) },
    context: { ...emptyContext, rowIds: ids, selectedId: list.selectedId, selectedIndex: list.selected, pageSize: list.pageSize, closestTo: (id) => closestVersion(corpus, id) },
    status: `${list.position} · ${ids.length} of ${corpus.articles.length} articles${marked}`,
  };
}
