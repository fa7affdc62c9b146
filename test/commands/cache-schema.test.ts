import { describe, expect, it } from 'vitest';
import { ACTOR, fits, STORED_ARTICLE, STORY, type Shape } from '../../src/commands/cache-schema.js';

const article = {
  id: 'a.txt', file: 'a.txt', title: 'Harbour bridge reopens', outlet: null, via: null, published: '2025-03-12', url: null, note: null,
  provenance: { title: 'text', outlet: null, published: 'manifest', url: null },
  paragraphs: ['Harbour bridge reopens'], paragraphLines: [1], removed: [{ line: 2, text: 'Share this', reason: 'boilerplate' }], warnings: [],
};

describe('cache shapes', () => {
  it.each<[string, unknown, Shape, boolean]>([
    ['an article', article, STORED_ARTICLE, true],
    ['an article with an extra field', { ...article, extra: 1 }, STORED_ARTICLE, true],
    ['an article with a byline and an inferred date', { ...article, author: 'Anna Berg', authorProvenance: 'text', publishedEvidence: 'a sibling' }, STORED_ARTICLE, true],
    ['an author that is a number', { ...article, author: 7 }, STORED_ARTICLE, false],
    ['a removal whose rule is not text', { ...article, removed: [{ line: 1, text: 'x', reason: 'markup', rule: 3 }] }, STORED_ARTICLE, false],
    ['a title that is a number', { ...article, title: 42 }, STORED_ARTICLE, false],
    ['a missing field', { ...article, paragraphs: undefined }, STORED_ARTICLE, false],
    ['a paragraph that is not text', { ...article, paragraphs: ['ok', null] }, STORED_ARTICLE, false],
    ['an unknown removal reason', { ...article, removed: [{ line: 1, text: 'x', reason: 'whim' }] }, STORED_ARTICLE, false],
    ['an unknown provenance', { ...article, provenance: { ...article.provenance, title: 'rumour' } }, STORED_ARTICLE, false],
    ['a line that is not finite', { ...article, paragraphLines: [Infinity] }, STORED_ARTICLE, false],
    ['a list where an article should be', [article], STORED_ARTICLE, false],
    ['null', null, STORED_ARTICLE, false],
    ['a story', { id: 's1', title: 'Bridge', articles: ['a.txt'] }, STORY, true],
    ['a story with an id list of numbers', { id: 's1', title: 'Bridge', articles: [1] }, STORY, false],
    ['an actor of an unknown kind', { id: 'x', name: 'X', kind: 'robot', aliases: [], roles: [], mentions: 1, articles: [], quotes: [], mentionsIn: [], cooccurring: [] }, ACTOR, false],
    ['an actor', { id: 'x', name: 'X', kind: 'person', aliases: [], roles: [], mentions: 1, articles: ['a'], quotes: [], mentionsIn: [{ articleId: 'a', paragraph: 0, sentence: 0, text: 'X said.', surface: 'X' }], cooccurring: [] }, ACTOR, true],
  ])('%s -> %s', (_what, value, shape, expected) => {
    expect(fits(value, shape)).toBe(expected);
  });
});
