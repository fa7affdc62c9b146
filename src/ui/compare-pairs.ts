import { storyPairs } from '../core/compare/index.js';
import type { Article, Corpus } from '../core/types.js';

/** A pair of articles worth comparing: two versions of one story. */
export interface ComparePair {
  id: string;
  storyTitle: string;
  a: Article;
  b: Article;
  similarity: number;
}

/** Every pair within each story, stories with most articles first, most similar pairs first inside. */
export function comparePairs(corpus: Corpus): ComparePair[] {
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  const stories = [...corpus.stories].filter((s) => s.articles.length > 1).sort((x, y) => y.articles.length - x.articles.length);
  const pairs: ComparePair[] = [];
  for (const story of stories) {
    for (const pair of storyPairs(story, corpus.articles)) {
      const a = byId.get(pair.a);
      const b = byId.get(pair.b);
      if (a && b) pairs.push({ id: `${a.id}\u0000${b.id}`, storyTitle: story.title, a, b, similarity: pair.similarity });
    }
  }
  return pairs;
}
