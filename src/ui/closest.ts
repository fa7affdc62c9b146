import { closestVersions } from '../core/compare/index.js';
import type { Corpus } from '../core/types.js';

/** The most similar other article to `articleId` (its closest version), or null when none is close. */
export function closestVersion(corpus: Corpus, articleId: string): string | null {
  const article = corpus.articles.find((a) => a.id === articleId);
  if (!article) return null;
  return closestVersions(article, corpus.articles, corpus.stories)[0]?.articleId ?? null;
}
