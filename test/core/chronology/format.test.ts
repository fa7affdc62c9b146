import { describe, expect, it } from 'vitest';
import { formatChronologyDate } from '../../../src/core/chronology/index.js';

describe('an entry\u2019s date for people', () => {
  it.each([
    ['2025-03-16', 'day', 'Sun 16 Mar 2025'],
    ['2025-02-28', 'day', 'Fri 28 Feb 2025'],
    ['2025-03-10', 'week', 'week of 10 Mar 2025'],
    ['2025-03', 'month', 'March 2025'],
    ['2024-08', 'month', 'August 2024'],
    ['2025', 'year', '2025'],
    ['not a date', 'day', 'not a date'],
  ] as const)('%s (%s) -> %s', (date, precision, shown) => {
    expect(formatChronologyDate({ date, precision })).toBe(shown);
  });
});
