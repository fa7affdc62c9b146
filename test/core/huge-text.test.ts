import { describe, expect, it } from 'vitest';
import { nameKey } from '../../src/core/actors/normalise.js';
import { analyseCorpus } from '../../src/core/analyse.js';
import { findTemporalMatches } from '../../src/core/chronology/extract.js';
import type { SourceDocument } from '../../src/core/types.js';

const doc = (id: string, text: string): SourceDocument => ({ id, file: id, text, fileFields: {}, manifestFields: {}, warnings: [], contentHash: id });
const GOOD = doc('good.txt', 'Ceasefire talks resume\n\nGENEVA, March 16 - Negotiators will meet again on Tuesday, a spokesperson said.\n');

// Each of these threw "Maximum call stack size exceeded" (V8 regexes keep a backtrack entry per repeat
// of `x{4,}` and `(.)\1+`) or ran for minutes, and took every article of the folder with it.
describe('one huge line does not cost the folder', () => {
  // In capitals it meets both the heading regex and the name keys (the CLI test has a lower-case one).
  it('analyses a 20 MB word in capitals with the other articles', { timeout: 240_000 }, () => {
    const corpus = analyseCorpus('/corpus', [GOOD, doc('word.txt', `Heading\n\n${'A'.repeat(20_000_000)}\n`)], []);
    expect(corpus.articles.map((a) => a.id).sort()).toEqual(['good.txt', 'word.txt']);
    expect(corpus.warnings).toEqual([]);
  });

  it('keys a name of one repeated letter in a loop', () => {
    expect(nameKey('A'.repeat(20_000_000))).toBe('a');
    expect(nameKey('Leavitt')).toBe('leavit');
    expect(nameKey('Zelenskyy')).toBe(nameKey('Zelensky'));
  });

  // 1 MB of "March 1, " is one sentence of 110,000 dates: claiming them was quadratic (hours at 20 MB).
  it('finds every date of a sentence made of dates', { timeout: 120_000 }, () => {
    const sentence = 'March 1, 2025 and '.repeat(60_000);
    const matches = findTemporalMatches(sentence, null);
    expect(matches).toHaveLength(60_000);
    expect(matches.every((m, i) => i === 0 || m.start >= matches[i - 1]!.end)).toBe(true);
  });

  it('makes one document that breaks cleaning a warning naming it, and analyses the rest', () => {
    const broken = { ...doc('broken.txt', ''), text: undefined as unknown as string };
    const corpus = analyseCorpus('/corpus', [GOOD, broken], []);
    expect(corpus.articles.map((a) => a.id)).toEqual(['good.txt']);
    expect(corpus.warnings).toEqual([{ file: 'broken.txt', reason: expect.stringMatching(/^could not be analysed \(TypeError: /), skipped: true }]);
  });
});
