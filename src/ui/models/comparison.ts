import { compareArticles } from '../../core/compare/index.js';
import { safeText } from '../../core/text/safe.js';
import type { Article, CompareRow } from '../../core/types.js';
import { emptyContext, type Link } from '../../state/view-context.js';
import { versionDate, versionLabel } from '../compare/labels.js';
import { layoutRows, SIDE_BY_SIDE_MIN } from '../compare/row-layout.js';
import { padSpans, truncateSpans, type Span } from '../compare/spans.js';
import { summaryLines } from '../compare/summary.js';
import { truncate } from '../text-width.js';
import { scrollModel } from './scroll.js';
import type { ModelInput, PaneModel } from './types.js';
import { citeCompareRow, citeList } from './citations.js';

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
function ruleLine(similarity: number, differences: number, width: number, otherStory: boolean): Span[] {
  const story = otherStory ? ' · not the same story: the closest article' : '';
  const text = `── ${Math.round(similarity * 100)}% alike · ${differences} difference${differences === 1 ? '' : 's'}${story} `;
  return [{ text: truncate(text, width) + '─'.repeat(Math.max(0, width - text.length)), style: 'rule' }];
}

/** Where a row's sentence is in the article that tells it (A's, else B's): the reader opens there. */
function rowLink(row: CompareRow | undefined, a: Article, b: Article): Link | null {
  if (!row) return null;
  const [article, text] = row.a !== null ? [a, row.a] : [b, row.b];
  if (text === null) return null;
  // A row may join two sentences: the first few words find the paragraph.
  const probe = text.split(/\s+/).slice(0, 6).join(' ');
  const paragraph = article.paragraphs.findIndex((p) => p.includes(probe));
  return { kind: 'article', articleId: article.id, paragraph: paragraph === -1 ? null : paragraph };
}

/**
 * Two versions of a story side by side (stacked when narrow): a summary of what differs, then the
 * aligned sentences row by row. The selected row stays in view; n / N step through the differences,
 * d hides the rows both tell the same, Enter opens the row's sentence in the reader.
 */
export function comparisonModel({ corpus, index, state, box, memo }: ModelInput): PaneModel {
  const compare = state.compare!;
  const a = index.articleById.get(compare.a);
  const b = index.articleById.get(compare.b);
  if (!a || !b) return { view: 'message', text: 'One of these articles is no longer in the corpus. Esc goes back.', context: emptyContext, status: '' };
  // Aligning two whole articles takes milliseconds: once per pair, and a few recent pairs kept.
  const comparison = memo.get('comparison', [a, b], () => compareArticles(a, b, corpus.actors), 16);
  const rows = memo.get('compareRows', [comparison, compare.differencesOnly], () => (compare.differencesOnly ? comparison.rows.filter((r) => r.kind !== 'same') : comparison.rows), 2);
  const marks = memo.get('compareMarks', [rows], () => rows.flatMap((r, i) => (r.kind === 'same' ? [] : [i])), 2);
  const differences = comparison.rows.filter((r) => r.kind !== 'same').length;
  const selectedRow = Math.min(Math.max(0, compare.row), Math.max(0, rows.length - 1));
  const { width, height } = box;
  const stack = width < SIDE_BY_SIDE_MIN;
  // One cell on the left marks the selected row, so the columns get the rest.
  const layout = memo.get('compareLayout', [rows, width, stack], () => layoutRows(rows, Math.max(10, width - 2), stack), 2);
  // The rows are what the pane is for: the summary gets at most a quarter of the height.
  const summary = summaryLines(comparison, width, Math.min(8, Math.max(1, Math.floor(height / 4))));
  const top = [...summary, ...headerLines(a, b, width, stack), ruleLine(comparison.similarity, differences, width, compare.otherStory === true)];
  const area = Math.max(1, height - top.length);
  const start = layout.rowStarts[selectedRow] ?? 0;
  const scroll = scrollModel(layout.lines, area, 0, { start, end: layout.rowStarts[selectedRow + 1] ?? layout.lines.length });
  const rowsInView = layout.rowStarts.filter((s) => s >= scroll.top && s < scroll.top + scroll.height).length;
  const empty = rows.length > 0 ? null : comparison.rows.length === 0
    ? 'Neither article has text to compare.' : 'No differences: both tell it sentence for sentence. d shows every row.';
  const position = rows.length ? `row ${selectedRow + 1}/${rows.length}` : 'no rows';
  const counted = `${differences} difference${differences === 1 ? '' : 's'}${compare.differencesOnly ? ' (only these)' : ''}`;
  const versions = `A: ${truncate(versionLabel(a), 24)} vs B: ${truncate(versionLabel(b), 24)}`;
  return {
    view: 'comparison', scroll, selectedRow, top, empty,
    context: {
      ...emptyContext, lineCount: rows.length, marks, pageSize: Math.max(1, rowsInView - 1), linkAt: (r) => rowLink(rows[r], a, b),
      // y: the selected row's two sides; Y: every row that differs.
      cite: (scope) => {
        const cited = scope === 'all' ? rows.filter((r) => r.kind !== 'same') : rows[selectedRow] ? [rows[selectedRow]!] : [];
        return cited.length ? citeList(cited, (r) => citeCompareRow(r, a, b)) : null;
      },
    },
    // A narrow status bar cuts its end: there the position comes first and the outlets (also in the headers) last.
    status: stack ? `${position} · ${counted} · ${versions}` : `${versions} · ${position} · ${counted}`,
  };
}
