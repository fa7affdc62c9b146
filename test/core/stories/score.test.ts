import { describe, expect, it } from 'vitest';
import { gatherEvidence } from '../../../src/core/stories/evidence.js';
import { storyScore } from '../../../src/core/stories/score.js';
import { buildTermSpace } from '../../../src/core/stories/vectors.js';
import type { Actor, ChronologyEntry } from '../../../src/core/types.js';
import { articleOf } from '../compare/make-article.js';
import { STORM_TABLOID, STORM_WIRE } from './made-up.js';

const actor = (name: string, articles: string[]): Actor => ({
  id: name, name, kind: 'person', aliases: [], roles: [], mentions: 1, articles, quotes: [], mentionsIn: [], cooccurring: [],
});
const event = (id: string, articleIds: string[]): ChronologyEntry => ({
  id, date: '2025-03-16', precision: 'day', text: 'storm', actors: [], conflict: null,
  sources: articleIds.map((articleId) => ({ articleId, outlet: null, expression: 'on Sunday', sentence: '', paragraph: 0, date: '2025-03-16' })),
});

function score(publishedB: string, actors: Actor[] = [], chronology: ChronologyEntry[] = []): number {
  const articles = [
    articleOf('a', STORM_WIRE, { published: '2025-03-16' }),
    articleOf('b', STORM_TABLOID, { published: publishedB }),
  ];
  const space = buildTermSpace(articles);
  return storyScore(space.vectors, gatherEvidence(articles, actors, chronology), 0, 1);
}

describe('storyScore', () => {
  const base = score('2025-03-17');
  it.each([
    ['a shared actor adds', () => score('2025-03-17', [actor('Ron DeSantis', ['a', 'b'])]), 'more'],
    ['a shared dated event adds', () => score('2025-03-17', [], [event('e1', ['a', 'b'])]), 'more'],
    ['a month between them costs', () => score('2025-04-16'), 'less'],
    ['eight months between them cost more', () => score('2025-11-16'), 'much less'],
  ])('%s', (_name, other, expected) => {
    const value = other();
    if (expected === 'more') expect(value).toBeGreaterThan(base);
    if (expected === 'less') expect(value).toBeLessThan(base - 0.2);
    if (expected === 'much less') expect(value).toBeLessThan(score('2025-04-16'));
  });
});
