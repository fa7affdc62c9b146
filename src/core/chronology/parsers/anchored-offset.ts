/**
 * Offsets from the date the sentence is already about: "two days earlier", "a day later", "the day
 * before", "the next day", "a week later", "the same day". They resolve in the anchor refiner, once the
 * sentence's other dates are known. "two days after the attack" counts from an event, not a date, and
 * resolves to nothing. "the day before yesterday" is left to the relative-day parser.
 */
import { Cue } from '../cues.js';
import type { TemporalParser } from '../model.js';
import { COUNT, anyCase, countValue } from '../vocabulary.js';

/** What follows an offset when it counts from a named event ("after the attack"). */
const EVENT_AFTER = /^\s+(?:the|a|an|his|her|their|its|this|that|these|those|[A-Z][\w'’-]*)\b/;

const FIXED: ReadonlyMap<string, number> = new Map([
  ['the day before', -1], ['the previous day', -1], ['the day after', 1], ['the next day', 1],
  ['the following day', 1], ['the same day', 0], ['the week before', -7], ['the previous week', -7],
  ['the following week', 7], ['the week after', 7], ['the next week', 7],
]);

/** Offsets resolved against the sentence's anchor date. */
export const anchoredOffset: TemporalParser = {
  name: 'anchored-offset',
  cue: Cue.dayUnit | Cue.week,
  pattern: new RegExp(
    `\\b(?:(?<n>${COUNT})\\s+(?<unit>days?|weeks?)\\s+(?<dir>earlier|later|before|after|previously)|(?<fixed>${anyCase('the')}\\s+(?:day|week)\\s+(?:before|after)|${anyCase('the')}\\s+(?:previous|next|following|same)\\s+(?:day|week)))\\b(?!\\s+(?:yesterday|tomorrow)\\b)`,
    'gi',
  ),
  resolve(match, context) {
    const g = match.groups ?? {};
    const rest = context.sentence.slice(match.index + match[0].length, match.index + match[0].length + 24);
    const endsWithLink = /(?:before|after)$/.test(match[0]);
    if (endsWithLink && EVENT_AFTER.test(rest)) return null;
    if (g.fixed) {
      const offset = FIXED.get(g.fixed.toLowerCase().replace(/\s+/g, ' '));
      if (offset === undefined) return null;
      return { kind: 'anchored', offsetDays: offset, precision: /week/.test(g.fixed) ? 'week' : 'day' };
    }
    const n = countValue(g.n ?? '');
    if (n === null) return null;
    const sign = g.dir === 'later' || g.dir === 'after' ? 1 : -1;
    const week = (g.unit ?? '').startsWith('week');
    return { kind: 'anchored', offsetDays: sign * n * (week ? 7 : 1), precision: week ? 'week' : 'day' };
  },
};
