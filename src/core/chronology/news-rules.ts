/**
 * How news prose places a bare day, week or month against its publication date (docs/DESIGN.md §3).
 * Reports look back: a bare "Sunday" is the most recent one on or before the publication day, "last
 * Thursday" the most recent strictly before it, a month without a year the most recent past one. The
 * future tense looks forward instead. Weeks run Monday to Sunday.
 */
import { dayNumber, mondayOf, partsOf, validDay, weekdayOf, type DayNumber } from './calendar.js';

/** The weekday `weekday` (0 = Monday) on or before `from`; strictly before when `strict`. */
export function weekdayBefore(from: DayNumber, weekday: number, strict: boolean): DayNumber {
  let back = (weekdayOf(from) - weekday + 7) % 7;
  if (strict && back === 0) back = 7;
  return from - back;
}

/** The weekday `weekday` on or after `from`; strictly after when `strict`. */
export function weekdayAfter(from: DayNumber, weekday: number, strict: boolean): DayNumber {
  let ahead = (weekday - weekdayOf(from) + 7) % 7;
  if (strict && ahead === 0) ahead = 7;
  return from + ahead;
}

/** A bare weekday: looking forward in the future tense, back otherwise (the publication day included). */
export function bareWeekday(published: DayNumber, weekday: number, future: boolean): DayNumber {
  return future ? weekdayAfter(published, weekday, false) : weekdayBefore(published, weekday, false);
}

/** The first of month `month` (1-12) nearest in the right direction: on or before the publication month, or on or after it in the future tense. */
export function bareMonth(published: DayNumber, month: number, future: boolean): DayNumber {
  const p = partsOf(published);
  let year = p.year;
  if (!future && month > p.month) year -= 1;
  if (future && month < p.month) year += 1;
  return dayNumber(year, month, 1);
}

/** Days a past-tense date may fall after the publication day: a dateline ahead of the stamp's zone. */
const ZONE_SLACK = 1;

/**
 * A day of a month without a year: the occurrence nearest publication in the sentence's direction,
 * the most recent on or before it (a day of slack for time zones: "SEOUL, June 4" in a page stamped
 * June 3 is this June 4, not last year's), or in the future tense the next on or after it. Null for
 * a date no year has (30 February).
 */
export function dayOfMonth(published: DayNumber, month: number, day: number, future: boolean): DayNumber | null {
  const { year } = partsOf(published);
  const candidates = [year - 1, year, year + 1]
    .map((y) => validDay(y, month, day))
    .filter((d): d is DayNumber => d !== null);
  if (future) return candidates.find((d) => d >= published) ?? null;
  return candidates.filter((d) => d <= published + ZONE_SLACK).pop() ?? null;
}

/** Which week a relative week phrase means. */
export type WeekPhrase = 'this' | 'earlier-this' | 'later-this' | 'last' | 'next' | 'coming';

/**
 * The Monday of the week a phrase means. A Sunday belongs to the week it ends, so in a Sunday article
 * "earlier this week" is the Monday-to-Saturday just gone, while "this week" in the future tense and
 * "later this week" are the week starting tomorrow. "last week" written on a weekend is the week just
 * ending; on a weekday, the one before.
 */
export function weekOf(published: DayNumber, phrase: WeekPhrase, future: boolean): DayNumber {
  const monday = mondayOf(published);
  const weekday = weekdayOf(published);
  switch (phrase) {
    case 'earlier-this': return monday;
    case 'this': return future && weekday === 6 ? monday + 7 : monday;
    case 'later-this': return weekday === 6 ? monday + 7 : monday;
    case 'last': return weekday >= 5 ? monday : monday - 7;
    case 'next':
    case 'coming': return monday + 7;
  }
}
