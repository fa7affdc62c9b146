import { describe, expect, it } from 'vitest';
import { comparisonOf } from '../../../src/ui/compare/comparison-cache.js';
import { versionsCorpus } from './versions.js';

describe('comparisonOf', () => {
  it('compares a pair once and hands back the same comparison on every render, per order of the pair', () => {
    const corpus = versionsCorpus();
    const [wire, tabloid] = ['wire.txt', 'tabloid.txt'].map((id) => corpus.articles.find((a) => a.id === id)!);
    const first = comparisonOf(corpus, wire!, tabloid!);
    expect(comparisonOf(corpus, wire!, tabloid!)).toBe(first);
    const reversed = comparisonOf(corpus, tabloid!, wire!);
    expect(reversed).not.toBe(first);
    expect(reversed.a.id).toBe('tabloid.txt');
  });
});
