import { describe, expect, it } from 'vitest';
import { figuresIn } from '../../../src/core/compare/figures.js';

describe('figuresIn', () => {
  it.each([
    ['met Putin for four hours on Thursday', [['four hours', '4 hour']]],
    ['met Putin for 4 hours', [['4 hours', '4 hour']]],
    ['to propose a 30-day ceasefire', [['30-day', '30 day']]],
    ['a truce of 30 days', [['30 days', '30 day']]],
    ['about $300 billion of Russia’s assets', [['$300 billion', '300000000000 usd']]],
    ['a force of 10,000 troops from around 35 countries', [['10,000 troops', '10000 troop'], ['35 countries', '35 country']]],
    ['inflation rose 5% and wages 7 per cent', [['5%', '5 %'], ['7 per cent', '7 %']]],
    ['recognise the four Ukrainian Oblasts', [['four Ukrainian Oblasts', '4 oblast']]],
    ['seven people were killed', [['seven people', '7 people']]],
    ['1.5 million refugees', [['1.5 million refugees', '1500000 refugee']]],
  ])('%s', (text, expected) => {
    expect(figuresIn(text).map((f) => [f.text, f.key])).toEqual(expected);
  });

  it.each([
    ['dates are the chronology\'s', 'on Jan. 7, 2025, and on 28 February and November 27'],
    ['a bare year', 'frozen in 2022'],
    ['small spelled-out counts without a unit', 'one of them said the two sides met'],
  ])('ignores %s', (_name, text) => {
    expect(figuresIn(text)).toEqual([]);
  });
});
