import { line } from '../text-table.js';
import { cellWidth, fitCell } from './cells.js';
import type { Column } from './list-output.js';

const GAP = '  ';
/** A flexible column is never narrowed below this many cells. */
const MIN_FLEXIBLE = 12;

/**
 * The rows of an aligned text table. Columns take their widest value; when `width` is a terminal's and
 * the table is wider, flexible columns give way (cut with an ellipsis) down to a floor. With no width
 * (a pipe or a file) nothing is cut: scripts and `grep` see every value whole.
 */
export function layoutTable<T>(items: readonly T[], columns: readonly Column<T>[], width: number | null): string[] {
  const cells = items.map((item) => columns.map((c) => line(c.value(item) === null ? '—' : String(c.value(item)))));
  const widths = columns.map((c, i) => Math.max(cellWidth(c.header), ...cells.map((row) => cellWidth(row[i]!))));
  if (width !== null) shrink(widths, columns, width);
  const render = (row: readonly string[]) =>
    row.map((text, i) => (i === row.length - 1 ? fitCell(text, widths[i]!, false) : fitCell(text, widths[i]!, true))).join(GAP).trimEnd();
  return [render(columns.map((c) => c.header)), ...cells.map(render)];
}

/** Narrows flexible columns, widest first, until the table fits `width` or every one is at its floor. */
function shrink<T>(widths: number[], columns: readonly Column<T>[], width: number): void {
  const total = () => widths.reduce((sum, w) => sum + w, 0) + GAP.length * (widths.length - 1);
  const flexible = columns.map((c, i) => (c.flexible ? i : -1)).filter((i) => i >= 0);
  while (total() > width) {
    const widest = flexible.filter((i) => widths[i]! > MIN_FLEXIBLE).sort((a, b) => widths[b]! - widths[a]!)[0];
    if (widest === undefined) return;
    widths[widest] = Math.max(MIN_FLEXIBLE, widths[widest]! - (total() - width));
  }
}
