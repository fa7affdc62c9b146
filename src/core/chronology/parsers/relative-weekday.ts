/**
 * A weekday with a modifier: "last Thursday" (the most recent one strictly before publication), "next
 * Monday" (the first strictly after), "this past Sunday", "this Friday" / "this coming Friday" (forward in
 * the future tense, back otherwise). Runs before the bare weekday parser, which would drop the modifier.
 */
import { Cue } from '../cues.js';
import { dated, type TemporalParser } from '../model.js';
import { bareWeekday, weekdayAfter, weekdayBefore } from '../news-rules.js';
import { WEEKDAY, anyCase, weekdayNumber } from '../vocabulary.js';

const MODIFIER = `${anyCase('this')}\\s+past|${anyCase('this')}\\s+coming|${anyCase('last')}|${anyCase('next')}|${anyCase('this')}|${anyCase('past')}`;

/** Weekdays with last/next/this. */
export const relativeWeekday: TemporalParser = {
  name: 'relative-weekday',
  cue: Cue.day,
  pattern: new RegExp(`\\b(?<mod>${MODIFIER})\\s+(?<wd>${WEEKDAY})\\b(?:['\u2019]s)?`, 'g'),
  resolve(match, context) {
    const weekday = weekdayNumber(match.groups?.wd ?? '');
    if (weekday === null || context.published === null) return null;
    const mod = (match.groups?.mod ?? '').toLowerCase().replace(/\s+/g, ' ');
    const published = context.published;
    if (mod === 'last' || mod === 'past' || mod === 'this past') return dated(weekdayBefore(published, weekday, true), 'day');
    if (mod === 'next') return dated(weekdayAfter(published, weekday, true), 'day');
    if (mod === 'this coming') return dated(weekdayAfter(published, weekday, false), 'day');
    const future = context.isFuture(match.index, match.index + match[0].length);
    return dated(bareWeekday(published, weekday, future), 'day');
  },
};
