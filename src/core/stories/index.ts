import type { Actor, Article, ChronologyEntry, Story } from '../types.js';

/** Groups articles that report the same story. (Placeholder: being built.) */
export function groupStories(
  articles: readonly Article[],
  _actors: readonly Actor[],
  _chronology: readonly ChronologyEntry[],
): Story[] {
  return articles.map((a, i) => ({ id: `story-${i + 1}`, title: a.title, articles: [a.id] }));
}
