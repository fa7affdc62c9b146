import type { ArticleFields } from '../../core/types.js';
import { normaliseDate } from '../dates.js';
import { normaliseText } from '../decode.js';

/**
 * A JSON value as a short quotation for a warning. JSON.parse reads any depth but JSON.stringify recurses,
 * so an array nested 6,000 deep (12 KB) throws there: such a value is described, not quoted.
 */
export function preview(value: unknown, max = 40): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    return Array.isArray(value) ? 'an array nested too deep to show' : 'an object nested too deep to show';
  }
  return (json ?? String(value)).slice(0, max);
}

/** The first of several field names an object has (feeds disagree on what to call things). */
function pick(record: Record<string, unknown>, names: readonly string[]): { name: string; value: unknown } | null {
  for (const name of names) if (record[name] !== undefined && record[name] !== null) return { name, value: record[name] };
  return null;
}

/** Field names accepted for each piece of metadata and for the body, most usual first. */
export const FIELD_NAMES = {
  title: ['title', 'headline'],
  outlet: ['outlet', 'source', 'site', 'publisher'],
  via: ['via'],
  published: ['published', 'date', 'publishedAt', 'pubDate', 'datePublished'],
  url: ['url', 'link'],
  author: ['author', 'byline'],
  text: ['text', 'body', 'content'],
} as const;

/** A string field, or a warning naming it when it is something else; blank strings count as absent. */
function stringField(found: { name: string; value: unknown } | null, warnings: string[]): string | undefined {
  if (!found) return undefined;
  if (typeof found.value === 'string') return found.value.trim() || undefined;
  // Outlets are often nested as {"name": "Reuters"} by feed exporters.
  const nested = found.value as { name?: unknown };
  if (typeof nested === 'object' && typeof nested.name === 'string') return nested.name.trim() || undefined;
  warnings.push(`${found.name}: expected text, got ${preview(found.value)}`);
  return undefined;
}

/** The body: a string, or an array of paragraphs joined by blank lines; null when there is none. */
function bodyText(found: { name: string; value: unknown } | null): string | null {
  if (!found) return null;
  if (typeof found.value === 'string') return found.value;
  if (Array.isArray(found.value) && found.value.every((p) => typeof p === 'string')) return found.value.join('\n\n');
  return null;
}

/** What one JSON object says: metadata, body text (null when it has none) and warnings. */
export interface RecordContent {
  fields: ArticleFields;
  text: string | null;
  warnings: string[];
}

/** Reads a JSON article object: title, outlet or source, via, published or date, url or link, text or body. */
export function readRecord(record: Record<string, unknown>): RecordContent {
  const warnings: string[] = [];
  const fields: ArticleFields = {};
  const title = stringField(pick(record, FIELD_NAMES.title), warnings);
  const outlet = stringField(pick(record, FIELD_NAMES.outlet), warnings);
  const via = stringField(pick(record, FIELD_NAMES.via), warnings);
  const url = stringField(pick(record, FIELD_NAMES.url), warnings);
  const authorField = pick(record, FIELD_NAMES.author);
  // Bylines with several names are often exported as a list.
  const author = Array.isArray(authorField?.value) && authorField.value.every((a) => typeof a === 'string')
    ? authorField.value.join(', ').trim() || undefined
    : stringField(authorField, warnings);
  if (title) fields.title = title;
  if (outlet) fields.outlet = outlet;
  if (via) fields.via = via;
  if (url) fields.url = url;
  if (author) fields.author = author;
  const date = pick(record, FIELD_NAMES.published);
  if (date) {
    const published = normaliseDate(date.value);
    if (published) fields.published = published;
    else warnings.push(`${date.name}: not a date: ${preview(date.value)}`);
  }
  const body = bodyText(pick(record, FIELD_NAMES.text));
  if (body === null) return { fields, text: null, warnings };
  const normalised = normaliseText(body);
  return { fields, text: normalised.text, warnings: [...warnings, ...normalised.warnings] };
}

/** True for a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
