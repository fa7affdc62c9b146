/**
 * A publication date for a page that shows none, from the article's own evidence: a relative day
 * pinned to a date ("said yesterday (2 November)", "today, 12 June 2025"), else the latest date the
 * article reports in the past tense. A date without a year keeps its day and month for the corpus
 * pass (siblings.ts) to place. Always a guess: the caller marks it inferred and shows the evidence.
 */
import { isoDate, monthNumber } from '../clean/dates.js';
import { isFutureAt } from '../chronology/tense.js';

/** What the article's evidence gives: a day, or a day and month still without a year. */
export interface DateEvidence {
  date: string | null;
  yearless: { month: number; day: number } | null;
  evidence: string;
}

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
// "June 12, 2025", "12 June 2025", "June 12", "19th October"; a year may follow.
const DATE = new RegExp(`\\b(?:${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?)\\b(?![-/]\\d)`, 'g');
// A relative day pinned to a date: "yesterday (2 November)", "today, 12 June 2025".
const PINNED = /\b(yesterday|today|last night|this morning|tonight)\s*[(,]\s*(?:on\s+)?$/i;
const OFFSET: Record<string, number> = { yesterday: 1, 'last night': 1, today: 0, 'this morning': 0, tonight: 0 };
const YEAR = /\b(20\d{2})\b/g;

interface Found {
  month: number;
  day: number;
  year: number | null;
  offset: number;
  text: string;
}

/** Dates the paragraphs report, in the past tense, with any relative day pinned to them. */
function reportedDates(paragraphs: readonly string[]): Found[] {
  const found: Found[] = [];
  for (const p of paragraphs) {
    DATE.lastIndex = 0;
    for (let m = DATE.exec(p); m; m = DATE.exec(p)) {
      const month = monthNumber((m[1] ?? m[5] ?? '').replace(/\.$/, ''));
      const day = Number(m[2] ?? m[4]);
      if (month === null || day < 1 || day > 31) continue;
      const before = p.slice(Math.max(0, m.index - 20), m.index);
      const pinned = PINNED.exec(before);
      if (!pinned && isFutureAt(p, m.index, m.index + m[0].length)) continue;
      const year = m[3] ?? m[6];
      found.push({ month, day, year: year ? Number(year) : null, offset: pinned ? OFFSET[pinned[1]!.toLowerCase()]! : -1, text: `${pinned?.[1] ?? ''} ${m[0]}`.trim() });
    }
  }
  return found;
}

/** The latest year the paragraphs name (a year of the story, to place a date printed without one). */
function latestYear(paragraphs: readonly string[], found: readonly Found[]): number | null {
  const withYear = found.filter((f) => f.year !== null).map((f) => f.year!);
  if (withYear.length > 0) return Math.max(...withYear);
  let year: number | null = null;
  for (const p of paragraphs) for (const m of p.matchAll(YEAR)) year = Math.max(year ?? 0, Number(m[1]));
  return year;
}

const addDays = (iso: string, days: number): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** The article's own evidence of when it was written, or null when it reports no date at all. */
export function dateFromEvidence(paragraphs: readonly string[]): DateEvidence | null {
  const found = reportedDates(paragraphs);
  if (found.length === 0) return null;
  const pinned = found.find((f) => f.offset >= 0);
  const year = latestYear(paragraphs, found);
  const place = (f: Found): string | null => {
    const y = f.year ?? year;
    return y === null ? null : isoDate(y, f.month, f.day);
  };
  if (pinned) {
    const day = place(pinned);
    if (day) return { date: addDays(day, pinned.offset), yearless: null, evidence: `the article says "${pinned.text}"` };
    return { date: null, yearless: { month: pinned.month, day: pinned.day + pinned.offset }, evidence: `the article says "${pinned.text}"` };
  }
  const placed = found.map((f) => ({ f, date: place(f) })).filter((x): x is { f: Found; date: string } => x.date !== null);
  if (placed.length > 0) {
    const latest = placed.reduce((a, b) => (b.date > a.date ? b : a));
    return { date: latest.date, yearless: null, evidence: `the latest date the article reports ("${latest.f.text}")` };
  }
  const last = found.reduce((a, b) => (b.month * 40 + b.day > a.month * 40 + a.day ? b : a));
  return { date: null, yearless: { month: last.month, day: last.day }, evidence: `the latest date the article reports ("${last.text}")` };
}
