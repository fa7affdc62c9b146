/**
 * A day and month without a year: "28 February", "November 27", "Jan. 7". The year is the one that puts
 * the date on or before publication, or on or after it in the future tense ("the upcoming holiday on
 * November 27"). Runs after full dates so "March 11, 2025" is not cut short.
 */
import { Cue } from '../cues.js';
import { dated, type TemporalParser } from '../model.js';
import { dayOfMonth } from '../news-rules.js';
import { MONTH, WEEKDAY, monthNumber } from '../vocabulary.js';

const LEAD = `(?:${WEEKDAY},?\\s+)?`;
const ORD = '(?:st|nd|rd|th)?';

/** Day and month, year inferred. */
export const dayMonth: TemporalParser = {
  name: 'day-month',
  cue: Cue.monthName,
  pattern: new RegExp(
    [
      `\\b${LEAD}(?<m1>${MONTH})\\s+(?<d1>\\d{1,2})${ORD}\\b(?![.,]?\\d)`,
      `\\b${LEAD}(?:the\\s+)?(?<d2>\\d{1,2})${ORD}\\s+(?:of\\s+)?(?<m2>${MONTH})`,
    ].join('|'),
    'g',
  ),
  resolve(match, context) {
    if (context.published === null) return null;
    const g = match.groups ?? {};
    const month = monthNumber(g.m1 ?? g.m2 ?? '');
    if (month === null) return null;
    const future = context.isFuture(match.index, match.index + match[0].length);
    const day = dayOfMonth(context.published, month, Number(g.d1 ?? g.d2), future);
    return day === null ? null : dated(day, 'day');
  },
};
