/**
 * What the Chronology list shows, as plain data: the entries a filter and an actor leave, in
 * chronology order, and where the date headings fall between them.
 */
import { entriesForActor } from '../../core/chronology/index.js';
import { entryDateLabel } from '../../core/search/fields.js';
import { safeText } from '../../core/text/safe.js';
import type { Actor, ChronologyEntry } from '../../core/types.js';
import type { CorpusIndex } from '../corpus-index.js';

/**
 * A row of the Chronology list: a date heading (never selectable) or an entry. A heading holds the
 * first entry of its group; its label is made only when it is drawn (a long list has many headings).
 * `index` is the entry's place in the listing.
 */
export type ChronologyRow =
  | { kind: 'heading'; entry: ChronologyEntry; index: number }
  | { kind: 'entry'; entry: ChronologyEntry; index: number };

/** The heading an entry goes under: its day, its week ("week of Mon 10 Mar 2025"), month or year. */
export function groupLabel(entry: Pick<ChronologyEntry, 'date' | 'precision'>): string {
  // The filter searches the same label (core/search/fields.ts), so the date on screen can be typed.
  return entryDateLabel(entry);
}

/** The outlets that report an entry, each once, in source order; a source with no outlet counts as "unknown outlet". */
export function outletsOf(entry: ChronologyEntry): string[] {
  return [...new Set(entry.sources.map((s) => safeText(s.outlet ?? 'unknown outlet')))];
}

/** "1 source", "3 sources". */
export function sourceCount(entry: ChronologyEntry): string {
  return `${entry.sources.length} source${entry.sources.length === 1 ? '' : 's'}`;
}

/**
 * The entries the list shows (those the filter keeps, narrowed to an actor's, in chronology order) and
 * where their date headings fall. Rows are numbered with the headings counted in; only the rows in
 * view are ever made into objects (`rowAt`), since a long chronology has hundreds of thousands.
 */
export interface ChronologyListing {
  entries: readonly ChronologyEntry[];
  /** The entries' ids, in the same order (the rows the selection moves over). */
  ids: string[];
  /** The row of each entry, headings counted in. */
  rowOfEntry: Int32Array;
  /** The first entry of each date group, in order. */
  groupStart: Int32Array;
  /** Entries plus headings. */
  rowCount: number;
  /** The actor the list is narrowed to, when it is set and known. */
  actor: Actor | null;
}

/** Lays out entries under their headings: a new heading wherever the date or its precision changes. */
export function layOut(entries: readonly ChronologyEntry[], actor: Actor | null = null): ChronologyListing {
  const rowOfEntry = new Int32Array(entries.length);
  const starts: number[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    const previous = entries[i - 1];
    if (!previous || previous.date !== e.date || previous.precision !== e.precision) starts.push(i);
    rowOfEntry[i] = i + starts.length;
  }
  return { entries, ids: entries.map((e) => e.id), rowOfEntry, groupStart: Int32Array.from(starts), rowCount: entries.length + starts.length, actor };
}

/** The row at a row number: the entry there, or the heading of the group that starts below it. */
export function rowAt(listing: ChronologyListing, row: number): ChronologyRow | null {
  const { rowOfEntry, entries } = listing;
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rowOfEntry[mid]! < row) lo = mid + 1;
    else hi = mid;
  }
  const entry = entries[lo];
  if (!entry) return null;
  return { kind: rowOfEntry[lo] === row ? 'entry' : 'heading', entry, index: lo };
}

/** The heading row of an entry's date group. */
export function headingRowOf(listing: ChronologyListing, entryIndex: number): number {
  const group = listing.rowOfEntry[entryIndex]! - entryIndex - 1;
  return listing.rowOfEntry[listing.groupStart[group]!]! - 1;
}

/**
 * The entries to list for a filter result and an actor id. The filter ranks best first, but a
 * chronology reads in date order, so the ranked ids only choose which entries stay.
 */
export function chronologyListing(index: CorpusIndex, filteredIds: readonly string[], actorId: string | null): ChronologyListing {
  const actor = actorId === null ? null : index.actorById.get(actorId) ?? null;
  const all = index.corpus.chronology;
  const pool = actor ? entriesForActor(all, actor.name) : all;
  // A blank query keeps everything: no set of every id to build then.
  const kept = filteredIds.length === all.length ? null : new Set(filteredIds);
  return layOut(kept ? pool.filter((e) => kept.has(e.id)) : pool, actor);
}
