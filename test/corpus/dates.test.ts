import { describe, expect, it } from 'vitest';
import { normaliseDate } from '../../src/corpus/dates.js';

describe('normaliseDate', () => {
  it.each<[unknown, string | null]>([
    ['2025-03-16', '2025-03-16'],
    ['2025-3-6', '2025-03-06'],
    ['2025/03/16', '2025-03-16'],
    ['2025-03-16T22:30:00-05:00', '2025-03-16'], // the day as printed, not shifted to UTC
    ['2025-03-16 08:00', '2025-03-16'],
    ['March 16, 2025', '2025-03-16'],
    ['Mar. 16, 2025', '2025-03-16'],
    ['Sunday, March 16th, 2025', '2025-03-16'],
    ['16 March 2025', '2025-03-16'],
    ['Sun, 16 Mar 2025 10:00:00 GMT', '2025-03-16'],
    ['Sept 2, 2024', '2024-09-02'],
    [1742083200, '2025-03-16'], // epoch seconds
    [1742083200000, '2025-03-16'], // epoch milliseconds
    ['March 16', null], // no year: which March?
    ['last Tuesday', null],
    ['2025-02-30', null],
    ['2025-13-01', null],
    ['', null],
    [null, null],
    [{ day: 16 }, null],
  ])('%j -> %j', (input, expected) => {
    expect(normaliseDate(input)).toBe(expected);
  });
});
