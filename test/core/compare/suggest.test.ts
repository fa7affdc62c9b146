import { describe, expect, it } from 'vitest';
import { closestVersions, storyPairs } from '../../../src/core/compare/index.js';
import { articleOf } from './make-article.js';

const ORIGINAL = `Flood waters rose across northern Italy on Tuesday, forcing the evacuation of 3,000 people from villages along the Po river.
The civil protection agency said 40 roads had been closed and rail services between Milan and Bologna were suspended.
"We have never seen the river this high in March," said Marco Bellini, the mayor of Piacenza.
Regional authorities asked the government in Rome to declare a state of emergency.`;
const REPRINT = `${ORIGINAL}\nThis article originally appeared at Example Wire.`;
const REWRITE = `Thousands of people were evacuated from villages on the Po as flood waters rose across northern Italy on Tuesday.
Rail services between Milan and Bologna were suspended and 40 roads closed, the civil protection agency said.
Piacenza mayor Marco Bellini said he had never seen the river this high in March.`;
const UNRELATED = `The central bank left interest rates unchanged at 4.5 percent on Thursday, citing stubborn inflation in services.
Its governor told a news conference that cuts were unlikely before the summer.`;

const original = articleOf('original', ORIGINAL);
const reprint = articleOf('reprint', REPRINT);
const rewrite = articleOf('rewrite', REWRITE);
const unrelated = articleOf('unrelated', UNRELATED);
const articles = [unrelated, rewrite, original, reprint];

describe('closestVersions', () => {
  it('ranks the reprint first, then the rewrite, far ahead of an unrelated article', () => {
    const found = closestVersions(original, articles);
    expect(found.map((v) => v.articleId).slice(0, 2)).toEqual(['reprint', 'rewrite']);
    expect(found[0]!.similarity).toBeGreaterThan(0.9);
    const other = found.find((v) => v.articleId === 'unrelated');
    expect(other?.similarity ?? 0).toBeLessThan(0.1);
  });

  it('never offers the article itself', () => {
    expect(closestVersions(original, articles).map((v) => v.articleId)).not.toContain('original');
  });

  it('looks only inside the article\'s story when the story has company', () => {
    const stories = [{ id: 's1', title: 'Floods', articles: ['original', 'rewrite'] }, { id: 's2', title: 'x', articles: ['reprint'] }];
    expect(closestVersions(original, articles, stories).map((v) => v.articleId)).toEqual(['rewrite']);
  });
});

describe('storyPairs', () => {
  it('lists every pair of a small story, most similar first', () => {
    const pairs = storyPairs({ id: 's', title: 'Floods', articles: ['original', 'rewrite', 'reprint', 'missing'] }, articles);
    expect([pairs[0]!.a, pairs[0]!.b].sort()).toEqual(['original', 'reprint']);
    expect(pairs[0]!.similarity).toBeGreaterThan(0.9);
    expect(pairs).toHaveLength(3);
    expect(pairs[0]!.similarity).toBeGreaterThanOrEqual(pairs[1]!.similarity);
    expect(pairs[1]!.similarity).toBeGreaterThanOrEqual(pairs[2]!.similarity);
  });

  it('gives no pairs for a story of one', () => {
    expect(storyPairs({ id: 's', title: 'x', articles: ['original'] }, articles)).toEqual([]);
  });
});
