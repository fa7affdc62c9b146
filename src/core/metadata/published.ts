import { isoDate, monthNumber, readDateLine } from '../clean/dates.js';

/** A publication date the text gives, and whether it had to borrow its year. */
export interface DateClue {
  date: string;
  rule: string;
  inferred: boolean;
}

/** How far down the page a date stamp can be the page's own (below that, it is in the story). */
const STAMP_LINES = 12;
// "KYIV, March 14 (Reuters) -", "WASHINGTON, 14 March (AFP) —": a wire dateline without a year.
const DATELINE = /^[\p{Lu}][\p{Lu}\p{L} .'’-]{1,40}, (?:(\p{L}{3,9})\.? (\d{1,2})|(\d{1,2}) (\p{L}{3,9})\.?) \([\p{L}][\p{L} ]{1,25}\) ?[-–—]/u;
// A full date in prose: "March 16, 2025", "16 March 2025".
const FULL_DATE = /\b(?:(\p{L}{3,9})\.? (\d{1,2}),? (\d{4})|(\d{1,2}) (\p{L}{3,9}) (\d{4}))\b/gu;
// Captions date the photo, not the article ("… at Mar-a-Lago, Jan. 7, 2025, in Palm Beach. (File photo by AP)").
const CAPTION = /\((?:[^()]*\b(?:photo|image|picture)\b[^()]*|AP|AFP|Reuters)\)\s*$|^(?:image|photo) (?:caption|source)|Photograph:/i;

/**
 * Publication-date rules, strongest first: the page's own date stamp near its top ("Monday, March 17,
 * 2025"), then a wire dateline ("March 14 (Reuters)"), whose year is borrowed from a full date
 * elsewhere in the text (so the result is marked inferred). Captions never count.
 */
export function publishedFromText(rawLines: readonly string[]): DateClue | null {
  const lines = rawLines.map((l) => l.trim()).filter((l) => l !== '');
  for (const line of lines.slice(0, STAMP_LINES)) {
    const date = readDateLine(line);
    if (date) return { date, rule: 'date line', inferred: false };
  }
  for (const line of lines.slice(0, STAMP_LINES)) {
    const m = DATELINE.exec(line);
    if (!m) continue;
    const month = monthNumber(m[1] ?? m[4] ?? '');
    const day = Number(m[2] ?? m[3]);
    const year = yearFromText(lines, month);
    const date = month && year ? isoDate(year, month, day) : null;
    if (date) return { date, rule: 'dateline', inferred: true };
  }
  return null;
}

/** The year of the first full date in the text outside captions (same month preferred). */
function yearFromText(lines: readonly string[], month: number | null): number | null {
  let any: number | null = null;
  for (const line of lines) {
    if (CAPTION.test(line)) continue;
    for (const m of line.matchAll(FULL_DATE)) {
      const monthName = m[1] ?? m[5] ?? '';
      const found = monthNumber(monthName);
      if (found === null) continue;
      const year = Number(m[3] ?? m[6]);
      if (found === month) return year;
      any ??= year;
    }
  }
  return any;
}
