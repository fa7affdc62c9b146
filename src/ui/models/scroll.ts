/** The scroll controller: one window over lines, for the reader, the details, the comparison and overlays. */

/** A window of lines: all of them, the first one shown, and those in view. */
export interface ScrollModel<Line> {
  lines: readonly Line[];
  top: number;
  height: number;
  visible: readonly Line[];
}

/** Where a selectable row sits among the lines: [start, end). */
export interface LineSpan {
  start: number;
  end: number;
}

/**
 * The first line to show. With a selected row: a third of the way down when scrolling (some context
 * above), its end in view when it is tall, at the top while it fits on the first screen (so a header
 * stays in view). Without: `top`, kept so the view never ends in blank lines.
 */
export function scrollTop(total: number, height: number, top: number, row: LineSpan | null = null): number {
  const last = Math.max(0, total - height);
  if (total <= height) return 0;
  if (!row) return Math.min(Math.max(0, top), last);
  if (row.end <= height) return 0;
  let t = row.start - Math.floor(height / 3);
  if (row.end - t > height) t = row.end - height;
  if (t > row.start) t = row.start;
  return Math.min(Math.max(0, t), last);
}

/** A scroll window over `lines` in `height` rows, at `top` or around a selected row's lines. */
export function scrollModel<Line>(lines: readonly Line[], height: number, top: number, row: LineSpan | null = null): ScrollModel<Line> {
  const h = Math.max(1, height);
  const start = scrollTop(lines.length, h, top, row);
  return { lines, top: start, height: h, visible: lines.slice(start, start + h) };
}

/** The cells of a scrollbar `height` tall for a window at `start` over `total` rows; null when all fit. */
export function scrollbar(total: number, start: number, height: number): { from: number; to: number } | null {
  if (total <= height || height < 2) return null;
  const size = Math.max(1, Math.round((height * height) / total));
  const room = height - size;
  const from = Math.round((Math.min(start, total - height) / (total - height)) * room);
  return { from, to: from + size };
}

/** "12/83": where the selection stands in a list, as lazygit and k9s show it. */
export function positionLabel(index: number, count: number): string {
  return count === 0 ? '0/0' : `${index + 1}/${count}`;
}
