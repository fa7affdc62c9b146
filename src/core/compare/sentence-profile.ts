import { isContentWord, wordsOf } from './words.js';

/** What alignment needs to know about one sentence, computed once. */
export interface SentenceProfile {
  /** The sentence as written. */
  text: string;
  /** Lower-case words joined by single spaces: equal for reprints that changed only typography. */
  comparable: string;
  /** Content words, deduplicated. */
  content: ReadonlySet<string>;
  /** Sorted, unique hashes of the character trigrams of `comparable` (catches "narrow"/"narrowed"). */
  trigrams: Int32Array;
  /** Word count, the weight of the sentence in the overall similarity. */
  weight: number;
}

/** Profiles a sentence for alignment. */
export function profileSentence(text: string): SentenceProfile {
  const words = wordsOf(text);
  const comparable = words.join(' ');
  return {
    text,
    comparable,
    content: new Set(words.filter(isContentWord)),
    trigrams: trigramsOf(comparable),
    weight: Math.max(1, words.length),
  };
}

/**
 * Profiles two sentences read as one (a one-to-two row) from their profiles, without re-reading the
 * text: the union of their trigrams leaves out only the two or three that straddle the join.
 */
export function joinProfiles(first: SentenceProfile, second: SentenceProfile): SentenceProfile {
  return {
    text: `${first.text} ${second.text}`,
    comparable: `${first.comparable} ${second.comparable}`,
    content: new Set([...first.content, ...second.content]),
    trigrams: sortedUnion(first.trigrams, second.trigrams),
    weight: first.weight + second.weight,
  };
}

function sortedUnion(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    const next = x <= y ? x : y;
    if (x === next) i++;
    if (y === next) j++;
    out[k++] = next;
  }
  return out.subarray(0, k);
}

function trigramsOf(comparable: string): Int32Array {
  const padded = ` ${comparable} `;
  const hashes = new Int32Array(Math.max(0, padded.length - 2));
  for (let i = 0; i + 3 <= padded.length; i++) {
    hashes[i] = (padded.charCodeAt(i) * 65599 + padded.charCodeAt(i + 1)) * 65599 + padded.charCodeAt(i + 2) | 0;
  }
  hashes.sort();
  let unique = 0;
  for (let i = 0; i < hashes.length; i++) {
    if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[unique++] = hashes[i]!;
  }
  return hashes.subarray(0, unique);
}

/** Dice coefficient of two sorted unique integer arrays, by one merge pass. */
function sortedDice(a: Int32Array, b: Int32Array): number {
  if (a.length + b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) { shared++; i++; j++; } else if (x < y) i++; else j++;
  }
  return (2 * shared) / (a.length + b.length);
}

function setDice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * How alike two sentences are, in [0, 1]: content words say whether they report the same thing,
 * character trigrams forgive inflection and spelling ("Zelensky"/"Zelenskyy"); equal words give 1.
 */
export function sentenceSimilarity(a: SentenceProfile, b: SentenceProfile): number {
  if (a.comparable === b.comparable) return 1;
  const trigram = sortedDice(a.trigrams, b.trigrams);
  if (a.content.size === 0 && b.content.size === 0) return trigram;
  return 0.5 * setDice(a.content, b.content) + 0.5 * trigram;
}
