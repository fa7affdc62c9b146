import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../../src/core/types.js';
import { summaryLines } from '../../../src/ui/compare/summary.js';

const comparison: Comparison = {
  a: { id: 'wire.txt', outlet: 'Harbour Wire', title: 'Strike ends' },
  b: { id: 'tabloid.txt', outlet: 'Daily Flash', title: 'Strike OVER' },
  similarity: 0.62,
  rows: [],
  quotes: [
    { text: 'We have a deal', in: 'both', a: 'We have a deal', b: 'We have a deal' },
    { text: 'back to normal', in: 'altered', a: 'back to normal', b: 'back to normal soon' },
    { text: 'a fair raise', in: 'a', a: 'a fair raise', b: null },
  ],
  actorsOnlyA: ['Henrik Lund'],
  actorsOnlyB: ['Lena Vogt', 'Maria Okafor', 'Northport Council', 'Port Authority', 'Dock Union', 'Harbour Police', 'Coast Guard', 'Ferry Company', 'Chamber of Commerce'],
  figuresOnlyA: ['9 percent'],
  figuresOnlyB: [],
  attributionChanges: [{ a: 'x', b: 'y', verbA: 'said', verbB: 'claimed' }],
};
const lines = (width: number, max: number) => summaryLines(comparison, width, max).map((l) => l.map((s) => s.text).join(''));

describe('summaryLines', () => {
  it('counts the quotes, names who and what only one side has, and the verbs that differ, leaving out empty lists', () => {
    expect(lines(200, 10)).toEqual([
      'Quotes: 1 in both · 1 altered · 1 only in A · 0 only in B',
      'Altered quote: A “back to normal” · B “back to normal soon”',
      'Quoted only in A: “a fair raise”',
      'Actors only in A: Henrik Lund',
      'Actors only in B: Lena Vogt, Maria Okafor, Northport Council, Port Authority, Dock Union, Harbour Police, Coast Guard, Ferry Company and 1 more',
      'Figures only in A: 9 percent',
      'Verbs differ: said → claimed (“x”)',
      'Quoted in both: “We have a deal”',
    ]);
  });

  it('gives every item a line before any gets a second, and cuts with an ellipsis', () => {
    const narrow = lines(40, 7);
    expect(narrow).toHaveLength(7);
    expect(narrow[4]).toMatch(/^Actors only in B: .*…$/);
    expect(narrow[6]).toBe('Verbs differ: said → claimed (“x”)');
    expect(narrow.every((l) => [...l].length <= 40)).toBe(true);
  });

  it('lets a long item wrap to a second line when there is room', () => {
    const roomy = lines(60, 10);
    expect(roomy.findIndex((l) => l.startsWith('Actors only in B'))).toBe(4);
    expect(roomy[5]).not.toMatch(/^[A-Z][a-z]+ only in|^Verbs/);
  });
});
