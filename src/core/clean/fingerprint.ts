/**
 * What repeat detection needs from a paragraph, computed in one pass over its characters without
 * building strings: a hash of its words (case, quotes, punctuation and spacing ignored), its word
 * hashes, and a hash per sentence. Hashes are FNV-1a; the whole-text key combines two of them into
 * a 53-bit number, so an accidental collision between two paragraphs of one page is negligible.
 */

/** One sentence of a paragraph: its hash and its length in words. */
export interface SentencePrint {
  hash: number;
  words: number;
}

/** A paragraph's fingerprint. */
export interface Fingerprint {
  /** Equal for paragraphs with the same words in the same order. */
  key: number;
  words: number;
  /** Word hashes in reading order (not deduplicated); short words have the larger hashes. */
  wordHashes: number[];
  /** Hash of the words holding a digit, in order: "12 killed" and "15 killed" differ here. */
  figures: number;
  sentences: SentencePrint[];
}

const FNV_OFFSET = 0x811c9dc5;
/** Words this short are mostly function words: they go last in the near-duplicate order. */
const SHORT_WORD = 4;
const FNV_PRIME = 0x01000193;
const lowerTable = new Uint16Array(65536);
/** 1 for every UTF-16 code unit that is part of a word (see isWordCode): one lookup per character. */
const WORD_UNIT = new Uint8Array(65536);

/** Lower-case code unit, with non-ASCII results cached (toLowerCase on one character is slow). */
function lower(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let l = lowerTable[c]!;
  if (l === 0) {
    const s = String.fromCharCode(c).toLowerCase();
    l = s.length === 1 ? s.charCodeAt(0) : c;
    lowerTable[c] = l;
  }
  return l;
}

/** Letters and digits; punctuation, symbols and the punctuation blocks are not part of words. */
export function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return false;
  return !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f);
}

for (let c = 0; c < 65536; c++) WORD_UNIT[c] = isWordCode(c) ? 1 : 0;

const isCloser = (c: number): boolean =>
  c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x201d || c === 0x2019 || c === 0xbb;
const isOpener = (c: number): boolean =>
  c === 0x22 || c === 0x27 || c === 0x28 || c === 0x201c || c === 0x2018 || c === 0xab || c === 0x2013 || c === 0x2014;
const startsUpper = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 0xc0 && isWordCode(c) && lower(c) !== c);

/**
 * Whether a sentence ends at `i` (a ".", "!" or "?"): closing quotes may follow, then a space, then
 * a capital, digit or opening quote. Abbreviations ("Mr. Smith") split too, but identically in both
 * copies of a repeated paragraph, which is all repeat detection needs.
 */
function sentenceEndsAt(text: string, i: number): boolean {
  let j = i + 1;
  while (j < text.length && isCloser(text.charCodeAt(j))) j++;
  if (j >= text.length || text.charCodeAt(j) !== 32) return false;
  const next = text.charCodeAt(j + 1);
  return startsUpper(next) || isOpener(next);
}

/** The fingerprint of one line of text. */
export function fingerprint(text: string): Fingerprint {
  const wordHashes: number[] = [];
  const sentences: SentencePrint[] = [];
  let a = FNV_OFFSET;
  let b = 0x12345678;
  let word = FNV_OFFSET;
  let inWord = false;
  let sentence = FNV_OFFSET;
  let sentenceWords = 0;
  let figures = FNV_OFFSET;
  let hasDigit = false;
  let wordLength = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (WORD_UNIT[c] === 1) {
      const l = c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : lower(c);
      if (c >= 48 && c <= 57) hasDigit = true;
      wordLength++;
      word = Math.imul(word ^ l, FNV_PRIME);
      a = Math.imul(a ^ l, FNV_PRIME);
      b = Math.imul(b ^ l, 0x5bd1e995);
      inWord = true;
      continue;
    }
    if (inWord) {
      // A word ends: it counts towards the paragraph's key and its sentence's hash. Its hash keeps 31
      // bits; the top bit marks short words ("the", "said"), so in hash order long, distinctive words
      // come first: that is the order the near-duplicate index takes its prefixes in.
      wordHashes.push(((word >>> 1) | (wordLength <= SHORT_WORD ? 0x80000000 : 0)) >>> 0);
      wordLength = 0;
      a = Math.imul(a ^ 32, FNV_PRIME);
      b = Math.imul(b ^ 32, 0x5bd1e995);
      sentence = Math.imul(sentence ^ (word >>> 0), FNV_PRIME);
      sentenceWords++;
      if (hasDigit) figures = Math.imul(figures ^ (word >>> 0), FNV_PRIME);
      hasDigit = false;
      word = FNV_OFFSET;
      inWord = false;
    }
    const stop = c === 46 || c === 33 || c === 63;
    if (sentenceWords > 0 && (i === text.length || (stop && sentenceEndsAt(text, i)))) {
      sentences.push({ hash: sentence >>> 0, words: sentenceWords });
      sentence = FNV_OFFSET;
      sentenceWords = 0;
    }
  }
  return { key: (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff), words: wordHashes.length, wordHashes, figures: figures >>> 0, sentences };
}
