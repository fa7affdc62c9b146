import type { Actor, Article, ChronologyEntry } from '../types.js';

/** What besides wording says two articles report the same story: whom they name and which dated events. */
export interface StoryEvidence {
  /** Per article: actor index -> weight (rarer actors weigh more). */
  actors: Map<number, number>[];
  /** Per article: ids of day- or week-precise chronology entries it reports. */
  events: Set<string>[];
  /** Per article: publication day number (days since 1970), Infinity when undated. */
  days: number[];
}

/** Days since 1970 of a YYYY-MM-DD date, Infinity for null or anything else. */
export function dayNumber(date: string | null): number {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  if (!m) return Infinity;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? Infinity : Math.floor(t / 86_400_000);
}

/** Gathers actors, events and dates per article (by position in `articles`). */
export function gatherEvidence(
  articles: readonly Article[],
  actors: readonly Actor[],
  chronology: readonly ChronologyEntry[],
): StoryEvidence {
  const position = new Map(articles.map((a, i) => [a.id, i]));
  const byArticle = articles.map(() => new Map<number, number>());
  actors.forEach((actor, k) => {
    const where = [...new Set(actor.articles)].map((id) => position.get(id)).filter((i) => i !== undefined);
    const weight = Math.log(1 + articles.length / Math.max(1, where.length));
    for (const i of where) byArticle[i]!.set(k, weight);
  });
  const events = articles.map(() => new Set<string>());
  for (const entry of chronology) {
    // A month or a year is a setting, not an event: everything that March shares it.
    if (entry.precision !== 'day' && entry.precision !== 'week') continue;
    for (const source of entry.sources) {
      const i = position.get(source.articleId);
      if (i !== undefined) events[i]!.add(entry.id);
    }
  }
  return { actors: byArticle, events, days: articles.map((a) => dayNumber(a.published)) };
}
