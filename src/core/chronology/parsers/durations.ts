/**
 * Durations and vague spans are not dates: "for four hours", "a 30-day ceasefire", "within weeks",
 * "in the coming days", "over the past week", "a few weeks ago". This parser claims them so that no
 * later parser reads a date out of their words; it resolves to nothing.
 */
import { Cue } from '../cues.js';
import type { TemporalParser } from '../model.js';
import { COUNT, VAGUE_COUNT } from '../vocabulary.js';

const PREP = '(?:[Ff]or|[Oo]ver|[Ww]ithin|[Ii]n|[Dd]uring|[Tt]hroughout|[Oo]f|[Ff]rom|[Aa]fter|[Bb]efore|[Uu]ntil|[Ff]or\\s+up\\s+to|[Uu]p\\s+to)';
const UNIT = '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)';
const UNITS = '(?:hours|days|nights|weeks|months|years|decades)';
const ROLLING = '(?:past|last|next|coming|following|previous|recent|first|final)';

/** Claims durations and vague spans. */
export const durations: TemporalParser = {
  name: 'durations',
  cue: Cue.dayUnit | Cue.week | Cue.month | Cue.year | Cue.night | Cue.span, // not the "day" of "Monday"
  pattern: new RegExp(
    [
      // "for four hours", "over the next several days", "in the past three months"
      `\\b${PREP}\\s+(?:the\\s+)?(?:${ROLLING}\\s+)?(?:${COUNT}|${VAGUE_COUNT})\\s+${UNIT}\\b`,
      // "within weeks", "in the coming weeks", "in recent weeks", "for years"
      `\\b${PREP}\\s+(?:the\\s+)?(?:${ROLLING}\\s+)?${UNITS}\\b`,
      // "over the past week", "for the last year": a rolling span, not the calendar week
      `\\b${PREP}\\s+the\\s+(?:past|last)\\s+${UNIT}\\b`,
      // "a 30-day ceasefire", "the two-week pause", "a 10-year-old"
      `\\b${COUNT}-${UNIT}(?:-(?:long|old))?\\b`,
      // "a few weeks ago", "several days later": too vague to place
      `\\b${VAGUE_COUNT}\\s+${UNITS}\\s+(?:ago|away|later|earlier|before|after)\\b`,
      // "weeks away", "days later" without a count
      `(?<!\\b${COUNT}\\s)\\b${UNITS}\\s+(?:ago|away|later|earlier)\\b`,
    ].join('|'),
    'gi', // a sentence may open with "Two days later"
  ),
  resolve: () => null,
};
