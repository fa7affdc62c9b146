/**
 * Words the temporal parsers share: month and weekday names, counting words, and regex fragments built
 * from them. Month and weekday names are matched capitalised only, so "may" and "march" the verbs pass.
 */

/** Month names (full and abbreviated, lower-case) to 1-12. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7],
  ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9],
  ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);

/** Weekday names to 0-6, Monday first. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 0], ['tuesday', 1], ['wednesday', 2], ['thursday', 3], ['friday', 4], ['saturday', 5], ['sunday', 6],
]);

/** Counting words news uses for short spans. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
]);

/** A month name as written in prose: full, or abbreviated with a dot or before a day number ("Jan. 7", "Mar 7"). */
export const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\\.|(?=\\s+\\d)))';

/** A full month name only: bare months ("in August") are too easily something else when abbreviated. */
export const MONTH_FULL = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/** A weekday name, capitalised. */
export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** A small count in words or digits. */
export const COUNT = '(?:\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';

/** A vague count: these spans are not dates. */
export const VAGUE_COUNT = '(?:a\\s+few|a\\s+couple\\s+of|couple\\s+of|several|few|many|some|the\\s+next\\s+few|a\\s+number\\s+of)';

/** The month (1-12) a name stands for, or null. */
export function monthNumber(name: string): number | null {
  return MONTHS.get(name.toLowerCase().replace(/\.$/, '')) ?? null;
}

/** The weekday (0 = Monday) a name stands for, or null. */
export function weekdayNumber(name: string): number | null {
  return WEEKDAYS.get(name.toLowerCase()) ?? null;
}

/** The number a count stands for ("two" -> 2, "12" -> 12), or null. */
export function countValue(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBER_WORDS.get(w) ?? null;
}

/** A regex fragment matching a word with either case of its first letter ("[Ll]ast"): sentences start anywhere. */
export function anyCase(word: string): string {
  const first = word[0] ?? '';
  return `[${first.toUpperCase()}${first.toLowerCase()}]${word.slice(1)}`;
}

