/**
 * The temporal parsers, in the order they claim words. An earlier parser's match hides its words from
 * every later one, so the order is the grammar: the more specific reading first.
 */
import type { TemporalParser } from './model.js';
import { ago } from './parsers/ago.js';
import { anchoredOffset } from './parsers/anchored-offset.js';
import { bareMonth } from './parsers/bare-month.js';
import { dayMonth } from './parsers/day-month.js';
import { durations } from './parsers/durations.js';
import { fullDate } from './parsers/full-date.js';
import { monthYear } from './parsers/month-year.js';
import { namedDays } from './parsers/named-days.js';
import { numericDate } from './parsers/numeric-date.js';
import { relativeDay } from './parsers/relative-day.js';
import { relativeMonthYear } from './parsers/relative-month-year.js';
import { relativeWeek } from './parsers/relative-week.js';
import { relativeWeekday } from './parsers/relative-weekday.js';
import { weekday } from './parsers/weekday.js';
import { year } from './parsers/year.js';

/** Temporal parsers, in order. */
export const temporalParsers: readonly TemporalParser[] = [
  fullDate,          // first: "Monday, March 17, 2025" is one date, not a weekday, a day-month and a year
  numericDate,       // "12.03.2025", "3/11/2025": before the year parser takes "2025" alone
  durations,         // before anything reads "week" or "day": "for four hours", "within weeks", "30-day"
  namedDays,         // before the weekday parsers: "the Sunday Times", "Good Friday" are names
  dayMonth,          // "28 February", "November 27": after full dates, so a year is never cut off
  monthYear,         // "August last year", "March 2025": before the bare month and relative year take halves
  bareMonth,         // "in August": after month-year, so "in August 2024" is read whole
  ago,               // "three days ago": before relative parsers see "days"
  anchoredOffset,    // "two days earlier", "the next week": before "next week" is read from publication
  relativeWeekday,   // "last Thursday": before the bare weekday drops "last"
  relativeWeek,      // "earlier this week", "last week", "over the weekend"
  relativeMonthYear, // "last month", "earlier this year"
  relativeDay,       // "yesterday", "last night", "overnight"
  weekday,           // "on Saturday", "Saturday's summit": late, once every modified weekday is taken
  year,              // last: a bare four-digit number is the weakest evidence of a date
];
