import type { Article } from '../types.js';

/** What looking an article up by a user's reference gives. */
export type ArticleLookup =
  | { kind: 'found'; article: Article }
  | { kind: 'none' }
  | { kind: 'ambiguous'; candidates: Article[] };

/**
 * Finds the article a user means (DESIGN.md §2): an exact id, then a file path (a multi-record file
 * must be unique), then a case-insensitive title fragment that only one article's title holds.
 */
export function findArticle(articles: readonly Article[], reference: string): ArticleLookup {
  const ref = reference.trim().replace(/\\/g, '/').replace(/^\.\//, '');
  const byId = articles.find((a) => a.id === ref);
  if (byId) return { kind: 'found', article: byId };
  const byFile = articles.filter((a) => a.file === ref || a.file.endsWith(`/${ref}`));
  if (byFile.length === 1) return { kind: 'found', article: byFile[0]! };
  if (byFile.length > 1) return { kind: 'ambiguous', candidates: byFile };
  const fragment = ref.toLowerCase();
  if (!fragment) return { kind: 'none' };
  const byTitle = articles.filter((a) => a.title.toLowerCase().includes(fragment));
  if (byTitle.length === 1) return { kind: 'found', article: byTitle[0]! };
  if (byTitle.length > 1) return { kind: 'ambiguous', candidates: byTitle };
  return { kind: 'none' };
}
