import { safeText } from '../../core/text/safe.js';
import type { CompareRow, CompareRowKind } from '../../core/types.js';
import { padSpans, wrapSpans, type Span, type SpanStyle } from './spans.js';

/** One screen line of the comparison, and the row it belongs to. */
export interface CompareLine {
  row: number;
  spans: Span[];
}

/** Every screen line of the rows shown, and where each row starts among them. */
export interface CompareLayout {
  lines: CompareLine[];
  rowStarts: number[];
}

/** The gutter mark of each row kind, and its style. */
export const ROW_MARKS: Record<CompareRowKind, { mark: string; style: SpanStyle }> = {
  same: { mark: '=', style: 'markSame' },
  changed: { mark: '~', style: 'markChanged' },
  onlyA: { mark: '−', style: 'markOnlyA' },
  onlyB: { mark: '+', style: 'markOnlyB' },
};

/** A pane narrower than this stacks the two versions (A above B) rather than setting them side by side. */
export const SIDE_BY_SIDE_MIN = 90;

const GUTTER = 3;
const STACK_PREFIX = 4;

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/**
 * The spans of one side of a row: a changed sentence shows the words it lost (A) or gained (B). The
 * diff carries B's spelling of shared words, so A's own words are taken back from A's text by count,
 * keeping A's quotation marks and typography in A's column.
 */
export function sideSpans(row: CompareRow, side: 'a' | 'b'): Span[] {
  const text = side === 'a' ? row.a : row.b;
  if (text === null) return [];
  if (row.kind === 'onlyA' || row.kind === 'onlyB') return [{ text: safeText(text), style: row.kind }];
  if (!row.diff) return [{ text: safeText(text), style: 'plain' }];
  const own = words(text);
  const drop = side === 'a' ? 'add' : 'remove';
  const kept = row.diff.filter((p) => p.op !== drop);
  const counts = kept.map((p) => words(p.text).length);
  const byCount = counts.reduce((n, c) => n + c, 0) === own.length;
  const spans: Span[] = [];
  let at = 0;
  kept.forEach((part, i) => {
    const n = counts[i]!;
    const partText = byCount ? own.slice(at, at + n).join(' ') : part.text;
    at += n;
    if (spans.length) spans.push({ text: ' ', style: 'plain' });
    spans.push({ text: safeText(partText), style: part.op === 'same' ? 'plain' : side === 'a' ? 'removed' : 'added' });
  });
  return spans;
}

function sideBySide(row: CompareRow, index: number, width: number): CompareLine[] {
  const colA = Math.max(1, Math.floor((width - GUTTER) / 2));
  const colB = Math.max(1, width - GUTTER - colA);
  const a = row.a === null ? [[]] : wrapSpans(sideSpans(row, 'a'), colA);
  const b = row.b === null ? [[]] : wrapSpans(sideSpans(row, 'b'), colB);
  const { mark, style } = ROW_MARKS[row.kind];
  const lines: CompareLine[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const gutter: Span[] = i === 0
      ? [{ text: ' ', style: 'plain' }, { text: mark, style }, { text: ' ', style: 'plain' }]
      : [{ text: ' │ ', style: 'rule' }];
    lines.push({ row: index, spans: [...padSpans(a[i] ?? [], colA), ...gutter, ...(b[i] ?? [])] });
  }
  return lines;
}

function stacked(row: CompareRow, index: number, width: number): CompareLine[] {
  const textWidth = Math.max(1, width - STACK_PREFIX);
  const { mark, style } = ROW_MARKS[row.kind];
  // A sentence both tell word for word is shown once: its mark already says B has it too.
  const sides: ('a' | 'b')[] = row.kind === 'same' && !row.diff ? ['a'] : (['a', 'b'] as const).filter((s) => row[s] !== null);
  const lines: CompareLine[] = [];
  for (const side of sides) {
    wrapSpans(sideSpans(row, side), textWidth).forEach((text, i) => {
      const first = lines.length === 0;
      const label = i > 0 || sides.length === 1 && row.kind === 'same' ? ' ' : side.toUpperCase();
      lines.push({
        row: index,
        spans: [{ text: first ? mark : ' ', style }, { text: ' ', style: 'plain' }, { text: label, style: 'label' }, { text: ' ', style: 'plain' }, ...text],
      });
    });
  }
  return lines;
}

/**
 * The rows laid out in `width` cells: side by side (A left, B right, a gutter mark between), or
 * `stacked` (each row's A above its B) when the pane is too narrow for two columns. Every row is
 * wrapped to its column, so both versions of a row start on the same screen line and scroll together.
 */
export function layoutRows(rows: readonly CompareRow[], width: number, stack: boolean): CompareLayout {
  const lay = stack ? stacked : sideBySide;
  const lines: CompareLine[] = [];
  const rowStarts: number[] = [];
  rows.forEach((row, i) => {
    rowStarts.push(lines.length);
    lines.push(...lay(row, i, width));
  });
  return { lines, rowStarts };
}
