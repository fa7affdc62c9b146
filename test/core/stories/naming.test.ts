import { describe, expect, it } from 'vitest';
import { storyId, storyTitle, TITLE_LENGTH } from '../../../src/core/stories/naming.js';
import { articleOf } from '../compare/make-article.js';

describe('storyTitle', () => {
  it.each([
    ['the most central headline', ['Storm hits Florida', 'Florida Panhandle storm leaves 200,000 without power'], [0.4, 1.2],
      'Florida Panhandle storm leaves 200,000 without power'],
    ['without a site suffix', ['Trump to send top envoy to Russia | Russia-Ukraine war News'], [0], 'Trump to send top envoy to Russia'],
    ['a short headline keeps its suffix rather than become one word', ['Live | BBC'], [0], 'Live | BBC'],
  ])('%s', (_name, titles, centrality, expected) => {
    const members = titles.map((title, i) => articleOf(`a${i}`, 'x', { title }));
    expect(storyTitle(members, centrality)).toBe(expected);
  });

  it('cuts a long headline at a word, with an ellipsis', () => {
    const title = storyTitle([articleOf('a', 'x', { title: 'word '.repeat(40).trim() })], [0]);
    expect(title.length).toBeLessThanOrEqual(TITLE_LENGTH);
    expect(title).toMatch(/word…$/);
  });
});

describe('storyId', () => {
  it.each([
    ['the same members in any order give the same id', ['b.txt', 'a.txt'], ['a.txt', 'b.txt'], true],
    ['a different member gives another id', ['a.txt', 'b.txt'], ['a.txt', 'c.txt'], false],
  ])('%s', (_name, x, y, same) => {
    expect(storyId(x) === storyId(y)).toBe(same);
    expect(storyId(x)).toMatch(/^story-[0-9a-f]{16}$/);
  });
});
