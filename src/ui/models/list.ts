import type { Memo } from '../memo.js';
import { positionLabel } from './scroll.js';

/**
 * The list controller: every list pane (articles, actors, chronology, pairs) is one of these with its
 * own rows, noun and empty text. Selection is an id; the window keeps it in view; only the rows in view
 * are made.
 */
export interface ListModel<Row> {
  ids: readonly string[];
  /** The id shown selected (the selection, or the first row when it is filtered out), and its index. */
  selectedId: string | null;
  selected: number;
  /** Rows in the list (a heading counts as a row), the first in view, and the rows in view. */
  rowCount: number;
  start: number;
  /** The rows in view; `id` is what a click on one selects (null for a heading). */
  visible: readonly { row: Row; selected: boolean; id: string | null }[];
  /** Rows the window holds. */
  height: number;
  /** A column header above the rows, and a line above that (the actor a chronology is narrowed to). */
  header: string | null;
  banner: string | null;
  empty: string;
  /** "12/83". */
  position: string;
  /** Rows a page moves. */
  pageSize: number;
}

/** What one list pane supplies to the controller. */
export interface ListSpec<Row> {
  ids: readonly string[];
  selectedId: string | null;
  /** Rows the pane has for the list, header and banner included. */
  height: number;
  header?: string | null;
  banner?: string | null;
  empty: string;
  /** The row of an id (simple lists: a row per id). */
  row?: (id: string, index: number) => Row;
  /** Lists whose rows are not one per id (chronology's date headings) lay out their own window. */
  window?: (selected: number, height: number) => { rowCount: number; start: number; rows: { row: Row; selected: boolean; id: string | null }[] };
}

/** Which rows a window of `height` shows so that `selected` is in view, roughly centred when scrolling. */
export function windowStart(count: number, selected: number, height: number): number {
  if (count <= height) return 0;
  const half = Math.floor(height / 2);
  return Math.min(Math.max(0, selected - half), count - height);
}

/**
 * Where an id stands in a list of ids, or -1. The map is made once per filter result (the memo keeps
 * it), so each keystroke finds the selection in a list of 100,000 ids without a scan.
 */
export function positionIn(memo: Memo, ids: readonly string[], id: string | null): number {
  if (id === null) return -1;
  const map = memo.get('positions', [ids], () => {
    const made = new Map<string, number>();
    for (let i = 0; i < ids.length; i++) if (!made.has(ids[i]!)) made.set(ids[i]!, i);
    return made;
  }, 4);
  return map.get(id) ?? -1;
}

/** The list model of a spec. */
export function listModel<Row>(memo: Memo, spec: ListSpec<Row>): ListModel<Row> {
  const { ids } = spec;
  const header = spec.header ?? null;
  const banner = spec.banner ?? null;
  const height = Math.max(1, spec.height - (header ? 1 : 0) - (banner ? 1 : 0));
  const found = positionIn(memo, ids, spec.selectedId);
  const selected = ids.length === 0 ? -1 : Math.max(0, found);
  const selectedId = selected === -1 ? null : ids[selected]!;
  let rowCount = ids.length;
  let start = 0;
  let visible: { row: Row; selected: boolean; id: string | null }[] = [];
  if (selected !== -1) {
    if (spec.window) ({ rowCount, start, rows: visible } = spec.window(selected, height));
    else {
      start = windowStart(ids.length, selected, height);
      for (let i = start; i < Math.min(ids.length, start + height); i++) visible.push({ row: spec.row!(ids[i]!, i), selected: i === selected, id: ids[i]! });
    }
  }
  return {
    ids, selectedId, selected, rowCount, start, visible, height, header, banner, empty: spec.empty,
    position: positionLabel(selected, ids.length), pageSize: Math.max(1, height - 1),
  };
}
