import { safeText } from '../core/text/safe.js';
import type { Actor, Article } from '../core/types.js';
import type { CorpusIndex } from './corpus-index.js';
import { truncate } from './text-width.js';
import { namePattern, type NameForm, type NamePattern } from './name-spans.js';

/** What the Actors pane and the reader look up about actors, derived once per corpus and kept. */
export interface ActorLookups {
  /** An actor by canonical name (co-occurring actors and chronology entries name them so). */
  byName: Map<string, Actor>;
  /** The outlets that name an actor, in the order its articles come, without repeats. */
  outletsOf(actor: Actor): string[];
  /** The pattern of every actor name and form written in an article, for highlighting its text. */
  patternOf(articleId: string): NamePattern | null;
  /** An article's outlet as the Actors pane shows it. */
  outletOfArticle(articleId: string): string;
}

/**
 * The outlet a reader would name for an article: its publisher, else the site it came from, else the
 * start of its title in brackets (a file name such as "000_75b3c8.txt" tells a reader nothing).
 */
export function outletLabel(article: Article | undefined, articleId: string): string {
  const outlet = article?.outlet ?? article?.via;
  if (outlet) return safeText(outlet);
  return article?.title ? `[${truncate(safeText(article.title), 24)}]` : safeText(articleId);
}

/** The actor lookups of a corpus (CorpusIndex makes them on first use and keeps them). */
export function makeActorLookups(index: Pick<CorpusIndex, 'corpus' | 'articleById'>): ActorLookups {
  const { corpus, articleById } = index;
  const byName = new Map<string, Actor>();
  // Actors come most prominent first, so a name two actors share goes to the more prominent one.
  for (const actor of corpus.actors) if (!byName.has(actor.name)) byName.set(actor.name, actor);
  const outlets = new Map<string, string[]>();
  const patterns = new Map<string, NamePattern | null>();
  let formsByArticle: Map<string, NameForm[]> | null = null;

  const lookups: ActorLookups = {
    byName,
    outletOfArticle: (id) => outletLabel(articleById.get(id), id),
    outletsOf(actor) {
      let list = outlets.get(actor.id);
      if (!list) {
        list = [...new Set(actor.articles.map((id) => lookups.outletOfArticle(id)))];
        outlets.set(actor.id, list);
      }
      return list;
    },
    patternOf(articleId) {
      if (patterns.has(articleId)) return patterns.get(articleId)!;
      formsByArticle ??= nameFormsByArticle(corpus.actors);
      const pattern = namePattern(formsByArticle.get(articleId) ?? []);
      patterns.set(articleId, pattern);
      return pattern;
    },
  };
  return lookups;
}

/**
 * Each article's name forms: the canonical name and every alias of each actor it names. Aliases are
 * every surface form the corpus wrote, so the mentions need not be read (they are the bulk of the data).
 */
function nameFormsByArticle(actors: readonly Actor[]): Map<string, NameForm[]> {
  const forms = new Map<string, NameForm[]>();
  for (const actor of actors) {
    const own = [actor.name, ...actor.aliases].map((form) => ({ form, kind: actor.kind }));
    for (const id of actor.articles) {
      const list = forms.get(id);
      if (list) list.push(...own);
      else forms.set(id, [...own]);
    }
  }
  return forms;
}

/** Every form an actor is written in: its name, its aliases, and the surfaces of its mentions. */
export function formsOfActor(actor: Actor): NameForm[] {
  const seen = new Set([actor.name, ...actor.aliases, ...actor.mentionsIn.map((m) => m.surface)]);
  return [...seen].map((form) => ({ form, kind: actor.kind }));
}
