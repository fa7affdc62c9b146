import { closestVersions } from '../core/compare/index.js';
import type { Corpus } from '../core/types.js';

/**
 * The most similar other article to `articleId` (its closest version), or null when none is close.
 * With no other version in its story the closest article of the whole corpus is offered, and
 * `sameStory` says so, so the comparison can say it is not a version of the same story.
 */
export function closestVersion(corpus: Corpus, articleId: string): { id: string; sameStory: boolean } | null {
  const article = corpus.articles.find((a) => a.id === articleId);
  if (!article) return null;
  const id = closestVersions(article, corpus.articles, corpus.stories)[0]?.articleId;
  if (!id) return null;
  return { id, sameStory: corpus.stories.some((s) => s.articles.includes(articleId) && s.articles.includes(id)) };
}
