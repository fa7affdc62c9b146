/**
 * Months and years named from the publication day: "this month", "earlier this month", "last month",
 * "next month", "this year", "earlier this year", "last year", "next year". Runs after the month-year
 * parser, which takes "August last year" whole.
 */
import { monthOf, yearOf } from '../calendar.js';
import { Cue } from '../cues.js';
import { dated, type TemporalParser } from '../model.js';
import { anyCase } from '../vocabulary.js';

const MODIFIER = `(?:${anyCase('earlier')}|${anyCase('later')})\\s+this|${anyCase('this')}\\s+coming|${anyCase('the')}\\s+coming|${anyCase('this')}|${anyCase('last')}|${anyCase('next')}`;

/** Relative months and years. */
export const relativeMonthYear: TemporalParser = {
  name: 'relative-month-year',
  cue: Cue.month | Cue.year,
  pattern: new RegExp(`\\b(?<mod>${MODIFIER})\\s+(?<unit>month|year)\\b(?!-)`, 'g'),
  resolve(match, context) {
    if (context.published === null) return null;
    const mod = (match.groups?.mod ?? '').toLowerCase();
    const offset = mod === 'last' ? -1 : mod === 'next' || mod.endsWith('coming') ? 1 : 0;
    return match.groups?.unit === 'month'
      ? dated(monthOf(context.published, offset), 'month')
      : dated(yearOf(context.published, offset), 'year');
  },
};
