import { safeText } from '../../core/text/safe.js';
import type { ChronologyEntry } from '../../core/types.js';
import { emptyContext } from '../../state/view-context.js';
import { chronologyDetailModel as detailLines, rowSpan } from '../panes/chronology-detail-lines.js';
import { outletHighlights, textHighlights } from '../panes/chronology-query.js';
import { chronologyListing, headingRowOf, outletsOf, rowAt, sourceCount, type ChronologyListing, type ChronologyRow } from '../panes/chronology-rows.js';
import { textWidth } from '../text-width.js';
import { listModel, windowStart } from './list.js';
import { scrollModel } from './scroll.js';
import type { ModelInput, PaneModel } from './types.js';
import { citeChronologyEntry, citeList } from './citations.js';

/** The mark column: a space, "!" for a conflict, a space. */
export const MARK = 3;

/** "week · 3 sources · Press TV, Reuters": precision where it is not a day, the count, the outlets. */
export function entryMeta(entry: ChronologyEntry, outlets: readonly string[] = outletsOf(entry)): string {
  const parts = entry.precision === 'day' ? [] : [entry.precision];
  return [...parts, sourceCount(entry), ...(outlets.length ? [outlets.join(', ')] : [])].join(' · ');
}

/**
 * Widths of an entry row's columns: the event text and what reports it. The texts in view get what they
 * need up to three fifths; the outlets get the rest, so every outlet is named while there is room.
 */
export function chronologyColumns(width: number, texts: readonly string[], metas: readonly string[]): { text: number; meta: number } {
  const room = Math.max(20, width - MARK - 1);
  const neededMeta = Math.max(12, ...metas.map(textWidth));
  const neededText = Math.max(8, ...texts.map(textWidth));
  const meta = Math.max(12, Math.min(neededMeta, room - Math.min(neededText, Math.floor(room * 0.6))));
  return { text: Math.max(8, room - meta), meta };
}

/**
 * The rows a window of `height` shows around the selected row. When the window opens partway into a
 * day, that day's heading takes the top row, so every visible entry is under the date it belongs to.
 */
export function visibleRows(listing: ChronologyListing, selectedEntry: number, height: number): { start: number; rows: ChronologyRow[] } {
  const selected = listing.rowOfEntry[selectedEntry] ?? 0;
  const start = windowStart(listing.rowCount, selected, height);
  const visible: ChronologyRow[] = [];
  for (let r = start; r < Math.min(listing.rowCount, start + height); r++) {
    const row = rowAt(listing, r);
    if (row) visible.push(row);
  }
  const top = visible[0];
  if (start === selected || top?.kind !== 'entry') return { start, rows: visible };
  const heading = rowAt(listing, headingRowOf(listing, top.index));
  return { start, rows: heading ? [heading, ...visible.slice(1)] : visible };
}

/** "1 event", "340 events". */
export function eventCount(n: number): string {
  return `${n} event${n === 1 ? '' : 's'}`;
}

/** The Chronology pane: dated events grouped under their day, week, month or year; or one event's detail. */
export function chronologyModel(input: ModelInput): PaneModel {
  const { index, state, box, memo } = input;
  const filter = state.lists.chronology.filter;
  const filtered = index.rowIds('chronology', filter);
  const listing = memo.get('chronologyListing', [filtered, state.chronologyActor], () => chronologyListing(index, filtered, state.chronologyActor), 2);
  if (state.chronologyDetail) return chronologyDetailModel(input, listing);
  const actorName = listing.actor ? safeText(listing.actor.name) : null;
  const banner = state.chronologyActor === null ? null
    : actorName ? `Chronology of ${actorName} · Esc goes back` : 'That actor is no longer in the corpus · Esc goes back';
  const list = listModel<ChronologyRow>(memo, {
    ids: listing.ids, selectedId: state.lists.chronology.selectedId, height: box.height, banner,
    empty: filter ? `No event matches "${safeText(filter)}". Esc clears the filter.`
      : actorName ? `No dated event names ${actorName}. Esc goes back.` : 'No dated events in this corpus.',
    window: (selected, height) => {
      const { start, rows } = visibleRows(listing, selected, height);
      return { rowCount: listing.rowCount, start, rows: rows.map((row) => ({ row, selected: row.kind === 'entry' && row.index === selected, id: row.kind === 'entry' ? row.entry.id : null })) };
    },
  });
  const entries = list.visible.flatMap(({ row }) => (row.kind === 'entry' ? [row.entry] : []));
  const widths = chronologyColumns(box.width, entries.map((e) => safeText(e.text)), entries.map((e) => entryMeta(e)));
  const narrowed = actorName ? ` · naming ${actorName}` : '';
  const total = index.corpus.chronology.length;
  return {
    view: 'chronology', list,
    look: { ...widths, words: textHighlights(filter), outletWords: outletHighlights(filter) },
    context: {
      ...emptyContext, rowIds: listing.ids, selectedId: list.selectedId, selectedIndex: list.selected, pageSize: Math.max(1, list.height - 2),
      cite: (scope) => {
        const ids = scope === 'all' ? listing.ids : list.selectedId ? [list.selectedId] : [];
        return ids.length ? citeList(ids.map((id) => index.entryById.get(id)!), (e) => citeChronologyEntry(e, index)) : null;
      },
    },
    status: `${list.position} · ${listing.ids.length} of ${eventCount(total)}${narrowed}`,
  };
}

/**
 * The detail of one chronology entry: what happened, when and how precisely, who disagrees on the date,
 * and every source with its sentence; Enter on a source opens the article at that paragraph.
 */
function chronologyDetailModel({ index, state, box, memo }: ModelInput, listing: ChronologyListing): PaneModel {
  const detail = state.chronologyDetail!;
  const entry = index.entryById.get(detail.id);
  if (!entry) return { view: 'message', text: 'That event is no longer in the chronology. Esc goes back.', context: emptyContext, status: '' };
  const width = Math.max(10, box.width - 2);
  const model = memo.get('chronologyDetail', [entry, width], () => detailLines(entry, width,
    (id) => index.articleById.get(id)?.title ?? null, (name) => index.actorLookups.byName.get(name)?.id ?? null));
  const selectedRow = Math.min(detail.row, Math.max(0, model.links.length - 1));
  const scroll = scrollModel(model.lines, box.height, 0, rowSpan(model.lines, selectedRow));
  const at = listing.ids.indexOf(entry.id);
  const position = at === -1 ? 'event' : `event ${at + 1}/${listing.ids.length}`;
  const sources = entry.sources.length;
  const where = selectedRow < sources ? `source ${selectedRow + 1} of ${sources}` : `actor ${selectedRow - sources + 1} of ${model.links.length - sources}`;
  return {
    view: 'chronologyDetail', scroll, selectedRow,
    context: { ...emptyContext, lineCount: model.links.length, pageSize: Math.max(1, Math.floor(box.height / 3)), linkAt: (r) => model.links[r] ?? null, cite: () => citeChronologyEntry(entry, index) },
    status: model.links.length ? `${position} · ${where}` : position,
  };
}
