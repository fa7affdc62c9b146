/**
 * A month placed in a year: "March 2025", "in August 2024", "August last year", "last August",
 * "next March". Runs before the bare month and relative year parsers, which would each take half of it.
 */
import { dayNumber, partsOf } from '../calendar.js';
import { Cue } from '../cues.js';
import { dated, type TemporalParser } from '../model.js';
import { MONTH_FULL, anyCase, monthNumber } from '../vocabulary.js';

const QUALIFIER = `(?:(?:${anyCase('early')}|${anyCase('mid')}|${anyCase('late')}|${anyCase('the')}\\s+(?:end|beginning|start|middle)\\s+of)[-\\s]+)?`;

/** Months with a year, explicit or relative. */
export const monthYear: TemporalParser = {
  name: 'month-year',
  cue: Cue.monthName,
  pattern: new RegExp(
    [
      `\\b${QUALIFIER}(?<m1>${MONTH_FULL})\\s+(?:of\\s+)?(?<y1>\\d{4})\\b`,
      `\\b${QUALIFIER}(?<m2>${MONTH_FULL})\\s+(?<rel2>last|this|next)\\s+year\\b`,
      `\\b(?<rel3>${anyCase('last')}|${anyCase('next')}|${anyCase('this')}\\s+past)\\s+(?<m3>${MONTH_FULL})\\b(?!\\s+\\d)`,
    ].join('|'),
    'g',
  ),
  resolve(match, context) {
    const g = match.groups ?? {};
    const month = monthNumber(g.m1 ?? g.m2 ?? g.m3 ?? '');
    if (month === null) return null;
    if (g.y1) return dated(dayNumber(Number(g.y1), month, 1), 'month');
    if (context.published === null) return null;
    const p = partsOf(context.published);
    if (g.rel2) {
      const offset = g.rel2 === 'last' ? -1 : g.rel2 === 'next' ? 1 : 0;
      return dated(dayNumber(p.year + offset, month, 1), 'month');
    }
    // "last August" is the most recent August strictly before this month; "next March" the first after it.
    const rel = (g.rel3 ?? '').toLowerCase();
    if (rel === 'next') return dated(dayNumber(month > p.month ? p.year : p.year + 1, month, 1), 'month');
    return dated(dayNumber(month < p.month ? p.year : p.year - 1, month, 1), 'month');
  },
};
