/** How many extra characters a fuzzy term may skip inside one field ("prstv" finds "Press TV"). */
export const FUZZY_SLACK = 3;

/**
 * True when `needle` occurs in `text` as a compact subsequence: its characters in order within a span
 * at most FUZZY_SLACK longer than the needle. A looser match (any subsequence) finds "press" in nearly
 * every long title. The slack is fixed, so a term that fails cannot pass once more is typed: a
 * longer needle's span is at least one longer, and its allowance exactly one longer (narrowing holds).
 */
export function fuzzyContains(text: string, needle: string): boolean {
  return text.includes(needle) || compactSpanIn(text, needle);
}

/** Joins the values of a searched entry: a compact match never spans it (no query holds it). */
export const FIELD_SEPARATOR = '\u0001';
const SEPARATOR_CODE = 1;

/**
 * The compact-subsequence test of fuzzyContains over several fields joined by FIELD_SEPARATOR, in one
 * pass: each start looks at most FUZZY_SLACK characters past the needle's length and stops at a field's
 * end, so the cost is bounded per start (a per-field indexOf scans to the end of the text).
 */
export function compactSpanIn(text: string, needle: string): boolean {
  const first = needle[0];
  if (first === undefined) return true;
  const limit = needle.length + FUZZY_SLACK;
  for (let start = text.indexOf(first); start !== -1; start = text.indexOf(first, start + 1)) {
    let matched = 1;
    const end = Math.min(text.length, start + limit);
    for (let i = start + 1; i < end && matched < needle.length; i++) {
      const code = text.charCodeAt(i);
      if (code === SEPARATOR_CODE) break;
      if (code === needle.charCodeAt(matched)) matched++;
    }
    if (matched === needle.length) return true;
  }
  return false;
}

/** True when the characters of `needle` appear in `haystack` in order (fzf's fuzzy match). */
export function isSubsequence(needle: string, haystack: string): boolean {
  let at = 0;
  for (let i = 0; i < needle.length; i++) {
    at = haystack.indexOf(needle[i]!, at);
    if (at === -1) return false;
    at++;
  }
  return true;
}

/** A highlighted span of a displayed string: [start, end) in UTF-16 units. */
export type Span = readonly [number, number];

/**
 * The spans of `text` that a set of query words match, for highlighting: a contiguous occurrence where
 * there is one, else the characters of a subsequence match. Overlapping spans are merged.
 */
export function matchSpans(text: string, words: readonly string[]): Span[] {
  const lower = text.toLowerCase();
  const spans: [number, number][] = [];
  for (const word of words) {
    if (!word) continue;
    const at = lower.indexOf(word);
    if (at !== -1) {
      spans.push([at, at + word.length]);
      continue;
    }
    if (!isSubsequence(word, lower)) continue;
    let from = 0;
    for (const ch of word) {
      const i = lower.indexOf(ch, from);
      spans.push([i, i + 1]);
      from = i + 1;
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}
