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
  /** True when the evidence names the day itself ("yesterday (2 November)"), not just a day before it. */
  exact: boolean;
}

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
// "June 12, 2025", "12 June 2025", "June 12", "19th October"; a year may follow.
const DATE = new RegExp(`\\b(?:${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?)\\b(?![-/]\\d)`, 'g');
// A relative day pinned to a date: "yesterday (2 November)", "today, 12 June 2025".
const PINNED = /\b(yesterday|today|last night|this morning|tonight)\s*[(,]\s*(?:on\s+)?$/i;
const OFFSET: Record<string, number> = { yesterday: 1, 'last night': 1, today: 0, 'this morning': 0, tonight: 0 };

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

/**
 * The latest year of the full dates the article reports, to place its dates printed without one. A
 * bare year ("since 2004", "the 2021 election") says nothing of when the article was written.
 */
function latestYear(found: readonly Found[]): number | null {
  const withYear = found.filter((f) => f.year !== null).map((f) => f.year!);
  return withYear.length > 0 ? Math.max(...withYear) : null;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
// A bare weekday in reporting ("said on Monday", "Tuesday's vote"); "last/next/this Monday" and plurals are not.
const BARE_WEEKDAY = /(?<!\b(?:[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast|[Gg]ood|[Bb]lack|[Ss]uper)\s)\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!s\b)/g;

/**
 * News names a day of the past week by its weekday and anything older by its date, so an article
 * whose latest date is `date` and that also reports "on Monday" was written on or after the first
 * Monday from `date`. Returns the latest such day (within the week after `date`) and the weekday.
 */
export function laterByWeekdays(date: string, paragraphs: readonly string[]): { date: string; weekday: string } | null {
  const start = new Date(`${date}T00:00:00Z`);
  const startWeekday = (start.getUTCDay() + 6) % 7;
  let best: { date: string; weekday: string } | null = null;
  let bestAhead = 0;
  for (const p of paragraphs) {
    BARE_WEEKDAY.lastIndex = 0;
    for (let m = BARE_WEEKDAY.exec(p); m; m = BARE_WEEKDAY.exec(p)) {
      if (isFutureAt(p, m.index, m.index + m[0].length)) continue;
      const ahead = (WEEKDAYS.indexOf(m[1]!) - startWeekday + 7) % 7;
      if (ahead > bestAhead) {
        bestAhead = ahead;
        best = { date: addDays(date, ahead), weekday: m[1]! };
      }
    }
  }
  return best;
}

/** The ISO day `days` after `iso`. */
export const addDays = (iso: string, days: number): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** The article's own evidence of when it was written, or null when it reports no date at all. */
export function dateFromEvidence(paragraphs: readonly string[]): DateEvidence | null {
  const found = reportedDates(paragraphs);
  if (found.length === 0) return null;
  const pinned = found.find((f) => f.offset >= 0);
  const year = latestYear(found);
  const place = (f: Found): string | null => {
    const y = f.year ?? year;
    return y === null ? null : isoDate(y, f.month, f.day);
  };
  if (pinned) {
    const day = place(pinned);
    const evidence = `the article says "${pinned.text}"`;
    if (day) return { date: addDays(day, pinned.offset), yearless: null, evidence, exact: true };
    return { date: null, yearless: { month: pinned.month, day: pinned.day + pinned.offset }, evidence, exact: true };
  }
  const placed = found.map((f) => ({ f, date: place(f) })).filter((x): x is { f: Found; date: string } => x.date !== null);
  if (placed.length > 0) {
    const latest = placed.reduce((a, b) => (b.date > a.date ? b : a));
    const evidence = `the latest date the article reports ("${latest.f.text}")`;
    const later = laterByWeekdays(latest.date, paragraphs);
    if (later) return { date: later.date, yearless: null, evidence: `${evidence} and the first ${later.weekday} after it, which it also reports`, exact: false };
    return { date: latest.date, yearless: null, evidence, exact: false };
  }
  const last = found.reduce((a, b) => (b.month * 40 + b.day > a.month * 40 + a.day ? b : a));
  return { date: null, yearless: { month: last.month, day: last.day }, evidence: `the latest date the article reports ("${last.text}")`, exact: false };
}
