import type { Article } from '../types.js';

/** What looking an article up by a user's reference gives. */
export type ArticleLookup =
  | { kind: 'found'; article: Article }
  | { kind: 'none' }
  | { kind: 'ambiguous'; candidates: Article[] };

/**
 * Finds the article a user means (docs/DESIGN.md §2), trying each way in turn and stopping at the
 * first that matches anything: an exact id; a file path (a multi-record file must be unique); an id
 * prefix (`003` for `003_c615….txt`); an outlet's name (when that outlet published one article here);
 * a case-insensitive title fragment. A way that matches several articles lists them.
 */
export function findArticle(articles: readonly Article[], reference: string): ArticleLookup {
  const ref = reference.trim().replace(/\\/g, '/').replace(/^\.\//, '');
  const byId = articles.find((a) => a.id === ref);
  if (byId) return { kind: 'found', article: byId };
  if (!ref) return { kind: 'none' };
  const fragment = ref.toLowerCase();
  const ways: ((a: Article) => boolean)[] = [
    (a) => a.file === ref || a.file.endsWith(`/${ref}`),
    (a) => a.id.startsWith(ref),
    (a) => a.outlet?.toLowerCase() === fragment,
    (a) => a.title.toLowerCase().includes(fragment),
  ];
  for (const way of ways) {
    const found = articles.filter(way);
    if (found.length === 1) return { kind: 'found', article: found[0]! };
    if (found.length > 1) return { kind: 'ambiguous', candidates: found };
  }
  return { kind: 'none' };
}
