/**
 * A full calendar date: "March 11, 2025", "Jan. 7, 2025", "11 March 2025", "Monday, March 17, 2025",
 * "2025-03-11". Needs no publication date; a leading weekday is taken in, so the weekday parser does not
 * read it again.
 */
import { validDay } from '../calendar.js';
import { Cue } from '../cues.js';
import { dated, withWeekdayCheck, type TemporalParser } from '../model.js';
import { MONTH, WEEKDAY, monthNumber } from '../vocabulary.js';

const LEAD = `(?:${WEEKDAY},?\\s+)?`;
const ORD = '(?:st|nd|rd|th)?';

/** Full dates with a year. */
export const fullDate: TemporalParser = {
  name: 'full-date',
  cue: Cue.digit,
  pattern: new RegExp(
    [
      `\\b${LEAD}(?<m1>${MONTH})\\s+(?<d1>\\d{1,2})${ORD},?\\s+(?<y1>\\d{4})\\b`,
      `\\b${LEAD}(?:the\\s+)?(?<d2>\\d{1,2})${ORD}\\s+(?:of\\s+)?(?<m2>${MONTH}),?\\s+(?<y2>\\d{4})\\b`,
      '\\b(?<y3>\\d{4})-(?<m3>\\d{2})-(?<d3>\\d{2})\\b',
    ].join('|'),
    'g',
  ),
  resolve(match) {
    const g = match.groups ?? {};
    const year = Number(g.y1 ?? g.y2 ?? g.y3);
    const month = g.m3 ? Number(g.m3) : monthNumber(g.m1 ?? g.m2 ?? '');
    const day = validDay(year, month ?? 0, Number(g.d1 ?? g.d2 ?? g.d3));
    return day === null ? null : withWeekdayCheck(dated(day, 'day'), match[0]);
  },
};
