import type { ArticleFields } from '../core/types.js';
import { preview } from './formats/fields.js';

/** A manifest checked by hand: the entries that passed, and a sentence for each problem found. */
export interface CheckedManifest {
  entries: Map<string, ArticleFields>;
  /** Problems, each naming where it is ("articles[\"a.txt\"].published: expected YYYY-MM-DD, got ..."). */
  problems: string[];
  /** True when nothing at all could be used (wrong shape). */
  unusable: boolean;
}

const TEXT_FIELDS = ['title', 'outlet', 'via', 'url', 'note'] as const;
const FIELDS = new Set<string>([...TEXT_FIELDS, 'published']);

/** A value as a short quotation for a problem sentence (never throws: see preview). */
function shown(value: unknown): string {
  const json = preview(value, 41);
  return json.length > 40 ? `${json.slice(0, 39)}…` : json;
}

/** What kind of JSON value this is, in words. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${shown(value)}`;
}

/** True for a real calendar day written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** Checks one entry; a bad field is dropped with a problem, the rest of the entry still applies. */
function checkEntry(key: string, entry: unknown, problems: string[]): ArticleFields | null {
  const where = `articles[${JSON.stringify(key)}]`;
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    problems.push(`${where}: expected an object, got ${kindOf(entry)}`);
    return null;
  }
  const fields: ArticleFields = {};
  for (const [name, value] of Object.entries(entry)) {
    if (!FIELDS.has(name)) {
      problems.push(`${where}.${name}: unknown field (expected ${[...FIELDS].join(', ')})`);
    } else if (typeof value !== 'string') {
      problems.push(`${where}.${name}: expected a string, got ${kindOf(value)}`);
    } else if (name === 'published' && !isCalendarDate(value)) {
      problems.push(`${where}.published: expected YYYY-MM-DD, got ${shown(value)}`);
    } else {
      fields[name as keyof ArticleFields] = value;
    }
  }
  return fields;
}

/** A manifest key as an article's file path: POSIX separators, no leading "./". */
export function normaliseKey(key: string): string {
  return key.replaceAll('\\', '/').replace(/^(?:\.\/)+/, '');
}

/** Checks a parsed manifest: `{"version": 1, "articles": {"<path>": {title?, outlet?, via?, published?, url?, note?}}}`. */
export function checkManifest(json: unknown): CheckedManifest {
  const entries = new Map<string, ArticleFields>();
  const problems: string[] = [];
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { entries, problems: [`expected an object with "version" and "articles", got ${kindOf(json)}`], unusable: true };
  }
  const { version, articles, ...rest } = json as Record<string, unknown>;
  if (version !== 1) problems.push(`version: expected 1, got ${version === undefined ? 'nothing' : shown(version)}`);
  for (const name of Object.keys(rest)) problems.push(`${name}: unknown field (expected version, articles)`);
  if (typeof articles !== 'object' || articles === null || Array.isArray(articles)) {
    problems.push(`articles: expected an object keyed by file path, got ${articles === undefined ? 'nothing' : kindOf(articles)}`);
    return { entries, problems, unusable: true };
  }
  for (const [key, entry] of Object.entries(articles)) {
    const fields = checkEntry(key, entry, problems);
    if (fields) entries.set(normaliseKey(key), fields);
  }
  return { entries, problems, unusable: false };
}
