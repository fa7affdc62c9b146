/**
 * Days named from the publication day: "yesterday", "today", "tomorrow", "last night", "overnight",
 * "this morning", "the day before yesterday". A night belongs to the day it began: "last night" and
 * "overnight" are the day before publication, the way a morning report means the night just past.
 */
import { Cue } from '../cues.js';
import { dated, type TemporalParser } from '../model.js';
import { anyCase } from '../vocabulary.js';

const OFFSETS: ReadonlyArray<[string, number]> = [
  ['the day before yesterday', -2],
  ['the day after tomorrow', 2],
  ['yesterday', -1],
  ['last night', -1],
  ['overnight', -1],
  ['today', 0],
  ['tonight', 0],
  ['this morning', 0],
  ['this afternoon', 0],
  ['this evening', 0],
  ['tomorrow', 1],
];

const BY_PHRASE = new Map(OFFSETS);

/** Yesterday, today, tomorrow and their kin. */
export const relativeDay: TemporalParser = {
  name: 'relative-day',
  cue: Cue.day | Cue.night | Cue.partOfDay,
  pattern: new RegExp(
    `\\b(?:(?:${anyCase('earlier')}|${anyCase('later')})\\s+)?(?<p>${OFFSETS.map(([p]) => p.split(' ').map((w, i) => (i === 0 ? anyCase(w) : w)).join('\\s+')).join('|')})\\b(?!['\u2019]s\\s+(?:world|society|youth|standards|technology|economy))`,
    'g',
  ),
  resolve(match, context) {
    if (context.published === null) return null;
    const phrase = (match.groups?.p ?? '').toLowerCase().replace(/\s+/g, ' ');
    const offset = BY_PHRASE.get(phrase);
    return offset === undefined ? null : dated(context.published + offset, 'day');
  },
};
