/**
 * Date stamps as news sites print them, at the start of a line or as the whole line: "Published Mar
 * 17, 2025 01:40 am", "Sun 16 Mar 2025 16.35 GMT", "June 13, 2025 02:07 PM GMT+03:00", "Last Updated :
 * Jun 20 2025 | 2:25 PM IST", "WorldMarch 16, 2025" (a section name glued on), "NBC News·2025-10-20
 * 11:53", "23.2.2025 - 19:10", "- Jul 8" (no year). The stamp is kept as the outlet states it: the day,
 * the time on a 24-hour clock and the zone as written. Cleaning removes what a stamp covers; metadata
 * takes the publication date from it.
 */
import { isoDate, monthNumber } from './dates.js';

/** What a stamp says. `date` is YYYY-MM-DD, or YYYY-MM for a month-only stamp; null when yearless. */
export interface Stamp {
  date: string | null;
  /** A day and month printed without a year ("Jul 8"), for metadata to place. */
  yearless: { month: number; day: number } | null;
  /** Both readings of a numeric date whose order cannot be told from the numbers (7/9/2025). */
  ambiguous: [string, string] | null;
  /** "HH:MM", 24-hour, or null. */
  time: string | null;
  /** The zone as written ("GMT", "IST", "GMT+03:00"), or null. */
  zone: string | null;
  /** "updated" when the stamp dates an update rather than the publication. */
  kind: 'published' | 'updated';
  /** The stamp's own text, as it stood at the start of the line. */
  text: string;
  /** What follows the stamp on the same line (a headline or the first sentence), or "". */
  rest: string;
}

const MONTH_NAMES =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
const MONTH = `(?:${MONTH_NAMES})\\.?`;
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thu|fri|sat|sun)\\.?,?';
const LABEL =
  '(?:(?:last\\s+)?updated(?:\\s+on|\\s+at)?|published(?:\\s+on|\\s+at)?|posted(?:\\s+on|\\s+at)?|first\\s+published(?:\\s+on)?|date(?=\\s+\\d{4}-\\d{2})|(?:aktualisiert|veröffentlicht)(?:\\s+am)?|publié\\s+le|mis\\s+à\\s+jour\\s+le|publicado(?:\\s+el)?)';
const ZONE = '(?:gmt|utc|uk|bst|cet|cest|eet|eest|msk|ist|pkt|jst|kst|hkt|sgt|aest|aedt|est|edt|cst|cdt|mst|mdt|pst|pdt|et|pt|ct|sast|wat|eat)(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)?';
const TIME = '(?<hour>\\d{1,2})[:.h](?<minute>\\d{2})(?::\\d{2})?\\s*(?<ampm>[ap]\\.?m\\.?)?';
const DATES = [
  `(?<m1>${MONTH})\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y1>\\d{4})`,
  `(?<d2>\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:de\\s+)?(?<m2>${MONTH}),?\\s+(?:de\\s+)?(?<y2>\\d{4})`,
  '(?<y3>\\d{4})[-/](?<m3>\\d{1,2})[-/](?<d3>\\d{1,2})(?!\\d)',
  '(?<a4>\\d{1,2})(?<s4>[./-])(?<b4>\\d{1,2})\\k<s4>(?<y4>\\d{4})',
  '(?<y5>\\d{4})-(?<m5>\\d{2})(?![-\\d])',
  `(?<m6>${MONTH})\\s+(?<d6>\\d{1,2})(?:st|nd|rd|th)?(?![\\d,]|\\s+\\d)`,
].join('|');

// The stamp, from the start of the line: a glued section name, an outlet name before a dot, a label,
// a weekday, the date, a time, a zone, and an "Updated …" trailer.
const STAMP = new RegExp(
  [
    '^(?<lead>[-•·*–]\\s*)?',
    `(?<section>\\p{Lu}\\p{Ll}{2,14}(?=(?:${MONTH_NAMES})\\b))?`,
    '(?:(?<outlet>\\p{L}[\\p{L} .&\'’-]{1,30}?)\\s*[·•|]\\s*(?=[\\d\\p{L}]))?',
    `(?:(?<label>${LABEL})\\s*:?\\s*)?`,
    `(?:(?<wd>${WEEKDAY})\\s+)?`,
    `(?:${DATES})`,
    `(?:\\s*(?:[,|•·/–—-]\\s*|\\s+at\\s+)?(?:${TIME}))?`,
    `(?:\\s*,?\\s*\\(?(?<zone>${ZONE})\\)?(?![\\p{L}]))?`,
    `(?:\\s*[|/•·–—-]?\\s*(?:last\\s+)?updated(?:\\s+at|\\s+on)?\\s*:?\\s*(?:[\\p{L}\\d ,.:]{0,30}?(?:\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*${ZONE}(?![\\p{L}]))?|\\d{4})|\\d{1,3}\\s+(?:minutes?|mins?|hours?|hrs?|days?)\\s+ago))?`,
  ].join(''),
  'iu',
);

