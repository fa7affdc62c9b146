/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC). Plain integers keep week and month
 * arithmetic exact and cheap, and never drift with the machine's time zone.
 */
import type { Precision } from '../types.js';

/** Days since 1970-01-01. */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;

/** The day number of a calendar date; months and days overflow the way Date.UTC does (month 0 = last December). */
export function dayNumber(year: number, month: number, day: number): DayNumber {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Year, month (1-12) and day of a day number. */
export function partsOf(day: DayNumber): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** A real calendar date (no 31 February), or null. */
export function validDay(year: number, month: number, day: number): DayNumber | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const n = dayNumber(year, month, day);
  const p = partsOf(n);
  return p.year === year && p.month === month && p.day === day ? n : null;
}

/** Parses `YYYY-MM-DD` (a publication date); anything else gives null. */
export function parseIsoDay(text: string | null | undefined): DayNumber | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? '');
  return m ? validDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** Weekday with Monday as 0 and Sunday as 6: news weeks run Monday to Sunday. */
export function weekdayOf(day: DayNumber): number {
  return (((day + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** The Monday of the week holding `day`. */
export function mondayOf(day: DayNumber): DayNumber {
  return day - weekdayOf(day);
}

/** The first day of the month holding `day`, moved by `offset` months. */
export function monthOf(day: DayNumber, offset = 0): DayNumber {
  const p = partsOf(day);
  return dayNumber(p.year, p.month + offset, 1);
}

/** The first day of the year holding `day`, moved by `offset` years. */
export function yearOf(day: DayNumber, offset = 0): DayNumber {
  return dayNumber(partsOf(day).year + offset, 1, 1);
}

/** The day after the last day of a dated span (exclusive end). */
export function spanEnd(start: DayNumber, precision: Precision): DayNumber {
  switch (precision) {
    case 'day': return start + 1;
    case 'week': return start + 7;
    case 'month': return monthOf(start, 1);
    case 'year': return yearOf(start, 1);
  }
}

/** Lines a start day up with its precision: a week starts on Monday, a month on the 1st. */
export function alignStart(day: DayNumber, precision: Precision): DayNumber {
  switch (precision) {
    case 'day': return day;
    case 'week': return mondayOf(day);
    case 'month': return monthOf(day);
    case 'year': return yearOf(day);
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Days already written out: a corpus dates its events on a few thousand days, each written many times. */
const isoDays = new Map<DayNumber, string>();
/** Past this many days the memo starts afresh (it never needs to: 100,000 days are 270 years). */
const ISO_DAYS_KEPT = 100_000;

/** `YYYY-MM-DD`. */
export function isoDay(day: DayNumber): string {
  let iso = isoDays.get(day);
  if (iso === undefined) {
    const p = partsOf(day);
    iso = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
    if (isoDays.size >= ISO_DAYS_KEPT) isoDays.clear();
    isoDays.set(day, iso);
  }
  return iso;
}

/** The contract's date string: `YYYY-MM-DD` for a day or week, `YYYY-MM` for a month, `YYYY` for a year. */
export function dateLabel(start: DayNumber, precision: Precision): string {
  const iso = isoDay(start);
  if (precision === 'month') return iso.slice(0, 7);
  if (precision === 'year') return iso.slice(0, 4);
  return iso;
}

/** Reads a contract date string back into a day number (the start of its span), or null. */
export function parseDateLabel(label: string): DayNumber | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(label);
  if (!m) return null;
  return validDay(Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1);
}

/** How fine a precision is, finest first: sorting and merging prefer the finer date. */
export const PRECISION_RANK: Record<Precision, number> = { day: 0, week: 1, month: 2, year: 3 };
