import type { AlignedRow } from './align.js';

/**
 * Places matched rows, and a row for every unmatched sentence, in reading order: A's order first
 * (a moved paragraph shows where A has it); a sentence only B has comes after the row holding B's
 * previous sentence, past any run of A-only rows there, as a side-by-side diff reads.
 */
export function placeInReadingOrder(matched: readonly AlignedRow[], n: number, m: number): AlignedRow[] {
  const rowOfA = new Array<AlignedRow | undefined>(n);
  const rowOfB = new Array<AlignedRow | undefined>(m);
  for (const row of matched) {
    row.a.forEach((i) => (rowOfA[i] = row));
    row.b.forEach((j) => (rowOfB[j] = row));
  }
  const inOrderOfA: AlignedRow[] = [];
  const position = new Map<AlignedRow, number>();
  for (let i = 0; i < n; i++) {
    const row = rowOfA[i];
    if (!row) inOrderOfA.push({ a: [i], b: [], similarity: 0 });
    else if (row.a[0] === i) { position.set(row, inOrderOfA.length); inOrderOfA.push(row); }
  }

  const attached = new Map<number, AlignedRow[]>();
  let previousMatched = -1;
  for (let j = 0; j < m; j++) {
    const row = rowOfB[j];
    if (row) { previousMatched = j; continue; }
    let anchor = previousMatched === -1 ? -1 : position.get(rowOfB[previousMatched]!) ?? -1;
    while (anchor + 1 < inOrderOfA.length && inOrderOfA[anchor + 1]!.b.length === 0) anchor++;
    const list = attached.get(anchor);
    const onlyB: AlignedRow = { a: [], b: [j], similarity: 0 };
    if (list) list.push(onlyB); else attached.set(anchor, [onlyB]);
  }

  const out: AlignedRow[] = [...(attached.get(-1) ?? [])];
  inOrderOfA.forEach((row, k) => {
    out.push(row);
    out.push(...(attached.get(k) ?? []));
  });
  return out;
}
