/**
 * A year on its own: "in 2022", "since 2014", "the 2024 election". A four-digit number is a year only
 * after a preposition or article, or at the end of a clause; "2000 troops" is a count.
 */
import { dayNumber } from '../calendar.js';
import { Cue } from '../cues.js';
import { dated, type TemporalParser } from '../model.js';
import { anyCase } from '../vocabulary.js';

const LEAD = ['in', 'since', 'by', 'until', 'till', 'from', 'through', 'during', 'before', 'after', 'of', 'early', 'late', 'mid', 'throughout', 'the', 'to', 'and', 'between']
  .map(anyCase)
  .join('|');

/** What may follow a bare year: the end of a clause. */
const CLAUSE_END = /^\s*(?:[.,;:)!?\u2019\u201d"']|$)/;

/** Years from 1900 to 2099. */
export const year: TemporalParser = {
  name: 'year',
  cue: Cue.digit,
  pattern: new RegExp(
    `(?:\\b(?<lead>${LEAD})[-\\s]+)?(?<![\\d$\u20ac\u00a3.,])\\b(?<y>19\\d\\d|20\\d\\d)\\b(?!-?\\d|[.,]\\d|%|-\\p{L}|\\s*(?:bn|m|km|kg)\\b)`,
    'gu',
  ),
  resolve(match, context) {
    const g = match.groups ?? {};
    const after = context.sentence.slice(match.index + match[0].length);
    if (!g.lead && !CLAUSE_END.test(after)) return null;
    return dated(dayNumber(Number(g.y), 1, 1), 'year');
  },
};
