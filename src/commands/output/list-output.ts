import { toSafeJson } from '../json.js';
import { line } from '../text-table.js';
import { csvRow } from './csv.js';
import { layoutTable } from './table.js';

/** The formats every list command writes (`--format`); `--json` is `json`. */
export const OUTPUT_FORMATS = ['text', 'json', 'jsonl', 'csv', 'md'] as const;

/** One of OUTPUT_FORMATS. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** A column of a list's flat formats (text, csv, md): a header and the cell of one item. */
export interface Column<T> {
  header: string;
  value: (item: T) => string | number | null;
  /** Narrowed first when a text table must fit a terminal (titles, events), never the date or an id. */
  flexible?: boolean;
}

/** How one list prints: its columns for flat formats, its JSON record for json and jsonl. */
export interface ListShape<T> {
  columns: readonly Column<T>[];
  record: (item: T) => unknown;
}

/** Where output goes and how wide it may be: `width` null means never cut (not a terminal). */
export interface OutputTarget {
  write: (text: string) => void;
  width: number | null;
}

/**
 * Writes a list in a format. json is one value (an array), written record by record so a large corpus
 * never becomes one giant string; jsonl is one record a line; csv is RFC 4180 with formulas neutralised;
 * md is a GitHub table; text is an aligned table, fitted to `width` when there is one.
 */
export function writeList<T>(items: Iterable<T>, shape: ListShape<T>, format: OutputFormat, target: OutputTarget): void {
  const { write } = target;
  switch (format) {
    case 'json': {
      let first = true;
      for (const item of items) {
        write((first ? '[\n' : ',\n') + indent(toSafeJson(shape.record(item))));
        first = false;
      }
      return write(first ? '[]\n' : '\n]\n');
    }
    case 'jsonl':
      for (const item of items) write(toSafeJson(shape.record(item), 0) + '\n');
      return;
    case 'csv':
      write(csvRow(shape.columns.map((c) => c.header)));
      for (const item of items) write(csvRow(shape.columns.map((c) => flat(c.value(item)))));
      return;
    case 'md':
      write(`| ${shape.columns.map((c) => c.header).join(' | ')} |\n|${shape.columns.map(() => '---|').join('')}\n`);
      for (const item of items) write(`| ${shape.columns.map((c) => markdownCell(c.value(item))).join(' | ')} |\n`);
      return;
    case 'text':
      for (const row of layoutTable([...items], shape.columns, target.width)) write(row + '\n');
      return;
  }
}

/** A cell as one safe line (cells never carry newlines or control characters). */
function flat(value: string | number | null): string | number | null {
  return typeof value === 'string' ? line(value) : value;
}

function markdownCell(value: string | number | null): string {
  if (value === null) return '';
  return line(String(value)).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

function indent(json: string): string {
  return json.replace(/^/gm, '  ');
}
