/**
 * The shapes of what the cache stores, checked on every read: a cache file is outside newsx's control
 * (another version, a bad disk, a hand edit), so a record of the wrong shape is a miss, never a value
 * that breaks a pane three screens later.
 */

/** A shape: a primitive, an optional (null-able) shape, a list, an enum or an object of fields. */
export type Shape =
  | 'string'
  | 'number'
  | { nullable: Shape }
  | { list: Shape }
  | { oneOf: readonly string[] }
  | { fields: Readonly<Record<string, Shape>> }
  | { recordOf: Shape };

/** True when `value` has `shape` all the way down (extra fields are allowed: they are never read). */
export function fits(value: unknown, shape: Shape): boolean {
  if (shape === 'string') return typeof value === 'string';
  if (shape === 'number') return typeof value === 'number' && Number.isFinite(value);
  if ('nullable' in shape) return value === null || fits(value, shape.nullable);
  if ('list' in shape) {
    if (!Array.isArray(value)) return false;
    for (const item of value) if (!fits(item, shape.list)) return false;
    return true;
  }
  if ('oneOf' in shape) return typeof value === 'string' && shape.oneOf.includes(value);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  if ('recordOf' in shape) return Object.values(record).every((v) => fits(v, shape.recordOf));
  for (const [name, field] of Object.entries(shape.fields)) if (!fits(record[name], field)) return false;
  return true;
}

const text = 'string' as const;
const maybeText = { nullable: text };
const texts = { list: text };
const provenance = { nullable: { oneOf: ['manifest', 'file', 'text', 'inferred'] } };

/** An article as cached: everything but the raw text, which the reader has in hand already. */
export const STORED_ARTICLE: Shape = {
  fields: {
    id: text, file: text, title: text, outlet: maybeText, via: maybeText, published: maybeText, url: maybeText, note: maybeText,
    provenance: { fields: { title: provenance, outlet: provenance, published: provenance, url: provenance } },
    paragraphs: texts,
    paragraphLines: { list: 'number' },
    removed: { list: { fields: { line: 'number', text, reason: { oneOf: ['duplicate', 'boilerplate', 'markup', 'control', 'empty'] } } } },
    warnings: texts,
  },
};

/** An actor (core/types.ts Actor). */
export const ACTOR: Shape = {
  fields: {
    id: text, name: text, kind: { oneOf: ['person', 'organization', 'place'] }, aliases: texts,
    roles: { list: { fields: { text, articleId: text } } },
    mentions: 'number',
    articles: texts,
    quotes: { list: { fields: { text, articleId: text, paragraph: 'number' } } },
    mentionsIn: { list: { fields: { articleId: text, paragraph: 'number', sentence: 'number', text, surface: text } } },
    cooccurring: { list: { fields: { name: text, count: 'number' } } },
  },
};

/** A chronology entry (core/types.ts ChronologyEntry). */
export const CHRONOLOGY_ENTRY: Shape = {
  fields: {
    id: text, date: text, precision: { oneOf: ['day', 'week', 'month', 'year'] }, text, actors: texts,
    sources: { list: { fields: { articleId: text, outlet: maybeText, expression: text, sentence: text, paragraph: 'number', date: text } } },
    conflict: maybeText,
  },
};

/** A story (core/types.ts Story). */
export const STORY: Shape = { fields: { id: text, title: text, articles: texts } };
