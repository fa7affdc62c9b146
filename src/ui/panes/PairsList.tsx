import { Box, Text } from 'ink';
import { matchSpans } from '../../core/search/match.js';
import { safeText } from '../../core/text/safe.js';
import type { ComparePair } from '../compare-pairs.js';
import { versionDate, versionLabel } from '../compare/labels.js';
import { Highlighted } from '../components/Highlighted.js';
import { ListWindow, windowStart } from '../components/ListWindow.js';
import { isMeasured, measurements, measureInView, orderedByStory, pairSimilarity } from '../compare/pair-order.js';
import { pad, truncate } from '../text-width.js';
import { theme } from '../theme.js';
import { highlightWords } from './ArticlesPane.js';
import { emptyContext, selectedIndex, type PaneInput, type PaneView } from './pane.js';

/** What the empty list says: how to get a comparison some other way. */
export const NO_PAIRS = 'No story has two versions to compare. In Articles (1), mark two articles with Space, then press c.';

/** The widths of a pair row's columns at a pane width; narrow panes show dates as MM-DD. */
function columns(width: number) {
  const date = width >= 90 ? 10 : 5;
  // Outlets tell the pairs of one story apart (they share its title), so they get room before the title.
  const outlet = Math.min(18, Math.max(8, Math.floor(width * 0.2)));
  const similarity = 5;
  const title = Math.max(8, width - similarity - 2 * (outlet + 1 + date + 2) - 1);
  return { date, outlet, similarity, title };
}

function shortDate(date: string, width: number): string {
  return width === 5 && /^\d{4}-\d\d-\d\d$/.test(date) ? date.slice(5) : date;
}

/**
 * The list in the order it shows: unfiltered, each story's pairs most similar first, measuring the
 * stories in view (which may reorder a run and move the window, hence the few rounds); filtered,
 * by match score. Deterministic for what has been measured, so the reducer sees the rows drawn.
 */
function arranged(found: readonly ComparePair[], selectedId: string | null, height: number, wholeStories: boolean) {
  let { rows, ids } = ordered(found, wholeStories);
  let selected = 0;
  for (let round = 0; ; round++) {
    if (round > 0) ({ rows, ids } = ordered(rows, wholeStories));
    selected = selectedIndex(ids, selectedId);
    const start = windowStart(rows.length, selected, height);
    if (round === 3 || rows.slice(start, start + height).every(isMeasured)) break;
    measureInView(rows, start, start + height, wholeStories);
  }
  return { rows, selected };
}

let lastOrdering: { found: readonly ComparePair[]; wholeStories: boolean; at: number; rows: ComparePair[]; ids: string[] } | null = null;

/**
 * The pairs in story order with their ids, remade only when a pair has been measured since: moving
 * through 200,000 pairs must not re-sort and re-map them on every keystroke.
 */
function ordered(found: readonly ComparePair[], wholeStories: boolean): { rows: ComparePair[]; ids: string[] } {
  const last = lastOrdering;
  if (last && last.wholeStories === wholeStories && last.at === measurements() && (last.found === found || last.rows === found)) return last;
  const rows = wholeStories ? orderedByStory(found) : [...found];
  lastOrdering = { found, wholeStories, at: measurements(), rows, ids: rows.map((p) => p.id) };
  return lastOrdering;
}

/**
 * The pairs worth comparing (two versions of one story), most similar first within a story, each
 * with both outlets and dates and the story's title; fuzzy filtered; Enter opens the comparison.
 */
export function pairsList({ index, state, width, height }: PaneInput): PaneView {
  const list = state.lists.compare;
  const found = index.rowIds('compare', list.filter).map((id) => index.pairById.get(id)).filter((p): p is ComparePair => p !== undefined);
  const { rows, selected } = arranged(found, list.selectedId, height, list.filter.trim() === '');
  const rowIds = ordered(rows, list.filter.trim() === '').ids;
  const words = highlightWords(list.filter);
  const col = columns(width);
  const version = (label: string, date: string) => (
    <>
      <Highlighted text={pad(label, col.outlet)} spans={matchSpans(pad(label, col.outlet), words)} />
      <Text color={theme.muted}>{` ${pad(shortDate(date, col.date), col.date)}`}</Text>
    </>
  );
  const renderRow = (pair: ComparePair, isSelected: boolean) => {
    const title = truncate(safeText(pair.storyTitle), col.title);
    return (
      <Text inverse={isSelected} wrap="truncate-end">
        <Text color={theme.accent}>{`${Math.round(pairSimilarity(pair) * 100)}%`.padStart(4)} </Text>
        {version(versionLabel(pair.a), versionDate(pair.a))}
        <Text color={theme.muted}> ↔ </Text>
        {version(versionLabel(pair.b), versionDate(pair.b))}
        <Text>  </Text>
        <Highlighted text={title} spans={matchSpans(title, words)} />
      </Text>
    );
  };
  const empty = list.filter ? `No pair matches "${safeText(list.filter)}". Esc clears the filter.` : NO_PAIRS;
  const element = (
    <Box flexDirection="column">
      <ListWindow rows={rows} selected={selected} height={height} width={width} renderRow={renderRow} empty={empty} />
    </Box>
  );
  return {
    element,
    context: { ...emptyContext, rowIds, pageSize: Math.max(1, height - 1) },
    status: `${rows.length} of ${index.pairs.length} pairs · Enter compares`,
  };
}
