import Papa from 'papaparse';
import type { ArticleFields } from '../../core/types.js';
import { normaliseDate } from '../dates.js';
import { decodeText } from '../decode.js';
import type { ColumnChoice, ColumnField, FormatContext, FormatProblem, FormatResult, FoundRecord } from './types.js';

/** Header names each field is looked for under, most usual first (news databases' exports disagree). */
export const COLUMN_NAMES: Readonly<Record<ColumnField, readonly string[]>> = {
  text: ['text', 'body', 'content', 'article', 'story', 'full_text'],
  title: ['title', 'headline'],
  url: ['url', 'link'],
  date: ['date', 'publish_date', 'published', 'publication_date', 'pub_date', 'published_at'],
  outlet: ['outlet', 'source', 'media_name', 'publisher'],
  author: ['author', 'byline', 'authors'],
};

/** A header as compared: case, surrounding spaces and the choice of space, hyphen or underscore ignored. */
const headerKey = (name: string): string => name.trim().toLowerCase().replace(/[\s-]+/g, '_');

/** Where each field's column is in the header row, or a problem naming the file's headers. */
function findColumns(header: readonly string[], chosen: ColumnChoice): Partial<Record<ColumnField, number>> | string {
  const keys = header.map(headerKey);
  const columns: Partial<Record<ColumnField, number>> = {};
  const listed = `headers: ${header.map((h) => JSON.stringify(h.trim())).join(', ')}`;
  for (const field of Object.keys(COLUMN_NAMES) as ColumnField[]) {
    const name = chosen[field];
    if (name !== undefined) {
      const at = keys.indexOf(headerKey(name));
      if (at < 0) return `no column "${name}" (from --columns ${field}=${name}); ${listed}`;
      columns[field] = at;
      continue;
    }
    const at = COLUMN_NAMES[field].map((n) => keys.indexOf(n)).find((i) => i >= 0);
    if (at !== undefined) columns[field] = at;
  }
  if (columns.text === undefined) {
    return `no text column (looked for ${COLUMN_NAMES.text.join(', ')}; name another with --columns text=HEADER); ${listed}`;
  }
  return columns;
}

/** One data row as an article, or a problem naming its row and line. */
function rowRecord(cells: readonly string[], columns: Partial<Record<ColumnField, number>>, row: number, line: number, spec: string): FoundRecord | FormatProblem {
  const cell = (field: ColumnField): string | undefined => {
    const at = columns[field];
    const value = at === undefined ? undefined : cells[at]?.trim();
    return value ? value : undefined;
  };
  const text = cell('text');
  if (!text) return { record: row, reason: `line ${line}: no text` };
  const fields: ArticleFields = {};
  const warnings: string[] = [];
  const title = cell('title');
  const url = cell('url');
  const outlet = cell('outlet');
  const author = cell('author');
  if (title) fields.title = title;
  if (url) fields.url = url;
  if (outlet) fields.outlet = outlet;
  if (author) fields.author = author;
  const date = cell('date');
  if (date) {
    const published = normaliseDate(date);
    if (published) fields.published = published;
    else warnings.push(`date: not a date: ${JSON.stringify(date.slice(0, 40))}`);
  }
  // The column choice is part of the record's identity: a new --columns must not reuse a cached analysis.
  return { index: row, text, fields, warnings, source: spec + '\u0000' + cells.join('\u0000') };
}

/** The 1-based line of a character offset, counting on from a known line at a known offset. */
function lineAt(text: string, from: number, fromLine: number, to: number): number {
  let line = fromLine;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * A CSV or TSV export (RFC 4180: quoted fields, doubled quotes, newlines inside quotes, a BOM): the
 * first row names the columns, every later row is an article, `file#ROW` by its place among the rows.
 * A quote that never closes swallows the rest of the file; the rows before it are kept and a note
 * names the line it opened on.
 */
export async function readCsv(bytes: Uint8Array, context: FormatContext, delimiter: ',' | '\t'): Promise<FormatResult> {
  const decoded = decodeText(bytes);
  const text = decoded.text;
  const spec = JSON.stringify(context.columns);
  const records: FoundRecord[] = [];
  const problems: FormatProblem[] = [];
  const notes: string[] = [];
  let columns: Partial<Record<ColumnField, number>> | null = null;
  let row = -1; // the header is row 0
  let start = 0;
  let line = 1;
  let stopped = false;
  Papa.parse<string[]>(text, {
    delimiter,
    step: (result, parser) => {
      row++;
      const rowLine = line;
      line = lineAt(text, start, line, result.meta.cursor);
      start = result.meta.cursor;
      const unclosed = result.errors.find((e) => e.code === 'MissingQuotes');
      if (unclosed) {
        const opened = lineAt(text, 0, 1, unclosed.index ?? start);
        notes.push(`a quote opened on line ${opened} is never closed: the rows from line ${rowLine} on were not read`);
        stopped = true;
        parser.abort();
        return;
      }
      const cells = result.data;
      if (cells.length === 1 && cells[0]?.trim() === '') { row--; return; } // blank line
      if (columns === null) {
        const found = findColumns(cells, context.columns);
        if (typeof found === 'string') {
          problems.push({ reason: found });
          stopped = true;
          parser.abort();
          return;
        }
        columns = found;
        return;
      }
      const record = rowRecord(cells, columns, row, rowLine, spec);
      if ('text' in record) records.push(record);
      else problems.push(record);
    },
  });
  if (!stopped && columns === null) problems.push({ reason: 'no header row: the file is empty' });
  if (decoded.warnings.length) for (const r of records) r.warnings.unshift(...decoded.warnings);
  return { records, problems, notes };
}
