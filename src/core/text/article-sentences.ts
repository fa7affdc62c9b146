import type { Article, SentenceRef } from '../types.js';
import { splitSentences } from './sentences.js';

const cache = new WeakMap<Article, SentenceRef[]>();

/** Every sentence of an article's clean text with its place, computed once per article. */
export function sentencesOf(article: Article): SentenceRef[] {
  const known = cache.get(article);
  if (known) return known;
  const refs: SentenceRef[] = [];
  article.paragraphs.forEach((paragraph, p) => {
    splitSentences(paragraph).forEach((text, s) => {
      refs.push({ articleId: article.id, paragraph: p, sentence: s, text });
    });
  });
  cache.set(article, refs);
  return refs;
}
