/**
 * Cues: cheap tests of which kinds of temporal word a sentence holds, taken once per sentence with
 * plain substring searches, so that a parser's regex runs only on sentences that could match it. Most
 * sentences hold none, and substring searches cost a fraction of a regex alternation.
 */

/** Kinds of temporal word, as bits. */
export const Cue = {
  digit: 1,
  monthName: 2,
  /** "day" anywhere: weekdays, "today", "yesterday", "day". */
  day: 4,
  /** "day" or "days" as a unit word ("a day", "two days", "30-day"), not a weekday's ending. */
  dayUnit: 8,
  week: 16,
  month: 32,
  year: 64,
  night: 128,
  ago: 256,
  /** hour, minute, second, decade: only durations use them. */
  span: 512,
  /** morning, afternoon, evening, tomorrow. */
  partOfDay: 1024,
} as const;

/** A month name or abbreviation, capitalised (the verbs "may" and "march" are not cues). */
const MONTH_NAME = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const DIGIT = /\d/;

/**
 * Any cue at all, in one pass: most sentences have none and leave here. Case-sensitive on purpose
 * (month names are capitalised, the other cues lower-case wherever a parser can use them).
 */
// The same words as alternatives grouped by their first letter: the regex then tries one branch per position, not all 29.
const ANY = /\d|d(?:ay|ecade)|[Ww]eek|m(?:onth|orning|inute)|[Yy]ear|night|omorrow|a(?:fternoon|go)|evening|hour|second|J(?:an|u[nl])|Feb|Ma[ry]|A(?:pr|ug)|Sep|Oct|Nov|Dec/;

/** The cues a sentence holds, as a bit set (0: no temporal word at all). */
export function cuesOf(s: string): number {
  if (!ANY.test(s)) return 0;
  let cues = 0;
  if (s.includes('day')) {
    cues |= Cue.day;
    if (s.includes(' day') || s.includes('days') || s.includes('-day')) cues |= Cue.dayUnit;
  }
  if (s.includes('week') || s.includes('Week')) cues |= Cue.week; // "Week": title-case headlines
  if (s.includes('month')) cues |= Cue.month;
  if (s.includes('year') || s.includes('Year')) cues |= Cue.year;
  if (s.includes('night')) cues |= Cue.night;
  if (s.includes('ago')) cues |= Cue.ago;
  if (s.includes('hour') || s.includes('minute') || s.includes('second') || s.includes('decade')) cues |= Cue.span;
  if (s.includes('morning') || s.includes('afternoon') || s.includes('evening') || s.includes('omorrow')) cues |= Cue.partOfDay;
  if (DIGIT.test(s)) cues |= Cue.digit;
  if (MONTH_NAME.test(s)) cues |= Cue.monthName;
  return cues;
}
