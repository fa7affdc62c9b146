/**
 * The chronology: every dated event of the corpus, merged across outlets, in date order (docs/DESIGN.md §3).
 * Stages, in order: find each article's dated events (temporal parsers, news-style resolution, actors,
 * display text), merge reports of the same event, join same-date groups that merging left apart,
 * turn each group into an entry, and flag an article that dates one sentence twice.
 */
import type { Actor, Article, ChronologyEntry } from '../types.js';
import { actorFinder } from './actors-in-sentence.js';
import { PRECISION_RANK, parseDateLabel } from './calendar.js';
import { entryOf } from './entries.js';
import { eventsOf, type DatedEvent } from './events.js';
import { mergeEvents } from './merge.js';
import { regroupSameDate } from './regroup.js';
import { flagSelfConflicts } from './self-conflicts.js';
import { rarityWeights } from './wording.js';

export { entriesForActor, entriesForArticle, formatChronologyDate } from './format.js';
export { datedExpressions } from './extract.js';

/**
 * Builds the merged chronology of the corpus, sorted by date; at the same start the finer precision
 * comes first (a day before its week, a week before its month), then by text.
 */
export function buildChronology(articles: readonly Article[], actors: readonly Actor[]): ChronologyEntry[] {
  const finder = actorFinder(actors);
  const events: DatedEvent[] = [];
  for (const article of articles) events.push(...eventsOf(article, finder, events.length));
  const weight = rarityWeights(events.map((e) => e.words));
  const entries = flagSelfConflicts(regroupSameDate(mergeEvents(events, weight), weight).map(entryOf));
  return entries.sort(byDate);
}

/** Chronology order: start of the date, finer precision first, then text. */
export function byDate(a: ChronologyEntry, b: ChronologyEntry): number {
  const da = parseDateLabel(a.date) ?? 0;
  const db = parseDateLabel(b.date) ?? 0;
  return da - db || PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] || a.text.localeCompare(b.text);
}
