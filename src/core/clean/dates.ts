/**
 * Date stamps on a page ("Monday, March 17, 2025", "17 mars 2025 à 10h42", "Updated: 2025-03-17
 * 10:42 GMT"): furniture for cleaning, the publication date for metadata. Month and weekday names in
 * the languages the phrase lists cover.
 */

const MONTHS: Record<string, number> = {};
const addMonths = (names: string): void => {
  names.split(' ').forEach((name, i) => {
    MONTHS[name] = i + 1;
  });
};
addMonths('january february march april may june july august september october november december');
addMonths('jan feb mar apr may jun jul aug sep oct nov dec');
addMonths('januar februar märz april mai juni juli august september oktober november dezember');
addMonths('janvier février mars avril mai juin juillet août septembre octobre novembre décembre');
addMonths('januari februari mars april maj juni juli augusti september oktober november december');
addMonths('enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre');
MONTHS['sept'] = 9;

const WEEKDAYS = new Set(
  ('monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'montag dienstag mittwoch donnerstag freitag samstag sonntag ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche ' +
    'måndag tisdag onsdag torsdag fredag lördag söndag ' +
    'lunes martes miércoles jueves viernes sábado domingo').split(' '),
);

/** The month number for an English, German, French, Swedish or Spanish month name (or abbreviation). */
export function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? null;
}

/** "YYYY-MM-DD" when the parts make a real calendar day, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const LABEL = String.raw`(?:(?:last )?updated(?: on)?|published(?: on)?|posted(?: on)?|date|(?:aktualisiert|veröffentlicht)(?: am)?|publié le|mis à jour le|publicerad|uppdaterad|publicado(?: el)?)\s*:?\s*`;
// A time before the date ("14:02 GMT, 13 March 2025", Daily Mail style).
const LEADING_TIME = String.raw`(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,5})?,?\s+)?`;
const WEEKDAY = String.raw`(?:(\p{L}+)\.?,?\s+)?`;
const TIME = String.raw`(?:\s*(?:[,|•·–—-]|at|um|à|kl\.?)?\s*\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:\(?[a-z]{2,5}(?:[+-]\d{1,2})?\)?)?)?`;
// "17 March 2025", "17. März 2025", "15 de marzo de 2025".
const DAY_MONTH_YEAR = String.raw`(\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:de\s+)?(\p{L}+)\.?,?\s+(?:de\s+)?(\d{4})`;
const MONTH_DAY_YEAR = String.raw`(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})`;
const NUMERIC = String.raw`(\d{4})-(\d{2})-(\d{2})|(\d{1,2})[./](\d{1,2})[./](\d{4})`;
// What may follow the stamp: "| Updated: 16:40 GMT, 13 March 2025", "Updated 2 hours ago", "by admin".
const TRAILER = String.raw`(?:\s*[|•·–—-]?\s*(?:(?:last )?updated|aktualisiert|mis à jour|uppdaterad)\b.{0,50}|\s+(?:by|von|par|av|por)\s+[^.!?]{1,40})?`;
const DATE_LINE = new RegExp(
  `^(?:${LABEL})?${LEADING_TIME}${WEEKDAY}(?:${DAY_MONTH_YEAR}|${MONTH_DAY_YEAR}|${NUMERIC})${TIME}${TRAILER}$`,
  'u',
);

/**
 * The ISO date of a line that is nothing but a date stamp, or null. Numeric d/m/y dates are read day
 * first (the common order outside the US); a weekday, when given, must be a weekday name.
 */
export function readDateLine(text: string): string | null {
  const line = text.toLowerCase().trim();
  if (line.length > 80 || !/\d/.test(line)) return null;
  const m = DATE_LINE.exec(line);
  if (!m) return null;
  const [, weekday, d1, mon1, y1, mon2, d2, y2, iy, im, id, nd, nm, ny] = m;
  if (weekday !== undefined && !WEEKDAYS.has(weekday)) return null;
  if (d1 && mon1 && y1) return withMonth(Number(y1), mon1, Number(d1));
  if (mon2 && d2 && y2) return withMonth(Number(y2), mon2, Number(d2));
  if (iy && im && id) return isoDate(Number(iy), Number(im), Number(id));
  if (nd && nm && ny) return isoDate(Number(ny), Number(nm), Number(nd));
  return null;
}

function withMonth(year: number, monthName: string, day: number): string | null {
  const month = monthNumber(monthName);
  return month === null ? null : isoDate(year, month, day);
}
