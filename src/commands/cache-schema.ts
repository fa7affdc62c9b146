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
  | { optional: Shape }
  | { list: Shape }
  | { oneOf: readonly string[] }
  | { fields: Readonly<Record<string, Shape>> }
  | { recordOf: Shape };

/** A compiled check: one closure per shape, made once, so checking a cache of millions of values allocates nothing. */
type Check = (value: unknown) => boolean;

const compiled = new WeakMap<object, Check>();

function compile(shape: Shape): Check {
  if (shape === 'string') return (v) => typeof v === 'string';
  if (shape === 'number') return (v) => typeof v === 'number' && Number.isFinite(v);
  const known = compiled.get(shape);
  if (known) return known;
  let check: Check;
  if ('optional' in shape) {
    const inner = compile(shape.optional);
    check = (v) => v === undefined || inner(v);
  } else if ('nullable' in shape) {
    const inner = compile(shape.nullable);
    check = (v) => v === null || inner(v);
  } else if ('list' in shape) {
    const item = compile(shape.list);
    check = (v) => {
      if (!Array.isArray(v)) return false;
      for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
      return true;
    };
  } else if ('oneOf' in shape) {
    const allowed = new Set(shape.oneOf);
    check = (v) => typeof v === 'string' && allowed.has(v);
  } else if ('recordOf' in shape) {
    const item = compile(shape.recordOf);
    check = (v) => isPlainObject(v) && Object.values(v).every(item);
  } else {
    const fields = Object.entries(shape.fields).map(([name, field]) => [name, compile(field)] as const);
    check = (v) => {
      if (!isPlainObject(v)) return false;
      for (const [name, field] of fields) if (!field(v[name])) return false;
      return true;
    };
  }
  compiled.set(shape, check);
  return check;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** True when `value` has `shape` all the way down (extra fields are allowed: they are never read). */
export function fits(value: unknown, shape: Shape): boolean {
  return compile(shape)(value);
}

const text = 'string' as const;
const maybeText = { nullable: text };
const texts = { list: text };
const provenance = { nullable: { oneOf: ['manifest', 'file', 'text', 'inferred'] } };
const laterText = { optional: maybeText };

/** An article as cached: everything but the raw text, which the reader has in hand already. */
export const STORED_ARTICLE: Shape = {
  fields: {
    id: text, file: text, title: text, outlet: maybeText, via: maybeText, published: maybeText, url: maybeText, note: maybeText,
    provenance: { fields: { title: provenance, outlet: provenance, published: provenance, url: provenance } },
    publishedTime: laterText, publishedZone: laterText, publishedEvidence: laterText, author: laterText,
    authorProvenance: { optional: provenance },
    paragraphs: texts,
    paragraphLines: { list: 'number' },
    removed: { list: { fields: { line: 'number', text, reason: { oneOf: ['duplicate', 'boilerplate', 'markup', 'control', 'empty'] }, rule: { optional: text } } } },
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
    sources: { list: { fields: { articleId: text, outlet: maybeText, expression: text, sentence: text, paragraph: 'number', date: text, note: { optional: text } } } },
    conflict: maybeText,
  },
};

/** A story (core/types.ts Story). */
export const STORY: Shape = { fields: { id: text, title: text, articles: texts } };
