import { describe, expect, it } from 'vitest';
import { SUBCOMMANDS } from '../../src/commands/args.js';
import { editDistance, nearest } from '../../src/commands/suggest.js';

describe('did you mean', () => {
  it.each([
    ['actros', 'actors'],
    ['artciles', 'articles'],
    ['timelin', 'timeline'],
    ['Stories', 'stories'],
    ['compar', 'compare'],
    ['reprot', 'report'],
  ])('%s → %s', (typed, meant) => expect(nearest(typed, SUBCOMMANDS)).toBe(meant));

  it.each(['data', 'corpus', 'xyz', 'articles'])('%s suggests nothing (a folder, or already right)', (typed) => {
    expect(nearest(typed, SUBCOMMANDS)).toBeUndefined();
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('actros', 'actors')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
