import { splitSiteSuffix } from '../clean/headline.js';

/** Longest title made from a paragraph when the page has no headline. */
const MAX_TITLE = 80;
/** A first paragraph with more words than this is prose, not a headline. */
const HEADLINE_MAX_WORDS = 20;

/** A title the text gives: the headline as cleaned, or a shortened first paragraph (a guess). */
export interface TitleClue {
  title: string;
  inferred: boolean;
}

/**
 * The title from the cleaned paragraphs: cleaning keeps the headline (site furniture and suffix
 * removed) as the first paragraph. When the first paragraph is really prose, its first clause,
 * cut at a word with an ellipsis, stands in and is marked inferred.
 */
export function titleFromText(paragraphs: readonly string[]): TitleClue | null {
  const first = paragraphs[0]?.trim();
  if (!first) return null;
  const words = first.split(/\s+/).length;
  const prose = words > HEADLINE_MAX_WORDS || (/[.!?]["'”’)]*$/.test(first) && words > 12);
  if (!prose) return { title: splitSiteSuffix(first)?.headline ?? first, inferred: false };
  return { title: shortenTitle(first), inferred: true };
}

/** A paragraph shortened to a title: its first clause if that is short enough, else cut at a word. */
export function shortenTitle(paragraph: string): string {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  const sentence = /^(.+?[.!?])["'”’)]*(?: |$)/.exec(text)?.[1] ?? text;
  if (sentence.length <= MAX_TITLE) return sentence.replace(/\.$/, '');
  const head = sentence.slice(0, MAX_TITLE + 1);
  const clause = /^(.{20,}?)(?:,| –| —| -|;|:) /.exec(head)?.[1];
  if (clause && clause.length <= MAX_TITLE) return `${clause}…`;
  const cut = head.lastIndexOf(' ');
  return `${(cut > 20 ? head.slice(0, cut) : head.slice(0, MAX_TITLE)).replace(/[,;:–—-]+$/, '')}…`;
}
