/**
 * What the panes and commands show of a chronology entry: its date in words, and the entries of one
 * actor.
 */
import type { ChronologyEntry } from '../types.js';
import { parseDateLabel, partsOf, weekdayOf } from './calendar.js';

const WEEKDAY_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** An entry's date for people: "Sun 16 Mar 2025", "week of 10 Mar 2025", "March 2025", "2025". An unreadable date is shown as written. */
export function formatChronologyDate(entry: Pick<ChronologyEntry, 'date' | 'precision'>): string {
  const day = parseDateLabel(entry.date);
  if (day === null) return entry.date;
  const p = partsOf(day);
  const short = `${p.day} ${MONTH_SHORT[p.month - 1]} ${p.year}`;
  switch (entry.precision) {
    case 'day': return `${WEEKDAY_SHORT[weekdayOf(day)]} ${short}`;
    case 'week': return `week of ${short}`;
    case 'month': return `${MONTH_LONG[p.month - 1]} ${p.year}`;
    case 'year': return String(p.year);
    default: return entry.date;
  }
}

/** The entries that name an actor (canonical name, case-insensitive), in chronology order. */
export function entriesForActor(entries: readonly ChronologyEntry[], actorName: string): ChronologyEntry[] {
  const wanted = actorName.trim().toLowerCase();
  if (!wanted) return [];
  return entries.filter((e) => e.actors.some((a) => a.toLowerCase() === wanted));
}

/** The entries that cite an article, in chronology order (an article's events). */
export function entriesForArticle(entries: readonly ChronologyEntry[], articleId: string): ChronologyEntry[] {
  return entries.filter((e) => e.sources.some((s) => s.articleId === articleId));
}
