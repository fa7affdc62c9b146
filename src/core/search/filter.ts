import Fuse from 'fuse.js';
import { compactSpanIn, FIELD_SEPARATOR } from './match.js';
import { narrows, parseQuery, type ParsedQuery, type QueryTerm } from './query.js';

/** A field a pane's filter searches (docs/DESIGN.md §3: each pane declares its fields). */
export interface SearchField<T> {
  name: string;
  get: (item: T) => string | readonly string[];
  /** Fuse weight: a title counts for more than an outlet. */
  weight?: number;
  /** Searched only through its qualifier (`text:WORD`), exactly: fuzzy matching over whole bodies matches nearly everything. */
  qualifiedOnly?: boolean;
}

/** Above this many candidates, ranking keeps list order: fuse.js scoring is too slow to run per keystroke. */
const SCORING_LIMIT = 3000;

interface Entry<T> {
  item: T;
  id: string;
  /** Each searched field's values, lower-cased once when the filter is made. */
  values: string[][];
  /** All values joined, for the subsequence prefilter. */
  haystack: string;
}

/**
 * A pane's filter over a fixed list: subsequence prefilter (monotone, so a query that extends the last
 * one searches only the last results), then fuse.js scoring of the survivors. Results are ids.
 */
export class ListFilter<T> {
  private readonly entries: Entry<T>[];
  private readonly fuzzyFields: SearchField<T>[];
  private last: { query: ParsedQuery; entries: Entry<T>[] } | null = null;

  constructor(items: readonly T[], idOf: (item: T) => string, private readonly fields: readonly SearchField<T>[]) {
    this.fuzzyFields = fields.filter((f) => !f.qualifiedOnly);
    this.entries = items.map((item) => {
      const values = this.fuzzyFields.map((f) => asList(f.get(item)).map((v) => v.toLowerCase()));
      return { item, id: idOf(item), values, haystack: values.flat().join(FIELD_SEPARATOR) };
    });
  }

  /** The ids that match `source`, best first (list order for a blank query). */
  search(source: string): string[] {
    const query = parseQuery(source, this.fields.map((f) => f.name));
    if (query.terms.length === 0) {
      this.last = null;
      return this.entries.map((e) => e.id);
    }
    const pool = this.last && narrows(this.last.query, query) ? this.last.entries : this.entries;
    const survivors = pool.filter((entry) => query.terms.every((term) => this.holds(entry, term)));
    this.last = { query, entries: survivors };
    return this.rank(survivors, query).map((e) => e.id);
  }

  private holds(entry: Entry<T>, term: QueryTerm): boolean {
    switch (term.kind) {
      // A cheap whole-entry subsequence test first: most entries fail it, and it is monotone too.
      // A contiguous occurrence settles it at once (no query holds the separator); else one bounded pass.
      case 'fuzzy': return entry.haystack.includes(term.text) || compactSpanIn(entry.haystack, term.text);
      case 'include': return entry.haystack.includes(term.text);
      case 'exclude': return !entry.haystack.includes(term.text);
      case 'whole': return entry.values.some((vs) => vs.includes(term.text));
      case 'prefix': return entry.values.some((vs) => vs.some((v) => v.startsWith(term.text)));
      case 'suffix': return entry.values.some((vs) => vs.some((v) => v.endsWith(term.text)));
      case 'field': {
        const field = this.fields.find((f) => f.name === term.field)!;
        const pattern = this.patternFor(term.text);
        return asList(field.get(entry.item)).some((v) => pattern.test(v));
      }
    }
  }

  private patterns = new Map<string, RegExp>();

  /** A case-insensitive pattern, so a body is searched without lower-casing all of it per keystroke. */
  private patternFor(text: string): RegExp {
    let pattern = this.patterns.get(text);
    if (!pattern) {
      pattern = new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
      this.patterns.set(text, pattern);
    }
    return pattern;
  }

  private rank(survivors: Entry<T>[], query: ParsedQuery): Entry<T>[] {
    const fuzzy = query.terms.filter((t) => t.kind === 'fuzzy').map((t) => t.text);
    if (fuzzy.length === 0 || survivors.length <= 1) return survivors;
    if (survivors.length > SCORING_LIMIT) return rankByContiguity(survivors, fuzzy);
    const fuse = new Fuse(survivors, {
      keys: this.fuzzyFields.map((f, i) => ({ name: f.name, weight: f.weight ?? 1, getFn: (e: Entry<T>) => e.values[i]! })),
      ignoreLocation: true,
      threshold: 0.6,
      includeScore: true,
      shouldSort: true,
    });
    const scored = fuse.search(fuzzy.join(' ')).map((r) => r.item);
    const seen = new Set(scored);
    // Subsequence matches fuse.js scores too weak to return still match; they follow, in list order.
    return [...scored, ...survivors.filter((e) => !seen.has(e))];
  }
}

/** Entries that hold every word as typed first, then the rest, each in list order: one pass, no set. */
function rankByContiguity<T>(entries: Entry<T>[], words: string[]): Entry<T>[] {
  const contiguous: Entry<T>[] = [];
  const scattered: Entry<T>[] = [];
  for (const e of entries) (words.every((w) => e.haystack.includes(w)) ? contiguous : scattered).push(e);
  for (const e of scattered) contiguous.push(e);
  return contiguous;
}

function asList(value: string | readonly string[]): readonly string[] {
  return typeof value === 'string' ? [value] : value;
}
