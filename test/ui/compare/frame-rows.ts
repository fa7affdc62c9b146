/** A comparison row as read back off the screen: its gutter mark and the text of each side. */
export interface ScreenRow {
  mark: string;
  a: string;
  b: string;
}

const MARKS = new Set(['=', '~', '−', '+']);

/** The lines of a frame between the rule under the headers and the status bar. */
function rowLines(frame: string): string[] {
  const lines = frame.split('\n');
  const rule = lines.findIndex((l) => l.startsWith('── '));
  return rule === -1 ? [] : lines.slice(rule + 1, -1);
}

/**
 * The rows a Compare frame shows whole (a row cut by the top of the window is skipped), read the way
 * a user reads them: stacked ("~ A text" then "  B text") or side by side (A, a gutter mark, B).
 */
export function screenRows(frame: string, sideBySide: boolean, columns: number): ScreenRow[] {
  const rows: ScreenRow[] = [];
  let current: ScreenRow | null = null;
  let side: 'a' | 'b' = 'a';
  // One cell for the selection bar on the left, one for the scrollbar on the right.
  const colA = Math.floor((columns - 2 - 3) / 2);
  for (const raw of rowLines(frame)) {
    const all = [...raw];
    const chars = all.length === columns && '│█'.includes(all[columns - 1]!) ? all.slice(0, -1) : all;
    const mark = sideBySide ? chars[1 + colA + 1] ?? ' ' : chars[1] ?? ' ';
    if (MARKS.has(mark)) {
      current = { mark, a: '', b: '' };
      rows.push(current);
    }
    if (!current) continue;
    if (sideBySide) {
      current.a += ` ${chars.slice(1, 1 + colA).join('').trim()}`;
      current.b += ` ${chars.slice(1 + colA + 3).join('').trim()}`;
    } else {
      const label = chars[3];
      if (label === 'A' || label === 'B') side = label === 'A' ? 'a' : 'b';
      else if (MARKS.has(mark)) side = 'a';
      current[side] += ` ${chars.slice(5).join('').trim()}`;
    }
  }
  return rows.map((r) => ({ mark: r.mark, a: r.a.replace(/\s+/g, ' ').trim(), b: r.b.replace(/\s+/g, ' ').trim() }));
}
