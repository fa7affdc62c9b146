/**
 * A month on its own after a preposition: "in August", "since March", "mid-March", "by June". Without the
 * preposition a capitalised "March" or "May" is too often a verb or a name. The month is the most recent
 * past one (the publication month included) unless the words around it speak of the future.
 */
import { Cue } from '../cues.js';
import { dated, type TemporalParser } from '../model.js';
import { bareMonth as nearestMonth } from '../news-rules.js';
import { MONTH_FULL, anyCase, monthNumber } from '../vocabulary.js';

const LEAD = ['in', 'since', 'by', 'until', 'till', 'from', 'through', 'during', 'before', 'after', 'early', 'late', 'mid', 'of', 'throughout']
  .map(anyCase)
  .join('|');

/** Months without a year. */
export const bareMonth: TemporalParser = {
  name: 'bare-month',
  cue: Cue.monthName,
  pattern: new RegExp(`\\b(?:${LEAD})(?:\\s+|-)(?:(?:early|late|mid)[-\\s]+)?(?<m>${MONTH_FULL})\\b(?!\\s+\\d)`, 'g'),
  resolve(match, context) {
    const month = monthNumber(match.groups?.m ?? '');
    if (month === null || context.published === null) return null;
    const future = context.isFuture(match.index, match.index + match[0].length);
    return dated(nearestMonth(context.published, month, future), 'month');
  },
};
