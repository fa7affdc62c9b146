import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/text/sentences.js';

describe('splitSentences', () => {
  it.each([
    ['One. Two.', ['One.', 'Two.']],
    ['Mr. Witkoff met Putin. He said so.', ['Mr. Witkoff met Putin.', 'He said so.']],
    ['On Jan. 7, 2025, in Palm Beach, Fla. he spoke.', ['On Jan. 7, 2025, in Palm Beach, Fla. he spoke.']],
    ['The U.S. military left. Then it rained.', ['The U.S. military left.', 'Then it rained.']],
    ['“It is over,” he said. “Truly.”', ['“It is over,” he said.', '“Truly.”']],
    ['Growth was 3.5 percent. See Antiwar.com today.', ['Growth was 3.5 percent.', 'See Antiwar.com today.']],
    ['John F. Kennedy spoke. Really?', ['John F. Kennedy spoke.', 'Really?']],
    ['   ', []],
  ])('%j', (paragraph, sentences) => {
    expect(splitSentences(paragraph)).toEqual(sentences);
  });

  it('splits a 1 MB paragraph in linear time', () => {
    // Many full stops that end no sentence ("e.g. lower case"): each must cost O(word), not O(sentence).
    const paragraph = 'approx. value '.repeat(80_000) + 'end. Next one.';
    const started = performance.now();
    expect(splitSentences(paragraph)).toHaveLength(2);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
