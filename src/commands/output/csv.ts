/**
 * CSV as RFC 4180 writes it (CRLF rows, fields quoted when they hold a comma, quote, CR or LF, quotes
 * doubled) with one addition for spreadsheets: a cell that starts like a formula is prefixed with an
 * apostrophe, so opening an export never runs `=HYPERLINK(...)` a hostile article planted (OWASP's
 * advice for CSV injection).
 */

// `=`, `+`, `-`, `@` start formulas; tab and CR do in some spreadsheets too.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, neutralised and quoted as needed. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One record: its fields joined by commas and ended by CRLF. */
export function csvRow(values: readonly (string | number | null | undefined)[]): string {
  return values.map(csvField).join(',') + '\r\n';
}
