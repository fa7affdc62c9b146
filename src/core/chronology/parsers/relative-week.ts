/**
 * Weeks named from the publication day: "this week", "earlier this week", "later this week", "last
 * week", "next week", "this coming week", and the weekend ("over the weekend", "this weekend"). A week is
 * dated by its Monday; news-rules.ts says which week each phrase means (a Sunday ends its week).
 */
import { mondayOf } from '../calendar.js';
import { Cue } from '../cues.js';
import { dated, type TemporalParser } from '../model.js';
import { weekOf, weekdayAfter, weekdayBefore, type WeekPhrase } from '../news-rules.js';
import { anyCase } from '../vocabulary.js';

const PHRASES: ReadonlyArray<[RegExp, WeekPhrase]> = [
  [/^earlier this/, 'earlier-this'],
  [/^later this/, 'later-this'],
  [/^(?:this coming|the coming|coming)/, 'coming'],
  [/^this/, 'this'],
  [/^last/, 'last'],
  [/^next/, 'next'],
];

const SATURDAY = 5;

/** Weeks and weekends relative to publication. */
export const relativeWeek: TemporalParser = {
  name: 'relative-week',
  cue: Cue.week,
  pattern: new RegExp(
    `\\b(?<mod>(?:${anyCase('earlier')}|${anyCase('later')})\\s+this|${anyCase('this')}\\s+coming|${anyCase('the')}\\s+coming|${anyCase('this')}|${anyCase('last')}|${anyCase('next')}|(?:${anyCase('over')}|${anyCase('at')})\\s+the)\\s+(?<unit>[Ww]eek|[Ww]eekend)\\b(?!['\u2019]?s\\b|-)`,
    'g',
  ),
  resolve(match, context) {
    if (context.published === null) return null;
    const mod = (match.groups?.mod ?? '').toLowerCase().replace(/\s+/g, ' ');
    const published = context.published;
    const future = context.isFuture(match.index, match.index + match[0].length);
    if (match.groups?.unit?.toLowerCase() === 'weekend') {
      // A weekend is dated by its week; the past one is the latest Saturday on or before publication.
      const forward = future || mod === 'next' || mod.endsWith('coming');
      let saturday = forward ? weekdayAfter(published, SATURDAY, false) : weekdayBefore(published, SATURDAY, false);
      if (mod === 'last' && published - saturday < 2) saturday -= 7;
      if (mod === 'next' && saturday - published < 2) saturday += 7;
      return dated(mondayOf(saturday), 'week');
    }
    const phrase = PHRASES.find(([re]) => re.test(mod))?.[1];
    return phrase ? dated(weekOf(published, phrase, future), 'week') : null;
  },
};
