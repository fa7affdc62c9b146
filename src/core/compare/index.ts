/** Comparison of two articles, and which pairs are worth comparing (docs/DESIGN.md §3 Compare). */
export { compareArticles, alignmentSimilarity } from './compare-articles.js';
export { closestVersions, storyPairs } from './suggest.js';
