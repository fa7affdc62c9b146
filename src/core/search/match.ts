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
