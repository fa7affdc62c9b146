import type { Article, Story } from '../types.js';
import { alignmentSimilarity } from './compare-articles.js';
import { isContentWord, wordsOf } from './words.js';

/** How many candidates are aligned in full; the rest are ranked out by shared words first. */
export const REFINED_CANDIDATES = 30;
/** A story larger than this is paired over its first members only: all pairs would be quadratic. */
export const MAX_PAIRED_MEMBERS = 200;

const contentWords = new WeakMap<Article, Set<string>>();
const byId = new WeakMap<readonly Article[], Map<string, Article>>();

function contentOf(article: Article): Set<string> {
  let words = contentWords.get(article);
  if (!words) {
    words = new Set(article.paragraphs.flatMap((p) => wordsOf(p)).filter(isContentWord));
    contentWords.set(article, words);
  }
  return words;
}

/** Shared content words over both vocabularies: a cheap first guess at how alike two articles are. */
function sharedWords(a: Article, b: Article): number {
  const x = contentOf(a);
  const y = contentOf(b);
  if (x.size + y.size === 0) return 0;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return (2 * shared) / (x.size + y.size);
}

function articleIndex(articles: readonly Article[]): Map<string, Article> {
  let index = byId.get(articles);
  if (!index) {
    index = new Map(articles.map((a) => [a.id, a]));
    byId.set(articles, index);
  }
  return index;
}

/**
 * The other articles most like this one, most similar first, with the similarity a comparison would
 * show. Looks inside the article's story when it has company there, else across all articles; ranks
 * by shared words first and aligns only the best few (REFINED_CANDIDATES), so it stays quick.
 */
export function closestVersions(
  article: Article,
  articles: readonly Article[],
  stories?: readonly Story[],
): { articleId: string; similarity: number }[] {
  const index = articleIndex(articles);
  const story = stories?.find((s) => s.articles.includes(article.id));
  const pool = story && story.articles.length > 1
    ? story.articles.map((id) => index.get(id)).filter((a): a is Article => a !== undefined)
    : articles;
  return pool
    .filter((other) => other.id !== article.id)
    .map((other) => ({ other, guess: sharedWords(article, other) }))
    .filter((c) => c.guess > 0)
    .sort((x, y) => y.guess - x.guess)
    .slice(0, REFINED_CANDIDATES)
    .map(({ other }) => ({ articleId: other.id, similarity: alignmentSimilarity(article, other) }))
    .sort((x, y) => y.similarity - x.similarity || x.articleId.localeCompare(y.articleId));
}

/**
 * Pairs of a story's articles worth comparing, most similar first (reprints at the top). Every pair
 * is ranked by shared words and the best REFINED_CANDIDATES are aligned; a story of up to eight
 * articles lists all its pairs. Ids the article list lacks are skipped; a story of more than
 * MAX_PAIRED_MEMBERS articles is paired over its first ones.
 */
export function storyPairs(story: Story, articles: readonly Article[]): { a: string; b: string; similarity: number }[] {
  const index = articleIndex(articles);
  const members = story.articles
    .map((id) => index.get(id))
    .filter((a): a is Article => a !== undefined)
    .slice(0, MAX_PAIRED_MEMBERS);
  const pairs: { a: Article; b: Article; guess: number }[] = [];
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      pairs.push({ a: members[i]!, b: members[j]!, guess: sharedWords(members[i]!, members[j]!) });
    }
  }
  return pairs
    .sort((x, y) => y.guess - x.guess)
    .slice(0, REFINED_CANDIDATES)
    .map(({ a, b }) => ({ a: a.id, b: b.id, similarity: alignmentSimilarity(a, b) }))
    .sort((x, y) => y.similarity - x.similarity || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}
