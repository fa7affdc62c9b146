import { splitSentences } from '../text/sentences.js';
import { recordRemoval, type Page, type PageLine } from './page.js';
import { comparisonKey, NearDuplicateIndex, wordSet } from './similarity.js';

/** Below this many words a line is judged a repeat only beside a repeated paragraph. */
const MIN_WORDS = 5;
/** Near-duplicates need enough distinct words for a one-word change to stay above the threshold. */
const NEAR_MIN_WORDS = 8;
const NEAR_THRESHOLD = 0.9;
/** Sentences this long are distinctive enough to recognise inside a rewrapped repeat. */
const SENTENCE_MIN_WORDS = 5;
/** A one-sentence paragraph is called a repeat of an earlier sentence only when it is this long. */
const LONE_SENTENCE_MIN_WORDS = 12;

/**
 * Keeps the first of every repeated paragraph or block (live blogs and careless scrapes print blocks
 * two or three times). A paragraph repeats an earlier one when it is the same text (ignoring case,
 * quotes and punctuation), when its words are >= 90 % the same (Jaccard), or when every sentence
 * of it appeared earlier (a block rewrapped into different paragraphs). Short lines (headings,
 * timestamps, "He said no.") repeat legitimately, so they go only when they head or close a repeated
 * paragraph: the heading of a duplicated section goes with the section.
 */
export function collapseRepeats(page: Page): void {
  const lines = page.lines;
  const keys = lines.map((l) => comparisonKey(l.text));
  const wordCounts = keys.map((k) => (k === '' ? 0 : k.split(' ').length));
  const duplicate = lines.map(() => false);
  const exact = new Map<string, number>();
  const near = new NearDuplicateIndex(NEAR_THRESHOLD);
  const sentences = new Set<string>();

  lines.forEach((l, i) => {
    const key = keys[i]!;
    const seenBefore = exact.has(key);
    if (!seenBefore) exact.set(key, i);
    if (wordCounts[i]! < MIN_WORDS) return;
    const parts = splitSentences(l.text).map(comparisonKey);
    const words = wordCounts[i]! >= NEAR_MIN_WORDS ? wordSet(key) : null;
    duplicate[i] = seenBefore || (words !== null && near.find(words) !== -1) || repeatsSentences(parts, sentences);
    if (duplicate[i]) return;
    if (words) near.add(words);
    for (const s of parts) if (s.split(' ').length >= SENTENCE_MIN_WORDS) sentences.add(s);
  });

  const shortRepeat = (i: number): boolean => wordCounts[i]! < MIN_WORDS && exact.get(keys[i]!) !== i;
  for (let i = lines.length - 1; i >= 0; i--) if (shortRepeat(i) && duplicate[i + 1]) duplicate[i] = true;
  for (let i = 0; i < lines.length; i++) if (shortRepeat(i) && duplicate[i - 1]) duplicate[i] = true;

  const kept: PageLine[] = [];
  lines.forEach((l, i) => {
    if (duplicate[i]) recordRemoval(page, l.line, l.text, 'duplicate');
    else kept.push(l);
  });
  page.lines = kept;
}

function repeatsSentences(parts: readonly string[], seen: ReadonlySet<string>): boolean {
  const distinctive = parts.filter((s) => s.split(' ').length >= SENTENCE_MIN_WORDS);
  if (distinctive.length === 0 || distinctive.length < parts.length) return false;
  if (distinctive.length === 1 && distinctive[0]!.split(' ').length < LONE_SENTENCE_MIN_WORDS) return false;
  return distinctive.every((s) => seen.has(s));
}
