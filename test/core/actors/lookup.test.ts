import { describe, expect, it } from 'vitest';
import { actorsBySentence, actorsInSentence, buildActorIndex, extractActors, sentenceKey } from '../../../src/core/actors/index.js';
import { article } from './gold.js';

const actors = extractActors([article('a.txt', [
  'US envoy Steve Witkoff met Russian President Vladimir Putin in Moscow.',
  'Joe Biden and Hunter Biden were not mentioned again.',
])]);
const index = buildActorIndex(actors);

describe('finding known actors in new text', () => {
  it.each([
    ['President Putin said the talks were useful.', ['Vladimir Putin']],
    ['Mr. Witkoff flew back to Washington.', ['Steve Witkoff']],
    ['Witkoff and Putin met again in Moscow.', ['Steve Witkoff', 'Vladimir Putin', 'Moscow']],
    ['Biden said nothing.', []],
    ['Nobody we know was there.', []],
  ])('%s -> %j', (sentence, names) => {
    expect(actorsInSentence(sentence, index).map((a) => a.name)).toEqual(names);
  });

  it('gives the canonical names of the actors of each corpus sentence', () => {
    const bySentence = actorsBySentence(actors);
    expect(bySentence.get(sentenceKey({ articleId: 'a.txt', paragraph: 0, sentence: 0 })))
      .toEqual(expect.arrayContaining(['Steve Witkoff', 'Vladimir Putin', 'Moscow', 'United States']));
    expect(bySentence.get(sentenceKey({ articleId: 'a.txt', paragraph: 5, sentence: 0 }))).toBeUndefined();
  });
});
