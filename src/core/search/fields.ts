import type { Actor, Article, ChronologyEntry } from '../types.js';
import { formatChronologyDate } from '../chronology/format.js';
import type { SearchField } from './filter.js';

/**
 * The fields each list's filter searches, defined once: the explorer's panes and the command line's
 * `--query` read the same declarations, so a query means the same thing in both.
 */

/** Articles: title, outlet (or the site it came through), date, the actors it names, and `text:` for the body. */
export function articleFields(actorsOfArticle: ReadonlyMap<string, readonly string[]>): SearchField<Article>[] {
  return [
    { name: 'title', get: (a) => a.title, weight: 3 },
    { name: 'outlet', get: (a) => [a.outlet ?? '', a.via ?? ''], weight: 2 },
    { name: 'date', get: (a) => a.published ?? '' },
    { name: 'actor', get: (a) => actorsOfArticle.get(a.id) ?? [] },
    { name: 'text', get: (a) => a.paragraphs, qualifiedOnly: true },
  ];
}

/** Actors: name, other spellings, roles, and `kind:` (person, organization, place). */
export const ACTOR_FIELDS: readonly SearchField<Actor>[] = [
  { name: 'name', get: (a) => a.name, weight: 3 },
  { name: 'alias', get: (a) => a.aliases, weight: 2 },
  { name: 'kind', get: (a) => a.kind, qualifiedOnly: true },
  { name: 'role', get: (a) => a.roles.map((r) => r.text) },
];

/** Chronology entries: the event, its actors, the outlets reporting it, and the date. */
export const CHRONOLOGY_FIELDS: readonly SearchField<ChronologyEntry>[] = [
  { name: 'text', get: (e) => e.text, weight: 3 },
  { name: 'actor', get: (e) => e.actors, weight: 2 },
  { name: 'outlet', get: (e) => e.sources.map((s) => s.outlet ?? '') },
  // The date as the explorer shows it too ("Sun 16 Mar 2025", "week of Mon 10 Mar 2025"), so what is on screen can be typed.
  { name: 'date', get: (e) => [e.date, entryDateLabel(e)] },
];

/** An entry's date as a reader sees it: its day, its week ("week of Mon 10 Mar 2025"), month or year. */
export function entryDateLabel(e: Pick<ChronologyEntry, 'date' | 'precision'>): string {
  return e.precision === 'week' ? `week of ${formatChronologyDate({ date: e.date, precision: 'day' })}` : formatChronologyDate(e);
}

/** Canonical names of the actors each article names, by article id. */
export function actorsByArticle(articles: readonly Article[], actors: readonly Actor[]): Map<string, string[]> {
  const byArticle = new Map(articles.map((a) => [a.id, [] as string[]]));
  for (const actor of actors) for (const id of actor.articles) byArticle.get(id)?.push(actor.name);
  return byArticle;
}
