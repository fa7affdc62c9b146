import { isoDate, monthNumber, readDateLine } from '../clean/dates.js';
import { STAMP_ZONE } from '../clean/stamp-lines.js';
import { readDateline, readStamp, type Stamp } from '../clean/stamps.js';

/** A publication date the text gives, how it was read, and whether it had to borrow its year. */
export interface DateClue {
  date: string;
  rule: string;
  inferred: boolean;
  time: string | null;
  zone: string | null;
  /** What the date rests on, for the reader: the stamp as printed, or how it was pieced together. */
  evidence: string;
}

// A full date in prose: "March 16, 2025", "16 March 2025".
const FULL_DATE = /\b(?:(\p{L}{3,9})\.? (\d{1,2}),? (\d{4})|(\d{1,2}) (\p{L}{3,9}) (\d{4}))\b/gu;
// Captions date the photo, not the article ("… at Mar-a-Lago, Jan. 7, 2025, in Palm Beach. (File photo by AP)").
const CAPTION = /\((?:[^()]*\b(?:photo|image|picture)\b[^()]*|AP|AFP|Reuters)\)\s*$|^(?:image|photo) (?:caption|source)|Photograph:|\/[\p{L} ]+\)$|\bPhoto(?: by|:) /iu;
const MONTH_WORD = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/g;

const clue = (date: string, rule: string, inferred: boolean, evidence: string, stamp?: Stamp): DateClue => ({
  date, rule, inferred, time: stamp?.time ?? null, zone: stamp?.zone ?? null, evidence,
});

/**
 * Publication-date rules, strongest first, over the page's top lines (raw: cleaning has removed the
 * stamps) and its first paragraphs: the page's own stamp ("Published Mar 17, 2025 01:40 am", "Sun 16
 * Mar 2025 16.35 GMT"; a publication stamp before an "Updated" one), a dated dateline ("Seoul, South
 * Korea — June 3, 2025"), a wire dateline ("June 4 (UPI)") whose year comes from a month stamp or a
 * full date elsewhere in the text (then marked inferred), and a stamp printed without a year ("Jul 8"),
 * placed the same way. Captions never count. A numeric stamp that reads both ways (7/9/2025) takes
 * the reading whose month the article names.
 */
export function publishedFromText(rawLines: readonly string[], paragraphs: readonly string[] = []): DateClue | null {
  const lines = rawLines.map((l) => l.trim()).filter((l) => l !== '');
  const top = lines.slice(0, STAMP_ZONE);
  const stamps = top.map(readStamp).filter((s): s is Stamp => s !== null);
  const dayStamps = stamps.filter((s) => s.date !== null && s.date.length === 10);
  const first = dayStamps.find((s) => s.kind === 'published') ?? dayStamps[0];
  // The same day printed twice ("date 2025-04-29", then "29-04-2025 | 03:28"): the one with a time says more.
  const best = first && (first.time ? first : (dayStamps.find((s) => s.date === first.date && s.time) ?? first));
  if (best) {
    const date = best.ambiguous ? settleAmbiguous(best.ambiguous, lines) : best.date!;
    const evidence = best.ambiguous ? `${best.text} (read as ${date}: the article names that month)` : best.text;
    return clue(date, 'date stamp', false, evidence, best);
  }
  for (const line of top) {
    const date = readDateLine(line);
    if (date) return clue(date, 'date line', false, line);
  }
  for (const line of [...paragraphs.slice(0, 3), ...top]) {
    const dateline = readDateline(line);
    if (dateline?.date && (dateline.whole || paragraphs.includes(line))) return clue(dateline.date, 'dateline', false, line.slice(0, 60));
  }
  const monthStamp = stamps.find((s) => s.date !== null && s.date.length === 7);
  for (const line of [...paragraphs.slice(0, 3), ...top]) {
    const wire = readDateline(line)?.yearless;
    if (!wire) continue;
    const stampYear = monthStamp && Number(monthStamp.date!.slice(5)) === wire.month ? Number(monthStamp.date!.slice(0, 4)) : null;
    const year = stampYear ?? yearFromText(lines, wire.month);
    const date = year ? isoDate(year, wire.month, wire.day) : null;
    if (date) return clue(date, 'dateline', stampYear === null, stampYear ? `${line.slice(0, 40)} (year from the page's stamp ${monthStamp!.text})` : `${line.slice(0, 40)} (year from a date in the text)`);
  }
  const yearless = stamps.find((s) => s.yearless !== null && s.kind === 'published') ?? stamps.find((s) => s.yearless !== null);
  if (yearless?.yearless) {
    const year = yearFromText(lines, yearless.yearless.month);
    const date = year ? isoDate(year, yearless.yearless.month, yearless.yearless.day) : null;
    if (date) return clue(date, 'date stamp', true, `${yearless.text} (year from a date in the text)`, yearless);
  }
  return null;
}

/** The day and month of a stamp printed without a year, for a caller that can find the year elsewhere. */
export function yearlessStamp(rawLines: readonly string[]): { month: number; day: number; text: string } | null {
  const top = rawLines.map((l) => l.trim()).filter((l) => l !== '').slice(0, STAMP_ZONE);
  for (const line of top) {
    const stamp = readStamp(line);
    if (stamp?.yearless) return { ...stamp.yearless, text: stamp.text };
  }
  return null;
}

/** Of two readings of a numeric date, the one whose month the article names most (day first on a tie). */
function settleAmbiguous([dayFirst, monthFirst]: [string, string], lines: readonly string[]): string {
  const count = new Map<number, number>();
  for (const line of lines) for (const m of line.matchAll(MONTH_WORD)) {
    const month = monthNumber(m[1]!);
    if (month !== null) count.set(month, (count.get(month) ?? 0) + 1);
  }
  const of = (iso: string): number => count.get(Number(iso.slice(5, 7))) ?? 0;
  return of(monthFirst) > of(dayFirst) ? monthFirst : dayFirst;
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
