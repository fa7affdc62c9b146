import { ACTOR_FIELDS, actorsByArticle, articleFields, CHRONOLOGY_FIELDS } from '../core/search/fields.js';
import { ListFilter, type SearchField } from '../core/search/filter.js';
import type { Actor, Article, ChronologyEntry, Corpus } from '../core/types.js';
import type { ListPaneId } from '../state/app-state.js';
import { makeActorLookups, type ActorLookups } from './actor-lookups.js';
import { comparePairs, type ComparePair } from './compare-pairs.js';

/** The Compare pane's fields: pairs are the explorer's own, so their fields live here. */
const PAIR_FIELDS: readonly SearchField<ComparePair>[] = [
  { name: 'title', get: (p) => [p.a.title, p.b.title], weight: 2 },
  { name: 'outlet', get: (p) => [p.a.outlet ?? '', p.b.outlet ?? ''] },
  { name: 'story', get: (p) => p.storyTitle },
];

/** Each pane's filter qualifiers (`outlet:reuters`), read off the field declarations: help and highlighting use these. */
export const filterFields: Record<ListPaneId, readonly string[]> = {
  articles: articleFields(new Map()).map((f) => f.name),
  actors: ACTOR_FIELDS.map((f) => f.name),
  chronology: CHRONOLOGY_FIELDS.map((f) => f.name),
  compare: PAIR_FIELDS.map((f) => f.name),
};

/**
 * Lookups and filters derived once per corpus, so a keystroke never rebuilds them. Each pane declares
 * the fields its filter searches (docs/DESIGN.md §3, Search).
 */
export class CorpusIndex {
  readonly articleById: Map<string, Article>;
  readonly actorById: Map<string, Actor>;
  readonly entryById: Map<string, ChronologyEntry>;
  /** Canonical names of the actors each article names. */
  readonly actorsOfArticle: Map<string, string[]>;
  readonly pairs: ComparePair[];
  readonly pairById: Map<string, ComparePair>;
  private readonly filters: { [P in ListPaneId]: ListFilter<unknown> };
  private readonly lastResults = new Map<ListPaneId, { query: string; ids: string[] }>();

  constructor(readonly corpus: Corpus) {
    this.articleById = new Map(corpus.articles.map((a) => [a.id, a]));
    this.actorById = new Map(corpus.actors.map((a) => [a.id, a]));
    this.entryById = new Map(corpus.chronology.map((e) => [e.id, e]));
    this.actorsOfArticle = actorsByArticle(corpus.articles, corpus.actors);
    this.pairs = comparePairs(corpus, this.articleById);
    this.pairById = new Map(this.pairs.map((p) => [p.id, p]));
    // The same field declarations as the command line's --query (core/search/fields.ts).
    this.filters = {
      articles: new ListFilter<Article>(corpus.articles, (a) => a.id, articleFields(this.actorsOfArticle)) as ListFilter<unknown>,
      actors: new ListFilter<Actor>(corpus.actors, (a) => a.id, ACTOR_FIELDS) as ListFilter<unknown>,
      chronology: new ListFilter<ChronologyEntry>(corpus.chronology, (e) => e.id, CHRONOLOGY_FIELDS) as ListFilter<unknown>,
      compare: new ListFilter<ComparePair>(this.pairs, (p) => p.id, PAIR_FIELDS) as ListFilter<unknown>,
    };
  }

  private lookups: ActorLookups | null = null;

  /** What the Actors pane, the details and the reader look up about actors; made on first use. */
  get actorLookups(): ActorLookups {
    this.lookups ??= makeActorLookups(this);
    return this.lookups;
  }

  /** The ids a pane's list shows for a filter query, best first; the last answer is remembered. */
  rowIds(pane: ListPaneId, query: string): string[] {
    const last = this.lastResults.get(pane);
    if (last && last.query === query) return last.ids;
    const ids = this.filters[pane].search(query);
    this.lastResults.set(pane, { query, ids });
    return ids;
  }
}

