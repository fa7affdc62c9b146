/**
 * Counted spans back from publication: "three days ago" (a day), "two weeks ago" (that week), "six
 * months ago" (that month), "two years ago" (that year). Vague counts ("a few weeks ago") were claimed by
 * the durations parser and never get here.
 */
import { monthOf, yearOf } from '../calendar.js';
import { Cue } from '../cues.js';
import { dated, type TemporalParser } from '../model.js';
import { COUNT, countValue } from '../vocabulary.js';

/** "N units ago". */
export const ago: TemporalParser = {
  name: 'ago',
  cue: Cue.ago,
  pattern: new RegExp(`\\b(?<n>${COUNT})\\s+(?<unit>day|week|month|year)s?\\s+ago\\b`, 'gi'),
  resolve(match, context) {
    const n = countValue(match.groups?.n ?? '');
    if (n === null || context.published === null) return null;
    const published = context.published;
    switch (match.groups?.unit?.toLowerCase()) {
      case 'day': return dated(published - n, 'day');
      case 'week': return dated(published - 7 * n, 'week');
      case 'month': return dated(monthOf(published, -n), 'month');
      case 'year': return dated(yearOf(published, -n), 'year');
      default: return null;
    }
  },
};
