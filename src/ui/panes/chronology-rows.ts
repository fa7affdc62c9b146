/**
 * What the Chronology list shows, as plain data: the entries a filter and an actor leave, in
 * chronology order, and the display rows (date headings between entries) the pane windows over.
 */
import { entriesForActor, formatChronologyDate } from '../../core/chronology/index.js';
import { safeText } from '../../core/text/safe.js';
import type { Actor, ChronologyEntry } from '../../core/types.js';
import type { CorpusIndex } from '../corpus-index.js';

/** A row of the Chronology list: a date heading (never selectable) or an entry. */
export type ChronologyRow =
  | { kind: 'heading'; label: string }
  | { kind: 'entry'; entry: ChronologyEntry };

/** The heading an entry goes under: its day, its week ("week of Mon 10 Mar 2025"), month or year. */
export function groupLabel(entry: Pick<ChronologyEntry, 'date' | 'precision'>): string {
  if (entry.precision === 'week') return `week of ${formatChronologyDate({ date: entry.date, precision: 'day' })}`;
  return formatChronologyDate(entry);
}

/** The outlets that report an entry, each once, in source order; a source with no outlet counts as "unknown outlet". */
export function outletsOf(entry: ChronologyEntry): string[] {
  return [...new Set(entry.sources.map((s) => safeText(s.outlet ?? 'unknown outlet')))];
}

/** "1 source", "3 sources". */
export function sourceCount(entry: ChronologyEntry): string {
  return `${entry.sources.length} source${entry.sources.length === 1 ? '' : 's'}`;
}

/** Entries in chronology order, with a heading before each new date and precision. */
export function chronologyRows(entries: readonly ChronologyEntry[]): ChronologyRow[] {
  const rows: ChronologyRow[] = [];
  let last: string | null = null;
  for (const entry of entries) {
    const key = `${entry.precision}:${entry.date}`;
    if (key !== last) rows.push({ kind: 'heading', label: groupLabel(entry) });
    last = key;
    rows.push({ kind: 'entry', entry });
  }
  return rows;
}

/** The entries the list shows: those the filter keeps, narrowed to an actor's, in chronology order. */
export interface ChronologyListing {
  entries: ChronologyEntry[];
  /** The entries' ids, in the same order (the rows the selection moves over). */
  ids: string[];
  /** The entries with their date headings. */
  rows: ChronologyRow[];
  /** Where each entry id sits: its index in `entries` and its row in `rows`. */
  at: Map<string, { entry: number; row: number }>;
  /** The actor the list is narrowed to, when it is set and known. */
  actor: Actor | null;
}

// Filter results arrive as the same array for the same query (CorpusIndex remembers the last answer),
// so the ordering and grouping below run once per keystroke, not once per render and per reducer call.
const listings = new WeakMap<readonly string[], Map<string, ChronologyListing>>();

/**
 * The entries to list for a filter result and an actor id. The filter ranks best first, but a
 * chronology reads in date order, so the ranked ids only choose which entries stay.
 */
export function chronologyListing(index: CorpusIndex, filteredIds: readonly string[], actorId: string | null): ChronologyListing {
  const key = actorId ?? '';
  const cached = listings.get(filteredIds)?.get(key);
  if (cached) return cached;
  const actor = actorId === null ? null : index.actorById.get(actorId) ?? null;
  const kept = new Set(filteredIds);
  const all = index.corpus.chronology;
  const pool = actor ? entriesForActor(all, actor.name) : all;
  const entries = kept.size === all.length ? pool : pool.filter((e) => kept.has(e.id));
  const rows = chronologyRows(entries);
  const at = new Map<string, { entry: number; row: number }>();
  rows.forEach((row, r) => {
    if (row.kind === 'entry') at.set(row.entry.id, { entry: at.size, row: r });
  });
  const listing = { entries, ids: entries.map((e) => e.id), rows, at, actor };
  const byActor = listings.get(filteredIds) ?? new Map<string, ChronologyListing>();
  byActor.set(key, listing);
  listings.set(filteredIds, byActor);
  return listing;
}
