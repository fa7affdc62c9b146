/**
 * A weekday inside a name is not a date: newspapers and programmes ("the Sunday Times", "Saturday Night
 * Live") and named days ("Good Friday", "Bloody Sunday", "Super Tuesday") whose date the weekday parser
 * would get wrong. Claimed here, before the weekday parsers run; resolves to nothing. "Sunday shows" is
 * not here on purpose: "making the rounds of the Sunday shows" in a Sunday article means that Sunday.
 */
import { Cue } from '../cues.js';
import type { TemporalParser } from '../model.js';
import { WEEKDAY } from '../vocabulary.js';

const TITLE_WORDS = '(?:Times|Telegraph|Mirror|Express|Post|Herald|Observer|Independent|People|Sport|Star|Mail|Tribune|Journal|Review|Magazine|Edition|Night\\s+Live|Morning\\s+Live|Politics|Brunch|Kitchen)';
const NAMED = '(?:Good|Black|Bloody|Super|Holy|Easter|Palm|Ash|Cyber|Shrove|Maundy|Giving|Blue|Red)';

/** Claims weekdays that are part of a name. */
export const namedDays: TemporalParser = {
  name: 'named-days',
  cue: Cue.day,
  pattern: new RegExp(`\\b${WEEKDAY}\\s+${TITLE_WORDS}\\b|\\b${NAMED}\\s+${WEEKDAY}\\b`, 'g'),
  resolve: () => null,
};
