/**
 * The shape of a line, the main signal for telling page furniture from reporting: reporting is made
 * of sentences; furniture is labels, titles of other pages and truncated blurbs. Checked from the
 * end of the line by hand: a `$`-anchored regex would scan the whole line.
 */
import { isWordCode } from './fingerprint.js';

const CLOSERS = new Set([0x29, 0x5d, 0x22, 0x27, 0x201d, 0x2019, 0xbb]);

/** Index of the last character that is not a closing quote or bracket, or -1. */
function lastBeforeClosers(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text.charCodeAt(i))) i--;
  return i;
}

/** Number of words (space-separated tokens holding a letter or digit). Counted without allocating. */
export function wordCount(text: string): number {
  let n = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) counted = false;
    else if (!counted && isWordCode(c)) {
      n++;
      counted = true;
    }
  }
  return n;
}

/** Ends the way a truncated teaser does: with an ellipsis ("…" or "..."), possibly inside quotes. */
export function endsWithEllipsis(text: string): boolean {
  const i = lastBeforeClosers(text);
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  return c === 0x2026 || (c === 46 && text.charCodeAt(i - 1) === 46 && text.charCodeAt(i - 2) === 46);
}

/** Ends with a full stop, exclamation or question mark (possibly inside closing quotes), not "…". */
export function endsLikeSentence(text: string): boolean {
  const i = lastBeforeClosers(text);
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  return (c === 46 || c === 33 || c === 63) && !endsWithEllipsis(text);
}

/** Ends in ".", "!" or "?" after any closers, ellipsis included. */
function endsInStop(text: string): boolean {
  const i = lastBeforeClosers(text);
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  return c === 46 || c === 33 || c === 63;
}

/**
 * Reads like a title or a label rather than prose: no closing punctuation and not long. Headlines,
 * section headings, teaser links and menu items all look like this; context decides which it is.
 */
export function isTitleLike(text: string): boolean {
  return !endsInStop(text) && wordCount(text) <= 20;
}

/** Reads like a paragraph of reporting: a sentence of some length. */
export function isProse(text: string, minWords = 8): boolean {
  return endsLikeSentence(text) && wordCount(text) >= minWords;
}

/**
 * A line reduced for comparison with phrase lists: lower case, without bullets, dashes and pipes
 * around it or a trailing colon or ellipsis ("- Advertisement -", "• Related Posts", "Share this:").
 */
export function furnitureKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/^[\s•·*▪►▶|>»›~=_–—-]+/, '')
    .replace(/[\s•·*|:;.…!»›=_–—-]+$/, '')
    .replace(/\s+/g, ' ');
}
