import { recordRemoval, type Page, type PageLine } from './page.js';
import { endsLikeSentence, endsWithEllipsis, isTitleLike, wordCount } from './shape.js';

/** A sentence this short among teaser titles is a teaser itself ("Zelensky says peace is near."). */
const SHORT_SENTENCE = 12;
/** Teaser headlines have a few words; list items ("France", "New Zealand") mostly do not. */
const TEASER_WORDS = 4;

type Kind = 'teaser' | 'short' | 'body';

function kindOf(l: PageLine, prev: PageLine | undefined, next: PageLine | undefined): Kind {
  const text = l.text;
  if (text === prev?.text || text === next?.text) return 'teaser'; // teasers printed twice
  if (endsWithEllipsis(text)) return 'teaser'; // a blurb cut off mid-sentence
  if (isTitleLike(text)) return 'teaser';
  if (endsLikeSentence(text) && text.endsWith('?') && wordCount(text) < SHORT_SENTENCE) return 'teaser';
  if (endsLikeSentence(text) && wordCount(text) < SHORT_SENTENCE) return 'short';
  return 'body';
}

/**
 * Drops the run of teaser headlines, blurbs and labels after the article body ends ("You Missed",
 * five headlines each printed twice, a blurb cut off with "…"). The run is found by shape, from the
 * end of the page back to the last line of prose. A short sentence joins the run only when furniture
 * that marks an article's end (a credit line, a copyright notice) was removed just before it, so an
 * article ending "He declined to comment." keeps its last line, while "Our Standards: …" after
 * "Reporting by …" goes; an ad marker or a "Read more" link mid-body does not count.
 *
 * A run is only dropped with evidence that it is furniture: furniture already removed after the body,
 * a line printed twice, a cut-off blurb, a dangling label ("Inga kommentarer:"), or at least two
 * title-length lines. A short closing list ("France", "Poland") with none of these stays.
 */
export function dropTrailingTeasers(page: Page): void {
  const lines = page.lines;
  if (lines.length === 0) return;
  const kinds = lines.map((l, i) => kindOf(l, lines[i - 1], lines[i + 1]));
  const removedLines = page.removed.filter((r) => r.reason === 'boilerplate').map((r) => r.line);
  // End-of-article furniture was removed between kept line i-1 and line i.
  const afterEndMark = (i: number): boolean => {
    const from = lines[i - 1]?.line ?? 0;
    const to = lines[i]!.line;
    return page.endMarks.some((r) => r > from && r < to);
  };
  const joins = (i: number): boolean => kinds[i] === 'teaser' || (kinds[i] === 'short' && afterEndMark(i));
  let start = lines.length;
  while (start > 0 && joins(start - 1)) start--;
  while (start < lines.length && kinds[start] === 'short' && !afterEndMark(start)) start++;
  if (start >= lines.length || start === 0) return; // nothing after the body, or no body at all
  const run = lines.slice(start);
  if (!hasEvidence(run, lines[start - 1]!.line, removedLines)) return;
  for (const l of run) recordRemoval(page, l.line, l.text, 'boilerplate', 'trailing-teasers');
  page.lines = lines.slice(0, start);
}

function hasEvidence(run: readonly PageLine[], lastBodyLine: number, removedLines: readonly number[]): boolean {
  if (removedLines.some((r) => r > lastBodyLine)) return true;
  if (run.some((l, i) => l.text === run[i + 1]?.text || endsWithEllipsis(l.text) || /:$/.test(l.text))) return true;
  return run.filter((l) => wordCount(l.text) >= TEASER_WORDS).length >= 2;
}
