import { Box, Text } from 'ink';
import { matchSpans } from '../../core/search/match.js';
import { safeText } from '../../core/text/safe.js';
import type { ChronologyEntry } from '../../core/types.js';
import { Highlighted } from '../components/Highlighted.js';
import { windowStart } from '../components/ListWindow.js';
import { pad, textWidth, truncate } from '../text-width.js';
import { theme } from '../theme.js';
import { outletHighlights, textHighlights } from './chronology-query.js';
import { chronologyListing, groupLabel, headingRowOf, outletsOf, rowAt, sourceCount, type ChronologyListing, type ChronologyRow } from './chronology-rows.js';
import { chronologyDetailView } from './ChronologyDetail.js';
import { emptyContext, selectedIndex, type Pane, type PaneView } from './pane.js';

/** The mark column: a space, "!" for a conflict, a space. */
const MARK = 3;

/**
 * Widths of an entry row's columns: the event text and what reports it. The report column is as wide
 * as the visible rows need, up to two fifths of the width, so the texts line up and keep most of the room.
 */
function columns(width: number, metas: readonly string[]): { text: number; meta: number } {
  const needed = Math.max(0, ...metas.map(textWidth));
  const meta = Math.min(Math.max(12, Math.floor(width * 0.4)), Math.max(12, needed));
  return { text: Math.max(8, width - MARK - 1 - meta), meta };
}

/** "week · 3 sources · Press TV, Reuters": precision where it is not a day, the count, the outlets. */
function entryMeta(entry: ChronologyEntry, outlets: readonly string[] = outletsOf(entry)): string {
  const parts = entry.precision === 'day' ? [] : [entry.precision];
  return [...parts, sourceCount(entry), ...(outlets.length ? [outlets.join(', ')] : [])].join(' · ');
}

/** The meta in `width` cells: as many outlets as fit whole, then "+2" for the rest (or just how many), rather than a name cut short. */
export function fittedMeta(entry: ChronologyEntry, width: number): string {
  const outlets = outletsOf(entry);
  const full = entryMeta(entry, outlets);
  if (textWidth(full) <= width) return full;
  for (let shown = outlets.length - 1; shown >= 1; shown--) {
    const meta = `${entryMeta(entry, outlets.slice(0, shown))} +${outlets.length - shown}`;
    if (textWidth(meta) <= width) return meta;
  }
  const counted = outlets.length > 1 ? `${entryMeta(entry, [])} · ${outlets.length} outlets` : full;
  return truncate(counted, width);
}

interface RowLook {
  widths: { text: number; meta: number };
  words: string[];
  outletWords: string[];
}

function rowElement(row: ChronologyRow, selected: boolean, look: RowLook) {
  if (row.kind === 'heading') return <Text bold color={theme.accent} wrap="truncate-end">{groupLabel(row.entry)}</Text>;
  const { entry } = row;
  const text = pad(safeText(entry.text), look.widths.text);
  const meta = fittedMeta(entry, look.widths.meta);
  return (
    <Text inverse={selected} wrap="truncate-end">
      <Text color={theme.warning} bold>{entry.conflict ? ' ! ' : '   '}</Text>
      <Highlighted text={text} spans={matchSpans(text, look.words)} />
      <Text color={theme.muted}> </Text>
      <Text color={selected ? undefined : theme.muted}><Highlighted text={meta} spans={matchSpans(meta, look.outletWords)} /></Text>
    </Text>
  );
}

/**
 * The rows a window of `height` shows around the selected row. When the window opens partway into a
 * day, that day's heading takes the top row, so every visible entry is under the date it belongs to.
 */
export function visibleRows(listing: ChronologyListing, selectedEntry: number, height: number): ChronologyRow[] {
  const selected = listing.rowOfEntry[selectedEntry] ?? 0;
  const start = windowStart(listing.rowCount, selected, height);
  const visible: ChronologyRow[] = [];
  for (let r = start; r < Math.min(listing.rowCount, start + height); r++) {
    const row = rowAt(listing, r);
    if (row) visible.push(row);
  }
  const top = visible[0];
  if (start === selected || top?.kind !== 'entry') return visible;
  const heading = rowAt(listing, headingRowOf(listing, top.index));
  return heading ? [heading, ...visible.slice(1)] : visible;
}

/** "1 event", "340 events". */
export function eventCount(n: number): string {
  return `${n} event${n === 1 ? '' : 's'}`;
}

/** The Chronology pane: dated events grouped under their day, week, month or year; or one event's detail. */
export const chronologyPane: Pane = (input): PaneView => {
  const { state, index, width, height } = input;
  const list = state.lists.chronology;
  const listing = chronologyListing(index, index.rowIds('chronology', list.filter), state.chronologyActor);
  const rowIds = listing.ids;
  if (state.chronologyDetail) return chronologyDetailView(input, listing);

  const actorName = listing.actor ? safeText(listing.actor.name) : null;
  const banner = state.chronologyActor === null ? null
    : actorName ? `Chronology of ${actorName} · Esc shows all`
      : 'That actor is no longer in the corpus · Esc shows all';
  const listHeight = Math.max(1, height - (banner ? 1 : 0));
  // The first event when the selection is filtered out, as the reducer reads it.
  const selected = selectedIndex(rowIds, list.selectedId);
  const visible = visibleRows(listing, selected, listHeight);
  const metas = visible.flatMap((r) => (r.kind === 'entry' ? [entryMeta(r.entry)] : []));
  const look = { widths: columns(width, metas), words: textHighlights(list.filter), outletWords: outletHighlights(list.filter) };
  const empty = list.filter ? `No event matches "${safeText(list.filter)}". Esc clears the filter.`
    : actorName ? `No dated event names ${actorName}. Esc shows all.`
      : 'No dated events in this corpus.';
  const element = (
    <Box flexDirection="column" height={height}>
      {banner && <Box height={1} overflow="hidden"><Text color={theme.accent} wrap="truncate-end">{truncate(banner, width)}</Text></Box>}
      {rowIds.length === 0
        ? <Box height={listHeight}><Text dimColor wrap="wrap">{empty}</Text></Box>
        : visible.map((row, i) => (
          <Box key={i} width={width} height={1} overflow="hidden">{rowElement(row, row.kind === 'entry' && row.index === selected, look)}</Box>
        ))}
    </Box>
  );
  const narrowed = actorName ? ` · naming ${actorName}` : '';
  return {
    element,
    context: { ...emptyContext, rowIds, pageSize: Math.max(1, listHeight - 2) },
    status: `${rowIds.length} of ${eventCount(index.corpus.chronology.length)}${narrowed}`,
  };
};
