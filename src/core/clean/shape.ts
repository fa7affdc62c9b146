/**
 * The shape of a line, the main signal for telling page furniture from reporting: reporting is made
 * of sentences; furniture is labels, titles of other pages and truncated blurbs.
 */

const CLOSERS = `)\\]"'”’»`;
const SENTENCE_END = new RegExp(`[.!?][${CLOSERS}]*$`);
const ELLIPSIS_END = new RegExp(`(?:…|\\.\\.\\.)[${CLOSERS}]*$`);
const WORD = /[\p{L}\p{N}]/u;

/** Number of words (space-separated tokens holding a letter or digit). */
export function wordCount(text: string): number {
  let n = 0;
  for (const token of text.split(' ')) if (WORD.test(token)) n++;
  return n;
}

/** Ends the way a truncated teaser does: with an ellipsis. */
export function endsWithEllipsis(text: string): boolean {
  return ELLIPSIS_END.test(text);
}

/** Ends with a full stop, exclamation or question mark (possibly inside closing quotes), not "…". */
export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text) && !ELLIPSIS_END.test(text);
}

/**
 * Reads like a title or a label rather than prose: no closing punctuation and not long. Headlines,
 * section headings, teaser links and menu items all look like this; context decides which it is.
 */
export function isTitleLike(text: string): boolean {
  return !SENTENCE_END.test(text) && wordCount(text) <= 20;
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
