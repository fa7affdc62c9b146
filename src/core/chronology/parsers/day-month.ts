/**
 * A day and month without a year: "28 February", "November 27", "Jan. 7", "July Fourth". The year is the one that puts
 * the date on or before publication, or on or after it in the future tense ("the upcoming holiday on
 * November 27"). Runs after full dates so "March 11, 2025" is not cut short.
 */
import { Cue } from '../cues.js';
import { dated, withWeekdayCheck, type TemporalParser } from '../model.js';
import { dayOfMonth } from '../news-rules.js';
import { MONTH, WEEKDAY, monthNumber } from '../vocabulary.js';

const LEAD = `(?:${WEEKDAY},?\\s+)?`;
const ORD = '(?:st|nd|rd|th)?';
const UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
/** Ordinal words for the days of a month ("July Fourth", "the Fourth of July"), 1-31. */
const ORDINAL_DAYS: ReadonlyMap<string, number> = new Map([
  ...UNITS.map((w, i): [string, number] => [w, i + 1]),
  ...TEENS.map((w, i): [string, number] => [w, i + 10]),
  ['twentieth', 20], ...UNITS.map((w, i): [string, number] => [`twenty-${w}`, i + 21]),
  ['thirtieth', 30], ['thirty-first', 31],
]);
const ORDINAL = `(?:${[...ORDINAL_DAYS.keys()].sort((a, b) => b.length - a.length).map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})`;

/** Day and month, year inferred. */
export const dayMonth: TemporalParser = {
  name: 'day-month',
  cue: Cue.monthName,
  pattern: new RegExp(
    [
      `\\b${LEAD}(?<m1>${MONTH})\\s+(?<d1>\\d{1,2})${ORD}\\b(?![.,]?\\d)`,
      `\\b${LEAD}(?:the\\s+)?(?<d2>\\d{1,2})${ORD}\\s+(?:of\\s+)?(?<m2>${MONTH})`,
      `\\b(?<m3>${MONTH})\\s+(?<o3>${ORDINAL})\\b`,
      `\\b(?:[Tt]he\\s+)?(?<o4>${ORDINAL})\\s+of\\s+(?<m4>${MONTH})`,
    ].join('|'),
    'g',
  ),
  resolve(match, context) {
    if (context.published === null) return null;
    const g = match.groups ?? {};
    const month = monthNumber(g.m1 ?? g.m2 ?? g.m3 ?? g.m4 ?? '');
    if (month === null) return null;
    const future = context.isFuture(match.index, match.index + match[0].length);
    const ordinal = g.o3 ?? g.o4;
    const dayOfMatch = ordinal ? (ORDINAL_DAYS.get(ordinal.toLowerCase()) ?? 0) : Number(g.d1 ?? g.d2);
    const day = dayOfMonth(context.published, month, dayOfMatch, future);
    return day === null ? null : withWeekdayCheck(dated(day, 'day'), match[0]);
  },
};
