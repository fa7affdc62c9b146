import { ListFilter } from '../core/search/filter.js';
import type { Actor, Article, ChronologyEntry, Corpus } from '../core/types.js';
import type { ListPaneId } from '../state/app-state.js';
import type { SearchField } from '../core/search/filter.js';
import { groupLabel } from './panes/chronology-rows.js';
import { makeActorLookups, type ActorLookups } from './actor-lookups.js';
import { comparePairs, type ComparePair } from './compare-pairs.js';

/** The fields each pane's filter searches, by qualifier name (`outlet:reuters`): the one list help and highlighting read. */
export const filterFields = {
  articles: ['title', 'outlet', 'date', 'actor', 'text'],
  actors: ['name', 'alias', 'kind', 'role'],
  chronology: ['text', 'actor', 'outlet', 'date'],
  compare: ['title', 'outlet', 'story'],
} as const satisfies Record<ListPaneId, readonly string[]>;

type FieldName<P extends ListPaneId> = (typeof filterFields)[P][number];

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
    this.actorsOfArticle = new Map(corpus.articles.map((a) => [a.id, [] as string[]]));
    for (const actor of corpus.actors) for (const id of actor.articles) this.actorsOfArticle.get(id)?.push(actor.name);
    this.pairs = comparePairs(corpus, this.articleById);
    this.pairById = new Map(this.pairs.map((p) => [p.id, p]));
    this.filters = {
      articles: new ListFilter<Article>(corpus.articles, (a) => a.id, fields<Article, 'articles'>([
        { name: 'title', get: (a) => a.title, weight: 3 },
        { name: 'outlet', get: (a) => [a.outlet ?? '', a.via ?? ''], weight: 2 },
        { name: 'date', get: (a) => a.published ?? '' },
        { name: 'actor', get: (a) => this.actorsOfArticle.get(a.id) ?? [] },
        { name: 'text', get: (a) => a.paragraphs, qualifiedOnly: true },
      ])) as ListFilter<unknown>,
      actors: new ListFilter<Actor>(corpus.actors, (a) => a.id, fields<Actor, 'actors'>([
        { name: 'name', get: (a) => a.name, weight: 3 },
        { name: 'alias', get: (a) => a.aliases, weight: 2 },
        { name: 'kind', get: (a) => a.kind, qualifiedOnly: true },
        { name: 'role', get: (a) => a.roles.map((r) => r.text) },
      ])) as ListFilter<unknown>,
      chronology: new ListFilter<ChronologyEntry>(corpus.chronology, (e) => e.id, fields<ChronologyEntry, 'chronology'>([
        { name: 'text', get: (e) => e.text, weight: 3 },
        { name: 'actor', get: (e) => e.actors, weight: 2 },
        { name: 'outlet', get: (e) => e.sources.map((s) => s.outlet ?? '') },
        // The date as the list shows it too ("16 Mar 2025"), so what is on screen can be typed.
        { name: 'date', get: (e) => [e.date, groupLabel(e)] },
      ])) as ListFilter<unknown>,
      compare: new ListFilter<ComparePair>(this.pairs, (p) => p.id, fields<ComparePair, 'compare'>([
        { name: 'title', get: (p) => [p.a.title, p.b.title], weight: 2 },
        { name: 'outlet', get: (p) => [p.a.outlet ?? '', p.b.outlet ?? ''] },
        { name: 'story', get: (p) => p.storyTitle },
      ])) as ListFilter<unknown>,
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

/** A pane's fields, typed so a name outside `filterFields` does not compile. */
function fields<T, P extends ListPaneId>(list: (SearchField<T> & { name: FieldName<P> })[]): SearchField<T>[] {
  return list;
}
