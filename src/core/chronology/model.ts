/**
 * The chronology's own vocabulary: what a temporal parser finds in a sentence and how it resolves.
 * Kept here rather than in core/types.ts because nothing outside the chronology needs it.
 */
import type { Precision } from '../types.js';
import { alignStart, type DayNumber } from './calendar.js';

/** A date on the calendar: where its span starts, and how wide it is. */
export interface ResolvedDate {
  start: DayNumber;
  precision: Precision;
}

/**
 * What a parser makes of a match: a date; an offset from the date the sentence is already about
 * ("two days earlier"), settled later by the anchor refiner; or null when the words are temporal but
 * name no calendar date (a duration, a vague span, an undated article).
 */
export type Resolution =
  | ({ kind: 'date'; note?: string } & ResolvedDate)
  | { kind: 'anchored'; offsetDays: number; precision: Precision }
  | null;

/** What a parser can know about the sentence it reads. */
export interface ParseContext {
  sentence: string;
  /** The article's publication day, or null when it has none (then only absolute dates resolve). */
  published: DayNumber | null;
  /** Whether the words around [start, end) speak of the future ("will", "is expected to", "upcoming"). */
  isFuture(start: number, end: number): boolean;
}

/** One small parser: a pattern (global flag) and what a match means. */
export interface TemporalParser {
  name: string;
  /** The cues (cues.ts) of which a sentence must hold one before the pattern is run. */
  cue: number;
  pattern: RegExp;
  resolve(match: RegExpExecArray, context: ParseContext): Resolution;
}

/** A temporal expression found in a sentence, resolved or not. */
export interface TemporalMatch {
  /** The words as written ("last Thursday"). */
  expression: string;
  start: number;
  end: number;
  parser: string;
  resolution: Resolution;
}

/** A temporal expression placed on the calendar. */
export interface DatedExpression extends ResolvedDate {
  expression: string;
  /** Character offsets of the expression in its sentence. */
  from: number;
  to: number;
  parser: string;
  /** Why the date is less than certain (an ambiguous numeric date, a weekday that disagrees with it). */
  note?: string;
}

/** A date resolution, its start lined up with its precision (a week on its Monday, a month on the 1st). */
export function dated(start: DayNumber, precision: Precision): Resolution {
  return { kind: 'date', start: alignStart(start, precision), precision };
}

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * A date written with its weekday ("Thursday, June 13"): when the two disagree one of them is
 * misprinted, and the source says so rather than silently trusting the number.
 */
export function withWeekdayCheck(resolution: Resolution, written: string): Resolution {
  if (resolution === null || resolution.kind !== 'date' || resolution.precision !== 'day') return resolution;
  const named = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.exec(written)?.[1];
  if (!named) return resolution;
  const actual = WEEKDAY_NAMES[(((resolution.start + 3) % 7) + 7) % 7]!;
  return actual === named ? resolution : { ...resolution, note: `"${written.trim()}": that day is a ${actual}, not a ${named}; the weekday or the date is misprinted` };
}
