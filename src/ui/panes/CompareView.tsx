import { Box, Text } from 'ink';
import { safeText } from '../../core/text/safe.js';
import type { Article, CompareRow, Comparison } from '../../core/types.js';
import { comparisonOf } from '../compare/comparison-cache.js';
import { versionDate, versionLabel } from '../compare/labels.js';
import { layoutRows, SIDE_BY_SIDE_MIN, type CompareLayout } from '../compare/row-layout.js';
import { SpanText } from '../compare/SpanText.js';
import { padSpans, truncateSpans, type Span } from '../compare/spans.js';
import { summaryLines } from '../compare/summary.js';
import { truncate } from '../text-width.js';
import { theme } from '../theme.js';
import { emptyContext, type PaneInput, type PaneView } from './pane.js';

// Laying out wraps every row; it depends only on the comparison, the width and the d toggle.
const layouts = new WeakMap<Comparison, Map<string, CompareLayout>>();

function layoutOf(comparison: Comparison, rows: readonly CompareRow[], width: number, stack: boolean, differencesOnly: boolean): CompareLayout {
  let byShape = layouts.get(comparison);
  if (!byShape) {
    byShape = new Map();
    layouts.set(comparison, byShape);
  }
  const key = `${width}:${stack}:${differencesOnly}`;
  let layout = byShape.get(key);
  if (!layout) {
    layout = layoutRows(rows, width, stack);
    byShape.set(key, layout);
  }
  return layout;
}

/** The first screen line to show so the selected row is in view: a third down, whole when it fits. */
export function windowTop(layout: CompareLayout, row: number, height: number): number {
  const total = layout.lines.length;
  if (total <= height) return 0;
  const start = layout.rowStarts[row] ?? 0;
  const end = layout.rowStarts[row + 1] ?? total;
  let top = start - Math.floor(height / 3);
  if (end - top > height) top = end - height;
  if (top > start) top = start;
  return Math.min(Math.max(0, top), total - height);
}

function versionHeader(side: 'A' | 'B', article: Article, width: number): Span[] {
  return truncateSpans([
    { text: `${side} `, style: 'label' },
    { text: versionLabel(article), style: 'label' },
    { text: ` · ${versionDate(article)} · ${safeText(article.title)}`, style: 'plain' },
  ], width);
}

function headerLines(a: Article, b: Article, width: number, stack: boolean): Span[][] {
  if (stack) return [versionHeader('A', a, width), versionHeader('B', b, width)];
  const colA = Math.floor((width - 3) / 2);
  return [[...padSpans(versionHeader('A', a, colA), colA), { text: ' │ ', style: 'rule' }, ...versionHeader('B', b, width - 3 - colA)]];
}

/** The rule under the headers, carrying how alike the versions are overall. */
function ruleLine(similarity: number, differences: number, width: number): string {
  const text = `── ${Math.round(similarity * 100)}% alike · ${differences} difference${differences === 1 ? '' : 's'} `;
  return truncate(text, width) + '─'.repeat(Math.max(0, width - text.length));
}

function message(text: string): PaneView {
  return { element: <Text dimColor>{text}</Text>, context: emptyContext, status: '' };
}

/**
 * Two versions of a story side by side (stacked when narrow): a summary of what differs, then the
 * aligned sentences row by row with a gutter mark per kind and the changed words marked. The selected
 * row stays in view; n / N step through the differences and d hides the rows both tell the same.
 */
export function compareView({ corpus, index, state, width, height }: PaneInput): PaneView {
  const compare = state.compare!;
  const a = index.articleById.get(compare.a);
  const b = index.articleById.get(compare.b);
  const comparison = a && b ? comparisonOf(corpus, a, b) : null;
  if (!a || !b || !comparison) return message('One of these articles is no longer in the corpus. Esc goes back to the pairs.');

  const rows = compare.differencesOnly ? comparison.rows.filter((r) => r.kind !== 'same') : comparison.rows;
  const marks = rows.flatMap((r, i) => (r.kind === 'same' ? [] : [i]));
  const differences = comparison.rows.filter((r) => r.kind !== 'same').length;
  const row = Math.min(Math.max(0, compare.row), Math.max(0, rows.length - 1));
  const stack = width < SIDE_BY_SIDE_MIN;
  // One cell on the left marks the selected row, so the columns get the rest.
  const textWidth = Math.max(10, width - 1);

  const header = headerLines(a, b, width, stack);
  // The rows are what the pane is for: the summary gets at most a quarter of the height.
  const summaryBudget = Math.min(8, Math.max(1, Math.floor(height / 4)));
  const summary = summaryLines(comparison, width, summaryBudget);
  const area = Math.max(1, height - summary.length - header.length - 1);
  const layout = layoutOf(comparison, rows, textWidth, stack, compare.differencesOnly);
  const top = windowTop(layout, row, area);
  const visible = layout.lines.slice(top, top + area);
  const rowsInView = layout.rowStarts.filter((s) => s >= top && s < top + area).length;

  const empty = comparison.rows.length === 0
    ? 'Neither article has text to compare.'
    : 'No differences: both tell it sentence for sentence. d shows every row.';
  const element = (
    <Box flexDirection="column" height={height}>
      {summary.map((line, i) => <Box key={`s${i}`} height={1} overflow="hidden"><SpanText spans={line} /></Box>)}
      {header.map((line, i) => <Box key={`h${i}`} height={1} overflow="hidden"><SpanText spans={line} /></Box>)}
      <Box height={1} overflow="hidden"><Text color={theme.muted}>{ruleLine(comparison.similarity, differences, width)}</Text></Box>
      {rows.length === 0 ? <Text dimColor>{empty}</Text> : visible.map((line, i) => (
        <Box key={top + i} height={1} overflow="hidden">
          <Text color={theme.accent} bold>{line.row === row ? '▌' : ' '}</Text>
          <SpanText spans={line.spans} />
        </Box>
      ))}
    </Box>
  );
  const position = rows.length ? `row ${row + 1} of ${rows.length}` : 'no rows';
  const counted = `${differences} difference${differences === 1 ? '' : 's'}${compare.differencesOnly ? ' · only differences' : ''}`;
  const versions = `A: ${truncate(versionLabel(a), 24)} vs B: ${truncate(versionLabel(b), 24)}`;
  // A narrow status bar cuts its end: there the position comes first and the outlets (also in the headers) last.
  const status = stack ? `${position} · ${counted} · ${versions}` : `${versions} · ${position} · ${counted}`;
  return {
    element,
    context: { ...emptyContext, lineCount: rows.length, marks, pageSize: Math.max(1, rowsInView - 1) },
    status,
  };
}
