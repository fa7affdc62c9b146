import { Box, Text } from 'ink';
import { matchSpans } from '../../core/search/match.js';
import { parseQuery } from '../../core/search/query.js';
import { safeText } from '../../core/text/safe.js';
import { Highlighted } from '../components/Highlighted.js';
import { ListWindow } from '../components/ListWindow.js';
import { pad, truncate } from '../text-width.js';
import { theme } from '../theme.js';
import { closestVersion } from '../closest.js';
import { emptyContext, selectedIndex, type Pane, type PaneView } from './pane.js';
import { readerPane } from './ReaderPane.js';

/** The words of a query worth highlighting (fuzzy and included terms, not exclusions). */
export function highlightWords(query: string): string[] {
  return parseQuery(query, []).terms.filter((t) => t.kind !== 'exclude').map((t) => t.text);
}

/** The Articles pane: the list by date, or the reader when an article is open. */
export const articlesPane: Pane = (input): PaneView => {
  const { state, index, width, height } = input;
  if (state.reader) return readerPane(input);
  const list = state.lists.articles;
  const rowIds = index.rowIds('articles', list.filter);
  const selected = selectedIndex(rowIds, list.selectedId);
  const words = highlightWords(list.filter);
  const outletWidth = Math.min(22, Math.max(10, Math.floor(width * 0.18)));
  const titleWidth = Math.max(10, width - 4 - 11 - outletWidth - 2);
  // Rows are ids: only the window's rows are looked up and drawn, whatever the list's length.
  const renderRow = (id: string, isSelected: boolean) => {
    const a = index.articleById.get(id)!;
    const marked = state.marked.includes(a.id);
    const title = truncate(safeText(a.title), titleWidth);
    return (
      <Text inverse={isSelected} wrap="truncate-end">
        <Text color={theme.accent}>{marked ? '● ' : '  '}</Text>
        <Text color={theme.muted}>{pad(a.published ?? (a.provenance.published === null ? 'undated' : ''), 10)} </Text>
        <Text>{pad(safeText(a.outlet ?? '—'), outletWidth)} </Text>
        <Highlighted text={title} spans={matchSpans(title, words)} />
      </Text>
    );
  };
  const element = (
    <Box flexDirection="column">
      <ListWindow rows={rowIds} selected={selected} height={height} width={width} renderRow={renderRow}
        empty={list.filter ? `No article matches "${safeText(list.filter)}". Esc clears the filter.` : 'No articles.'} />
    </Box>
  );
  return {
    element,
    context: {
      ...emptyContext,
      rowIds,
      pageSize: Math.max(1, height - 1),
      closestTo: (id) => closestVersion(input.corpus, id),
    },
    status: `${rowIds.length} of ${index.corpus.articles.length} articles${state.marked.length ? ` · ${state.marked.length} marked` : ''}`,
  };
};
