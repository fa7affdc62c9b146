/**
 * One event in one article is never on two dates without a flag. Merging groups reports whose dates
 * lie within a few days; an article that repeats a sentence (a headline and its lead, a live blog's
 * recap) and dates it far apart each time would otherwise show one event twice, silently. Reports are
 * the same here when their sentences agree once the date words are taken out.
 */
import type { ChronologyEntry } from '../types.js';

const key = (sentence: string, expression: string): string =>
  sentence.replace(expression, ' ').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Flags entries where one article dates the same sentence differently; entries already flagged keep their note. */
export function flagSelfConflicts(entries: readonly ChronologyEntry[]): ChronologyEntry[] {
  const seen = new Map<string, { entry: number; date: string; outlet: string }[]>();
  entries.forEach((e, i) => {
    for (const s of e.sources) {
      const k = `${s.articleId}\u0000${key(s.sentence, s.expression)}`;
      const list = seen.get(k) ?? [];
      list.push({ entry: i, date: s.date, outlet: s.outlet ?? s.articleId });
      seen.set(k, list);
    }
  });
  const notes = new Map<number, string>();
  for (const list of seen.values()) {
    const dates = [...new Set(list.map((x) => x.date))].sort();
    if (dates.length < 2) continue;
    const note = `${list[0]!.outlet} puts this on ${dates.slice(0, -1).join(', ')} and on ${dates.at(-1)}`;
    for (const x of list) if (!notes.has(x.entry)) notes.set(x.entry, note);
  }
  if (notes.size === 0) return [...entries];
  return entries.map((e, i) => (e.conflict === null && notes.has(i) ? { ...e, conflict: notes.get(i)! } : e));
}
