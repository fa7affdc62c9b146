import { describe, expect, it } from 'vitest';
import { diffWords } from '../../../src/core/compare/word-diff.js';

describe('diffWords', () => {
  it.each([
    ['equal sentences are one same part', 'The talks ended.', 'The talks ended.', [{ op: 'same', text: 'The talks ended.' }]],
    ['a curly quote against a straight one is no change', '“Yes,” he said.', '"Yes," he said.', [{ op: 'same', text: '"Yes," he said.' }]],
    ['a replaced word: removal, then addition', 'Witkoff said he expects a deal', 'Witkoff claimed he expects a deal', [
      { op: 'same', text: 'Witkoff' }, { op: 'remove', text: 'said' }, { op: 'add', text: 'claimed' }, { op: 'same', text: 'he expects a deal' },
    ]],
    ['an added tail', 'We narrowed the differences.', 'We narrowed the differences, he said.', [
      { op: 'same', text: 'We narrowed the' }, { op: 'remove', text: 'differences.' }, { op: 'add', text: 'differences, he said.' },
    ]],
    ['empty against text', '', 'New sentence.', [{ op: 'add', text: 'New sentence.' }]],
  ])('%s', (_name, a, b, expected) => {
    expect(diffWords(a, b)).toEqual(expected);
  });
});
