import { describe, expect, it } from 'vitest';
import { groupStories } from '../../../src/core/stories/index.js';
import type { Article, Story } from '../../../src/core/types.js';
import { bundledArticle } from '../compare/bundled-article.js';
import { articleOf } from '../compare/make-article.js';
import { EARNINGS_BROADSHEET, STORM_TABLOID, STORM_WIRE, TRANSFER_LIVE_BLOG } from './made-up.js';

const BUNDLED: [string, string][] = [
  ['000_75b3c83de6283c49.txt', '2025-03-16'],
  ['001_c6b1b057d003f2a4.txt', '2025-11-25'],
  ['002_447bd63e341bbe2f.txt', '2025-03-12'],
  ['003_c615901a6ae9aefa.txt', '2025-03-16'],
  ['004_59b8696aead8bd0d.txt', '2025-03-16'],
];
const bundled = BUNDLED.map(([file, published]) => bundledArticle(file, published));
const madeUp = [
  articleOf('storm-wire', STORM_WIRE, { published: '2025-03-16' }),
  articleOf('storm-tabloid', STORM_TABLOID, { published: '2025-03-17' }),
  articleOf('earnings', EARNINGS_BROADSHEET, { published: '2025-03-16' }),
  articleOf('transfer', TRANSFER_LIVE_BLOG, { published: '2025-03-16' }),
];

const storyOf = (stories: Story[], id: string) => stories.find((s) => s.articles.includes(id))?.articles.slice().sort();

describe('groupStories', () => {
  const stories = groupStories([...bundled, ...madeUp], [], []);

  it('groups the four March reports on the ceasefire talks (bundled corpus)', () => {
    expect(storyOf(stories, '003_c615901a6ae9aefa.txt')).toEqual([
      '000_75b3c83de6283c49.txt', '002_447bd63e341bbe2f.txt', '003_c615901a6ae9aefa.txt', '004_59b8696aead8bd0d.txt',
    ]);
  });

  it('keeps the November report out of the March story, however alike its words', () => {
    expect(storyOf(stories, '001_c6b1b057d003f2a4.txt')).toEqual(['001_c6b1b057d003f2a4.txt']);
  });

  it.each([
    ['a wire report and a tabloid rewrite of the same storm, a day apart', 'storm-wire', 'storm-tabloid', true],
    ['two unrelated articles published the same day', 'earnings', 'transfer', false],
    ['an unrelated article and the storm, same day', 'earnings', 'storm-wire', false],
    ['a live blog on football and the war reports, same day', 'transfer', '003_c615901a6ae9aefa.txt', false],
  ])('%s: together %s', (_name, x, y, together) => {
    expect(storyOf(stories, x)?.includes(y)).toBe(together);
  });

  it('puts every article in exactly one story, singletons included', () => {
    const all = stories.flatMap((s) => s.articles).sort();
    expect(all).toEqual([...bundled, ...madeUp].map((a) => a.id).sort());
  });

  it('titles a story by its most central article\'s headline', () => {
    const march = stories.find((s) => s.articles.includes('003_c615901a6ae9aefa.txt'));
    const titles = bundled.map((a) => a.title);
    expect(titles).toContain(march?.title);
  });

  it('gives the same ids whatever order the articles come in', () => {
    const reversed = groupStories([...madeUp, ...bundled].reverse(), [], []);
    const ids = (list: Story[]) => list.map((s) => `${s.id}:${s.articles.slice().sort().join(',')}`).sort();
    expect(ids(reversed)).toEqual(ids(stories));
  });

  it('groups a reprint with its original even when the reprint site adds its own furniture', () => {
    const original = articleOf('wire', STORM_WIRE, { published: '2025-03-16' });
    const reprint = articleOf('blog', `${STORM_WIRE}\nThis article originally appeared at Example Wire.`, { published: null });
    const result = groupStories([original, reprint, ...madeUp.slice(2)], [], []);
    expect(storyOf(result, 'wire')).toEqual(['blog', 'wire']);
  });

  it('is total: no articles, no stories; an empty article is a story of its own', () => {
    expect(groupStories([], [], [])).toEqual([]);
    const lone: Article = articleOf('empty', '');
    expect(groupStories([lone], [], [])).toMatchObject([{ articles: ['empty'] }]);
  });
});
