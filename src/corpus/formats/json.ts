import { isObject, readRecord } from './fields.js';
import type { FormatProblem, FormatReader, FoundRecord } from './types.js';

/** Why an object gave no article. */
export const NO_TEXT = 'no text (expected a "text", "body" or "content" field)';

/** Turns the Nth JSON value of a file into a record, or a problem naming it. */
export function recordFrom(value: unknown, index: number | undefined, source: string | undefined): FoundRecord | FormatProblem {
  const record = index === undefined ? {} : { record: index };
  if (!isObject(value)) return { ...record, reason: `not an article object (got ${Array.isArray(value) ? 'an array' : typeof value})` };
  const content = readRecord(value);
  if (content.text === null || content.text.trim() === '') return { ...record, reason: NO_TEXT };
  return {
    ...(index === undefined ? {} : { index }),
    text: content.text,
    fields: content.fields,
    warnings: content.warnings,
    ...(source === undefined ? {} : { source }),
  };
}

/** Sorts record-or-problem results into a format result. */
export function collect(results: readonly (FoundRecord | FormatProblem)[]): { records: FoundRecord[]; problems: FormatProblem[] } {
  const records: FoundRecord[] = [];
  const problems: FormatProblem[] = [];
  for (const r of results) {
    if ('text' in r) records.push(r);
    else problems.push(r);
  }
  return { records, problems };
}

/** A short form of a JSON.parse error, which V8 makes long. */
export function jsonError(error: unknown, text?: string): string {
  if (!(error instanceof Error)) return String(error);
  const message = error.message.replace(/^JSON\.parse: /, '');
  // Node 20's V8 says "at position 56"; a person editing the file wants its line and column.
  const at = text === undefined ? null : / at position (\d+)/.exec(message);
  if (!at || /line \d+ column \d+/.test(message)) return message.slice(0, 120);
  const before = text!.slice(0, Number(at[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message.slice(0, at.index)} at line ${line} column ${column}`.slice(0, 120);
}

/**
 * An array item's own JSON text, hashed for the cache. JSON.stringify recurses, so for an object holding
 * something nested thousands deep it throws: then what was read of the item stands for it.
 */
function sourceOf(item: unknown, found: FoundRecord): string {
  try {
    return JSON.stringify(item);
  } catch {
    return JSON.stringify([found.text, found.fields]);
  }
}

/** One article object, or an array of them (each becomes `file#N`). */
export const readJson: FormatReader = (text) => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { records: [], problems: [{ reason: `not valid JSON (${jsonError(error, text)})` }] };
  }
  if (!Array.isArray(value)) return collect([recordFrom(value, undefined, undefined)]);
  if (value.length === 0) return { records: [], problems: [{ reason: 'empty array: no articles' }] };
  return collect(value.map((item, i) => {
    const found = recordFrom(item, i + 1, undefined);
    return 'text' in found ? { ...found, source: sourceOf(item, found) } : found;
  }));
};
