import type { Actor, Article, ChronologyEntry, Corpus, Story } from '../types.js';
import { ListFilter } from './filter.js';
import { ACTOR_FIELDS, actorsByArticle, articleFields, CHRONOLOGY_FIELDS } from './fields.js';

/**
 * What a command line's filters ask for (`--outlet`, `--since`, `--until`, `--actor`, `--story`,
 * `--query`). Every one given must hold (AND), as the explorer's filter terms do.
 */
export interface Selection {
  /** Case-insensitive fragment of the outlet or of the site the article came through. */
  outlet?: string;
  /** A date, month or year (YYYY[-MM[-DD]]): from its first day. */
  since?: string;
  /** A date, month or year: to its last day. */
  until?: string;
  /** Case-insensitive fragment of an actor's name or one of its spellings. */
  actor?: string;
  /** A story's id or a fragment of its title. */
  story?: string;
  /** The explorer's filter language, over the list's own fields. */
  query?: string;
}

/** True when no filter is given. */
export function isEmptySelection(s: Selection): boolean {
  return !s.outlet && !s.since && !s.until && !s.actor && !s.story && !s.query;
}

/** A date of any precision as the first and last day it covers ("2025-03" → 2025-03-01 … 2025-03-31). */
export function dateSpan(date: string): [string, string] {
  const [y, m, d] = date.split('-');
  if (d) return [date, date];
  if (m) return [`${y}-${m}-01`, `${y}-${m}-${String(new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate()).padStart(2, '0')}`];
  return [`${y}-01-01`, `${y}-12-31`];
}

/** True when a date (any precision) overlaps the selection's since/until range. */
function inRange(date: string | null, s: Selection): boolean {
  if (!s.since && !s.until) return true;
  if (date === null) return false;
  const [first, last] = dateSpan(date);
  return (!s.since || last >= dateSpan(s.since)[0]) && (!s.until || first <= dateSpan(s.until)[1]);
}

const includes = (text: string | null, fragment: string) => text !== null && text.toLowerCase().includes(fragment.toLowerCase());

function actorMatches(actor: Actor, fragment: string): boolean {
  return includes(actor.name, fragment) || actor.aliases.some((a) => includes(a, fragment));
}

/** The stories a `--story` value names: an exact id, else those whose title holds the fragment. */
export function storiesNamed(stories: readonly Story[], reference: string): Story[] {
  const exact = stories.filter((s) => s.id === reference);
  return exact.length > 0 ? exact : stories.filter((s) => includes(s.title, reference));
}

/**
 * The articles a selection keeps by outlet, date, actor and story (the filters every list shares; the
 * query is the list's own). Returns null when none of those is given: every article.
 */
function selectedArticleIds(corpus: Corpus, s: Selection, dateFilter: boolean): Set<string> | null {
  if (!s.outlet && !s.actor && !s.story && !(dateFilter && (s.since || s.until))) return null;
  const named = s.actor ? new Set(corpus.actors.filter((a) => actorMatches(a, s.actor!)).flatMap((a) => a.articles)) : null;
  const inStory = s.story ? new Set(storiesNamed(corpus.stories, s.story).flatMap((st) => st.articles)) : null;
  const ids = new Set<string>();
  for (const a of corpus.articles) {
    if (s.outlet && !includes(a.outlet, s.outlet) && !includes(a.via, s.outlet)) continue;
    if (named && !named.has(a.id)) continue;
    if (inStory && !inStory.has(a.id)) continue;
    if (dateFilter && !inRange(a.published, s)) continue;
    ids.add(a.id);
  }
  return ids;
}

function byQuery<T>(items: readonly T[], idOf: (item: T) => string, filter: () => ListFilter<T>, query: string | undefined): T[] {
  if (!query?.trim()) return [...items];
  const keep = new Set(filter().search(query));
  return items.filter((item) => keep.has(idOf(item)));
}

/** The articles a selection keeps, in corpus order. */
export function selectArticles(corpus: Corpus, s: Selection): Article[] {
  const ids = selectedArticleIds(corpus, s, true);
  const kept = ids ? corpus.articles.filter((a) => ids.has(a.id)) : corpus.articles;
  const fields = () => new ListFilter(kept, (a) => a.id, articleFields(actorsByArticle(corpus.articles, corpus.actors)));
  return byQuery(kept, (a) => a.id, fields, s.query);
}

/** The actors a selection keeps: named in a kept article, matching `--actor` when given. */
export function selectActors(corpus: Corpus, s: Selection): Actor[] {
  const ids = selectedArticleIds(corpus, { ...s, actor: undefined }, true);
  const kept = corpus.actors.filter((a) => (!s.actor || actorMatches(a, s.actor)) && (!ids || a.articles.some((id) => ids.has(id))));
  return byQuery(kept, (a) => a.id, () => new ListFilter(kept, (a) => a.id, ACTOR_FIELDS), s.query);
}

/**
 * The chronology entries a selection keeps: dated in range, about the actor when given, and reported by
 * a kept article (the entry then lists only those reports, so `--outlet` shows what that outlet said).
 */
export function selectChronology(corpus: Corpus, s: Selection): ChronologyEntry[] {
  const ids = selectedArticleIds(corpus, { ...s, actor: undefined }, false);
  const names = s.actor ? new Set(corpus.actors.filter((a) => actorMatches(a, s.actor!)).map((a) => a.name)) : null;
  const kept: ChronologyEntry[] = [];
  for (const entry of corpus.chronology) {
    if (!inRange(entry.date, s)) continue;
    if (names && !entry.actors.some((n) => names.has(n))) continue;
    const sources = ids ? entry.sources.filter((src) => ids.has(src.articleId)) : entry.sources;
    if (sources.length === 0) continue;
    kept.push(sources.length === entry.sources.length ? entry : { ...entry, sources });
  }
  return byQuery(kept, (e) => e.id, () => new ListFilter(kept, (e) => e.id, CHRONOLOGY_FIELDS), s.query);
}

/** The stories a selection keeps: those with a kept article; `--query` searches their titles. */
export function selectStories(corpus: Corpus, s: Selection): Story[] {
  const ids = selectedArticleIds(corpus, s, true);
  const kept = corpus.stories.filter((st) => !ids || st.articles.some((id) => ids.has(id)));
  const fields = () => new ListFilter(kept, (st) => st.id, [{ name: 'title', get: (st: Story) => st.title }]);
  return byQuery(kept, (st) => st.id, fields, s.query);
}
