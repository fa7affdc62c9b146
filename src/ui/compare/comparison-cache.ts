import { compareArticles } from '../../core/compare/index.js';
import type { Article, Comparison, Corpus } from '../../core/types.js';

// The pane function runs on every render and every key; a comparison aligns two whole articles, so it
// is made once per pair. A few recent pairs are kept: going back to the list and in again is common.
const KEEP = 16;
const byCorpus = new WeakMap<Corpus, Map<string, Comparison>>();

/** The comparison of two articles of a corpus (A first), computed once per pair and remembered. */
export function comparisonOf(corpus: Corpus, a: Article, b: Article): Comparison {
  let cache = byCorpus.get(corpus);
  if (!cache) {
    cache = new Map();
    byCorpus.set(corpus, cache);
  }
  const key = `${a.id}\u0000${b.id}`;
  if (cache.has(key)) {
    const known = cache.get(key)!;
    // Re-inserted so the Map's order is least recently used first.
    cache.delete(key);
    cache.set(key, known);
    return known;
  }
  const made = compareArticles(a, b, corpus.actors);
  cache.set(key, made);
  if (cache.size > KEEP) cache.delete(cache.keys().next().value!);
  return made;
}
