import { compareArticles } from '../../core/compare/index.js';
import type { Comparison, Corpus } from '../../core/types.js';

// The pane function runs on every render and every key; a comparison aligns two whole articles, so it
// is made once per pair. A few recent pairs are kept: going back to the list and in again is common.
const KEEP = 16;
const byCorpus = new WeakMap<Corpus, Map<string, Comparison | null>>();

/**
 * The comparison of articles `a` and `b` of a corpus, computed once per pair and remembered; null when
 * either id is not in the corpus.
 */
export function comparisonOf(corpus: Corpus, a: string, b: string): Comparison | null {
  let cache = byCorpus.get(corpus);
  if (!cache) {
    cache = new Map();
    byCorpus.set(corpus, cache);
  }
  const key = `${a}\u0000${b}`;
  if (cache.has(key)) {
    const known = cache.get(key)!;
    // Re-inserted so the Map's order is least recently used first.
    cache.delete(key);
    cache.set(key, known);
    return known;
  }
  const articleA = corpus.articles.find((x) => x.id === a);
  const articleB = corpus.articles.find((x) => x.id === b);
  const made = articleA && articleB ? compareArticles(articleA, articleB, corpus.actors) : null;
  cache.set(key, made);
  if (cache.size > KEEP) cache.delete(cache.keys().next().value!);
  return made;
}
