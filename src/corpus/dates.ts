const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** "2025-03-16", or null when the day does not exist (2025-02-30). */
function ymd(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A month name or abbreviation ("March", "Mar.", "sept") to its number. */
function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase().replace(/\.$/, '');
  return MONTHS[key] ?? MONTHS[key.slice(0, 3)];
}

/**
 * The date forms feeds and front matter use, each read as written: the calendar day the publisher
 * printed, not shifted to another time zone (a 23:00 -05:00 story is that day's story).
 */
const DATE_FORMS: readonly ((s: string) => string | null | undefined)[] = [
  (s) => {
    const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])/.exec(s); // ISO 8601, 2025/03/16
    return m && ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  },
  (s) => {
    const m = /^(?:[a-z]+\.?,?\s+)?([a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i.exec(s); // (Sunday,) March 16, 2025
    const month = m && monthNumber(m[1] ?? '');
    return m && month ? ymd(Number(m[3]), month, Number(m[2])) : null;
  },
  (s) => {
    const m = /^(?:[a-z]+\.?,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+\.?),?\s+(\d{4})\b/i.exec(s); // (Sun,) 16 Mar 2025 (RFC 2822)
    const month = m && monthNumber(m[2] ?? '');
    return m && month ? ymd(Number(m[3]), month, Number(m[1])) : null;
  },
];

/**
 * A publication date in any common written form (string, or epoch seconds/milliseconds) as YYYY-MM-DD,
 * or null when it does not name a whole day ("March 16" has no year; "yesterday" is not a date).
 */
export function normaliseDate(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
    // Ten digits are seconds until the year 2286; more are milliseconds.
    const date = new Date(value < 1e11 ? value * 1000 : value);
    return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') return null;
  const s = value.trim();
  for (const form of DATE_FORMS) {
    const date = form(s);
    if (date) return date;
  }
  return null;
}
