/**
 * Cues around a name that say what kind of actor it is, read from the tokens of its sentence: an
 * acronym in brackets after it, "the" before it, a speech verb before it, and paragraphs that are
 * bylines rather than reporting.
 */
import type { Token } from './tokens.js';

// After "the X": a pause or a verb means X is named as a thing or a group ("the Houthis said").
const AFTER_THE = new Set(['is', 'was', 'were', 'are', 'has', 'have', 'had', 'said', 'says', 'will', 'would', 'could',
  'can', 'may', 'might', 'and', 'or', 'who', 'which', 'that', 'in', 'on', 'of', 'to', 'for', 'with', 'at', 'by', 'from']);

/**
 * Written "the X" where X ends the phrase: before a pause or a verb, or as one word in the plural
 * ("the Houthis"). "the Trump administration" (a noun follows) says nothing about Trump.
 */
export function afterTheArticle(tokens: readonly Token[], from: number, to: number): boolean {
  if (tokens[from - 1]?.lower !== 'the') return false;
  const last = tokens[to - 1]!;
  if (to - from === 1 && /[^s']s$/.test(last.text) && !last.possessive) return true;
  const next = tokens[to];
  return next === undefined || !next.word || AFTER_THE.has(next.lower);
}

const ACRONYM = /^\p{Lu}{2,6}$/u;

/** "Hayat Tahrir al-Sham (HTS)": the bracketed acronym spells the name's initials, as organisations do. */
export function acronymOf(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from < 2 || tokens[to]?.text !== '(' || tokens[to + 2]?.text !== ')') return false;
  const acronym = tokens[to + 1]!.text;
  if (!ACRONYM.test(acronym)) return false;
  let initials = '';
  for (let i = from; i < to; i++) {
    const word = tokens[i]!.text.replace(/^(?:al|el|ad|as|ash|ar)-/, '');
    const first = word[0] ?? '';
    if (first === first.toUpperCase()) initials += first;
  }
  return initials === acronym;
}

// "said Himedan Mohammed, head of operations": a report before its speaker.
const REPORT_VERBS = new Set(['said', 'says', 'added', 'asked', 'wrote', 'noted', 'explained', 'warned', 'recalled']);

/** A speech verb just before the name, and the name ending its clause: the name is the speaker. */
export function reportedBy(tokens: readonly Token[], from: number, to: number): boolean {
  const before = tokens[from - 1];
  if (!before || !REPORT_VERBS.has(before.lower)) return false;
  const next = tokens[to];
  return next === undefined || next.text === ',' || next.text === '.';
}

/** A byline paragraph ("By JON GAMBRELL", "By Anna Smith and Li Wei"): its author is not an actor of the story. */
export function isByline(paragraph: string): boolean {
  return paragraph.length < 80 && /^[Bb]y\s+(?:\p{Lu}[\p{L}.'’-]*(?:\s+|,\s*|\s+and\s+|\s*&\s*|$))+$/u.test(paragraph);
}
