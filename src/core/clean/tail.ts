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
 * end of the page back to the last line of prose; a short sentence belongs to the run only when a
 * teaser precedes it, so an article ending "He declined to comment." keeps its last line.
 *
 * A run is only dropped with evidence that it is furniture: furniture already removed after the body,
 * a line printed twice, a cut-off blurb, a dangling label ("Inga kommentarer:"), or at least two
 * title-length lines. A short closing list ("France", "Poland") with none of these stays.
 */
export function dropTrailingTeasers(page: Page): void {
  const lines = page.lines;
  const kinds = lines.map((l, i) => kindOf(l, lines[i - 1], lines[i + 1]));
  let start = lines.length;
  while (start > 0) {
    const kind = kinds[start - 1];
    if (kind === 'teaser' || (kind === 'short' && kinds[start - 2] === 'teaser' && start - 2 >= 0)) start--;
    else break;
  }
  while (start < lines.length && kinds[start] === 'short') start++;
  if (start >= lines.length) return;
  const run = lines.slice(start);
  if (!hasEvidence(page, run, lines[start - 1])) return;
  for (const l of run) recordRemoval(page, l.line, l.text, 'boilerplate');
  page.lines = lines.slice(0, start);
}

function hasEvidence(page: Page, run: readonly PageLine[], lastBody: PageLine | undefined): boolean {
  const after = lastBody?.line ?? 0;
  if (lastBody === undefined) return false; // a page of nothing but titles: not ours to judge
  if (page.removed.some((r) => r.reason === 'boilerplate' && r.line > after)) return true;
  if (run.some((l, i) => l.text === run[i + 1]?.text || endsWithEllipsis(l.text) || /:$/.test(l.text))) return true;
  return run.filter((l) => wordCount(l.text) >= TEASER_WORDS).length >= 2;
}