/** What may follow a stamp on its line: nothing, or text opening with a capital, a quote or "By". */
const REST = /^(?:\s*[|–—-]\s*|\s+)(?=[\p{Lu}"“‘'(\d])/u;

const to24 = (hour: number, minute: string, ampm: string | undefined): string | null => {
  let h = hour;
  const pm = ampm?.toLowerCase().startsWith('p');
  if (ampm && (h < 1 || h > 12)) return null;
  if (ampm) h = (h % 12) + (pm ? 12 : 0);
  if (h > 23 || Number(minute) > 59) return null;
  return `${String(h).padStart(2, '0')}:${minute}`;
};

/** Upper-cases a zone and closes up its offset: "gmt +03:00" → "GMT+03:00". */
const zoneOf = (zone: string | undefined): string | null => (zone ? zone.toUpperCase().replace(/\s+/g, '') : null);

/**
 * The stamp at the start of a line, or null. A stamp followed by more text must say it is one (a
 * label, a weekday, a time, a glued section or an outlet before a dot), so prose that merely opens
 * with a date ("March 16, 2025 was …") is not cut; a line that is only a date is a stamp as it stands.
 */
export function readStamp(line: string): Stamp | null {
  const text = line.trim();
  if (text.length === 0 || !/\d/.test(text)) return null;
  const m = STAMP.exec(text);
  if (!m) return null;
  const g = m.groups ?? {};
  const after = text.slice(m[0].length);
  const whole = after.trim() === '';
  const marked = Boolean(g.label || g.wd || g.hour || g.section || g.outlet || g.zone);
  if (!whole && (!marked || !REST.test(after))) return null;
  // A bare "Jul 8" is a stamp only as a whole line (a dateline or prose would go on).
  if (g.m6 && !whole) return null;
  // An outlet before a dot must be short and the line must carry a time: "NBC News·2025-10-20 11:53".
  if (g.outlet && !g.hour) return null;
  const stamp = dateOf(g);
  if (stamp === null) return null;
  const time = g.hour ? to24(Number(g.hour), g.minute ?? '00', g.ampm) : null;
  if (g.hour && time === null) return null;
  const rest = after.replace(/^\s*[|–—-]?\s*/, '');
  return {
    ...stamp,
    time,
    zone: zoneOf(g.zone),
    kind: g.label && /updated|aktualisiert|mis à jour/i.test(g.label) ? 'updated' : 'published',
    text: text.slice(g.section ? g.section.length : 0, m[0].length).trim(),
    rest,
  };
}

type DatePart = Pick<Stamp, 'date' | 'yearless' | 'ambiguous'>;

function dateOf(g: Record<string, string | undefined>): DatePart | null {
  const named = (monthName: string, day: string, year: string): DatePart | null => {
    const month = monthNumber(monthName);
    const date = month === null ? null : isoDate(Number(year), month, Number(day));
    return date ? { date, yearless: null, ambiguous: null } : null;
  };
  if (g.m1 && g.d1 && g.y1) return named(g.m1, g.d1, g.y1);
  if (g.m2 && g.d2 && g.y2) return named(g.m2, g.d2, g.y2);
  if (g.y3 && g.m3 && g.d3) {
    const date = isoDate(Number(g.y3), Number(g.m3), Number(g.d3));
    return date ? { date, yearless: null, ambiguous: null } : null;
  }
  if (g.a4 && g.b4 && g.y4) return numeric(Number(g.a4), Number(g.b4), Number(g.y4), g.s4 ?? '/');
  if (g.y5 && g.m5) {
    const month = Number(g.m5);
    return month >= 1 && month <= 12 ? { date: `${g.y5}-${g.m5}`, yearless: null, ambiguous: null } : null;
  }
  if (g.m6 && g.d6) {
    const month = monthNumber(g.m6);
    const day = Number(g.d6);
    return month !== null && day >= 1 && day <= 31 ? { date: null, yearless: { month, day }, ambiguous: null } : null;
  }
  return null;
}

/**
 * A numeric date: day first with dots and dashes (the European habit: "23.2.2025", "29-04-2025"); with
 * slashes either order is common, so when both numbers could be a month the two readings are kept
 * (day first, then month first) for metadata to settle against the article's other dates.
 */
export function numeric(a: number, b: number, year: number, separator: string): DatePart | null {
  const dayFirst = isoDate(year, b, a);
  const monthFirst = isoDate(year, a, b);
  if (separator !== '/' || dayFirst === null || monthFirst === null || dayFirst === monthFirst) {
    const date = separator === '/' ? (dayFirst ?? monthFirst) : dayFirst;
    return date ? { date, yearless: null, ambiguous: null } : null;
  }
  return { date: dayFirst, yearless: null, ambiguous: [dayFirst, monthFirst] };
}

/** "Time of India2 days ago", "3 hours ago": a relative stamp, furniture that gives no date. */
const RELATIVE_STAMP = /^(?:[\p{L}][\p{L} .&'’-]{1,30}?\s*[·•|]?\s*)?\d{1,3}\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago$/iu;

/** True for a relative stamp line ("2 days ago"). */
export function isRelativeStamp(line: string): boolean {
  return line.length <= 60 && RELATIVE_STAMP.test(line.trim());
}

/** A time alone on a line ("02:30", "8:39 PM"): a stamp's second half or a clip's length. */
export function isTimeLine(line: string): boolean {
  return /^\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?$/i.test(line.trim());
}

/** A dateline: the place and date a report opens with. */
export interface Dateline {
  date: string | null;
  yearless: { month: number; day: number } | null;
  /** True when the line is nothing but the dateline ("Seoul, South Korea — June 3, 2025"). */
  whole: boolean;
  /** How many characters of the line the dateline takes. */
  length: number;
}

const PLACE = String.raw`\p{Lu}[\p{L}.'’-]*(?: [\p{L}.'’-]+){0,3}(?:, \p{Lu}[\p{L}.'’-]*(?: [\p{L}.'’-]+){0,2}){0,2}`;
const FULL = `(?:(?<m1>${MONTH})\\s+(?<d1>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y1>\\d{4})|(?<d2>\\d{1,2})\\s+(?<m2>${MONTH}),?\\s+(?<y2>\\d{4}))`;
// "Seoul, South Korea — June 3, 2025", "CITY, Country — May 27, 2025: …", "Kerr County, Texas (July 6, 2025) — …".
const DATED_DATELINE = new RegExp(`^${PLACE}\\s*(?:[—–-]{1,2}\\s*|\\()${FULL}\\)?\\s*(?:[:—–-]{1,2}\\s*|$)`, 'iu');
// "KYIV, March 14 (Reuters) -", "SEOUL, June 4. /TASS/.": a wire dateline without a year.
const WIRE_DATELINE = new RegExp(
  `^\\p{Lu}[\\p{Lu}\\p{L} .'’-]{1,40}, (?:(?<wm1>${MONTH})\\s+(?<wd1>\\d{1,2})|(?<wd2>\\d{1,2}) (?<wm2>${MONTH}))(?:\\s*\\([\\p{L}][\\p{L} ]{1,25}\\) ?[-–—]|\\.? ?/[\\p{L}]{2,12}/)`,
  'iu',
);

/** The dateline a line opens with, or null. */
export function readDateline(line: string): Dateline | null {
  const text = line.trim();
  const full = DATED_DATELINE.exec(text);
  if (full) {
    const g = full.groups ?? {};
    const month = monthNumber(g.m1 ?? g.m2 ?? '');
    const date = month === null ? null : isoDate(Number(g.y1 ?? g.y2), month, Number(g.d1 ?? g.d2));
    if (date) return { date, yearless: null, whole: text.slice(full[0].length).trim() === '', length: full[0].length };
  }
  const wire = WIRE_DATELINE.exec(text);
  if (wire) {
    const g = wire.groups ?? {};
    const month = monthNumber(g.wm1 ?? g.wm2 ?? '');
    const day = Number(g.wd1 ?? g.wd2);
    if (month !== null && day >= 1 && day <= 31) return { date: null, yearless: { month, day }, whole: false, length: wire[0].length };
  }
  return null;
}
