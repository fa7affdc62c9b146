import { fingerprint, type Fingerprint } from './fingerprint.js';
import { recordRemoval, type Page, type PageLine } from './page.js';
import { NearDuplicateIndex } from './similarity.js';

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
 * two or three times). A paragraph repeats an earlier one when it has the same words (ignoring case,
 * quotes and punctuation), when its words are >= 90 % the same (Jaccard) with the same figures (a
 * live blog's "death toll rises to 15" is news after "… to 12"), or when every sentence
 * of it appeared earlier (a block rewrapped into different paragraphs). Short lines (headings,
 * timestamps, "He said no.") repeat legitimately, so they go only when they head or close a repeated
 * paragraph: the heading of a duplicated section goes with the section.
 */
export function collapseRepeats(page: Page): void {
  const lines = page.lines;
  const prints = lines.map((l) => fingerprint(l.text));
  const duplicate = lines.map(() => false);
  const firstIndex = new Map<number, number>();
  const near = new NearDuplicateIndex(NEAR_THRESHOLD);
  const sentences = new Set<number>();

  prints.forEach((print, i) => {
    const seenBefore = firstIndex.has(print.key);
    if (!seenBefore) firstIndex.set(print.key, i);
    if (print.words < MIN_WORDS) return;
    const nearCheck = print.words >= NEAR_MIN_WORDS;
    duplicate[i] = seenBefore || (nearCheck && near.find(print.wordHashes, print.figures) !== -1) || repeatsSentences(print, sentences);
    if (duplicate[i]) return;
    if (nearCheck) near.add(print.wordHashes, print.figures);
    for (const s of print.sentences) if (s.words >= SENTENCE_MIN_WORDS) sentences.add(s.hash);
  });

  const shortRepeat = (i: number): boolean => prints[i]!.words < MIN_WORDS && firstIndex.get(prints[i]!.key) !== i;
  for (let i = lines.length - 1; i >= 0; i--) if (shortRepeat(i) && duplicate[i + 1]) duplicate[i] = true;
  for (let i = 0; i < lines.length; i++) if (shortRepeat(i) && duplicate[i - 1]) duplicate[i] = true;

  const kept: PageLine[] = [];
  lines.forEach((l, i) => {
    if (duplicate[i]) recordRemoval(page, l.line, l.text, 'duplicate', 'repeated-block');
    else kept.push(l);
  });
  page.lines = kept;
}

/** Every distinctive sentence of the paragraph was seen before (and there is enough of it to judge). */
function repeatsSentences(print: Fingerprint, seen: ReadonlySet<number>): boolean {
  if (seen.size === 0) return false;
  const distinctive = print.sentences.filter((s) => s.words >= SENTENCE_MIN_WORDS);
  if (distinctive.length === 0 || distinctive.length < print.sentences.length) return false;
  if (distinctive.length === 1 && distinctive[0]!.words < LONE_SENTENCE_MIN_WORDS) return false;
  return distinctive.every((s) => seen.has(s.hash));
}
