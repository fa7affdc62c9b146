import { safeText } from '../../core/text/safe.js';
import { emptyContext } from '../../state/view-context.js';
import type { ComparePair } from '../compare-pairs.js';
import { orderedByStory, unmeasuredInView } from '../compare/pair-order.js';
import { highlightWords } from './articles.js';
import { listModel } from './list.js';
import type { ModelInput, PaneModel, PairRow } from './types.js';
import { citeArticle } from '../../core/citations.js';
import { citeList } from './citations.js';

/** What the empty list says: how to get a comparison some other way. */
export const NO_PAIRS = 'No story has two versions to compare. In Articles (1), mark two articles with Space, then press c.';

/** The widths of a pair row's columns at a pane width; narrow panes show dates as MM-DD. */
export function pairColumns(width: number) {
  const date = width >= 90 ? 10 : 5;
  // Outlets tell the pairs of one story apart (they share its title), so they get room before the title.
  const outlet = Math.min(18, Math.max(8, Math.floor(width * 0.2)));
  const title = Math.max(8, width - 5 - 2 * (outlet + 1 + date + 2) - 1);
  return { date, outlet, title };
}

/**
 * The pairs worth comparing (two versions of one story). Unfiltered, each story's pairs come most
 * similar first once all of them are measured; filtered, by match score. The order is a function of
 * the state (the similarities measured so far), so the reducer and the frame always agree; the pairs
 * in view still to measure are named for the App to measure after drawing.
 */
export function pairsModel({ index, state, box, memo }: ModelInput): PaneModel {
  const filter = state.lists.compare.filter;
  const filtered = index.rowIds('compare', filter);
  const found = memo.get('pairsFound', [filtered], () => filtered.map((id) => index.pairById.get(id)).filter((p): p is ComparePair => p !== undefined));
  const wholeStories = filter.trim() === '';
  const rows = wholeStories ? memo.get('pairsOrdered', [found, state.similarity], () => orderedByStory(found, state.similarity)) : found;
  const ids = memo.get('pairIds', [rows], () => rows.map((p) => p.id));
  const list = listModel<PairRow>(memo, {
    ids, selectedId: state.lists.compare.selectedId, height: box.height,
    empty: filter ? `No pair matches "${safeText(filter)}". Esc clears the filter.` : NO_PAIRS,
    row: (_id, i) => ({ pair: rows[i]!, similarity: state.similarity[rows[i]!.id] ?? null }),
  });
  return {
    view: 'pairs', list, words: highlightWords(filter), columns: pairColumns(box.width),
    unmeasured: unmeasuredInView(rows, list.start, list.start + list.height, wholeStories, state.similarity),
    context: {
      ...emptyContext, rowIds: ids, selectedId: list.selectedId, selectedIndex: list.selected, pageSize: list.pageSize,
      cite: (scope) => {
        const pairs = scope === 'all' ? rows : rows.filter((p) => p.id === list.selectedId);
        return pairs.length ? citeList(pairs, (p) => `A: ${citeArticle(p.a)}\nB: ${citeArticle(p.b)}`) : null;
      },
    },
    status: `${list.position} · ${ids.length} of ${index.pairs.length} pairs · Enter compares`,
  };
}
