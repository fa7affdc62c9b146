/**
 * A bare weekday: "on Saturday", "Sunday", "Saturday's summit", "late Monday", "Tuesday night". In
 * reporting it is the most recent such day on or before publication; in the future tense the first on
 * or after it. Plurals ("on Sundays") are habits, not dates, and do not match.
 */
import { Cue } from '../cues.js';
import { dated, type TemporalParser } from '../model.js';
import { bareWeekday } from '../news-rules.js';
import { WEEKDAY, anyCase, weekdayNumber } from '../vocabulary.js';

const LEAD = ['on', 'by', 'since', 'until', 'from', 'late', 'early', 'later', 'earlier', 'as of'].map(anyCase).join('|');

/** Bare weekdays. */
export const weekday: TemporalParser = {
  name: 'weekday',
  cue: Cue.day,
  pattern: new RegExp(
    `(?:\\b(?:${LEAD})\\s+)?\\b(?<wd>${WEEKDAY})\\b(?:['\u2019]s\\b)?(?:\\s+(?:morning|afternoon|evening|night)\\b)?`,
    'g',
  ),
  resolve(match, context) {
    const day = weekdayNumber(match.groups?.wd ?? '');
    if (day === null || context.published === null) return null;
    const future = context.isFuture(match.index, match.index + match[0].length);
    return dated(bareWeekday(context.published, day, future), 'day');
  },
};
