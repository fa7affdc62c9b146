/**
 * How alike two reports of an event are worded: the overlap of their content words (function words,
 * reporting verbs and date words removed, light stemming so "talks" meets "talk" and "Ukrainian" meets
 * "Ukraine"). Outlets paraphrase, so the measure is the share of the shorter report found in the longer.
 */

const STOPWORDS = new Set(
  ('a an the and or but if of to in on at by for with from into onto over under about as than then that this these those ' +
    'it its is are was were be been being has have had do does did will would shall should can could may might must ' +
    'he she they we you i him her them us our their his my your who whom which what when where why how not no so also ' +
    'said says say saying told tells tell added adds according spokesperson spokesman reported reportedly reports ' +
    'there here some any all more most other such only own same very just even still yet already again ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight night overnight ' +
    'january february march april may june july august september october november december ' +
    'week weeks month months year years day days earlier later last next ago after before since during ' +
    'weekend mid early late past coming upcoming morning afternoon evening ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'mr mrs ms president minister secretary envoy official officials').split(' '),
);

/** What separates words: anything but letters and digits (ASCII ranges first: they are most text). */
const SEPARATOR = /[^a-z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]+/;

const DEMONYM = ['ians', 'ian', 'ia'];
const INFLECTION = ['ing', 'ed', 'es', 's', 'e'];

function strip(word: string, suffixes: readonly string[]): string {
  for (const s of suffixes) if (word.length > s.length + 2 && word.endsWith(s)) return word.slice(0, -s.length);
  return word;
}

/** Crude stemming: enough to meet plural, tense and demonym forms of one word. */
function stem(word: string): string {
  return strip(strip(word, DEMONYM), INFLECTION).slice(0, 8);
}

/** Whether a lower-case word carries content (not a function word, reporting verb or date word). */
export function isContentWord(word: string): boolean {
  return word.length >= 2 && !STOPWORDS.has(word);
}

/** Each word's stem, or null when it carries no content: news repeats its vocabulary, so each is worked out once. */
const stems = new Map<string, string | null>();
/** Past this many words the memo starts afresh, so a huge corpus cannot grow it without bound. */
const STEMS_KEPT = 1_000_000;

function contentStem(w: string): string | null {
  if (!isContentWord(w)) return null;
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57 && /^\d+$/.test(w)) return null;
  return stem(w);
}

/** The content words of a text, stemmed, as a set. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().split(SEPARATOR)) {
    let s = stems.get(w);
    if (s === undefined) {
      if (stems.size >= STEMS_KEPT) stems.clear();
      stems.set(w, (s = contentStem(w)));
    }
    if (s !== null) out.add(s);
  }
  return out;
}

/** How alike two word sets are: the words they share, and that count as a share of the smaller set. */
export interface WordingMatch {
  shared: number;
  overlap: number;
}

/** How much a word says about which event is meant: rare words a lot, words in every report little. */
export type WordWeight = (word: string) => number;

/** Weights words by inverse document frequency over a collection of word sets. */
export function rarityWeights(sets: Iterable<ReadonlySet<string>>): WordWeight {
  const counts = new Map<string, number>();
  let n = 0;
  for (const set of sets) {
    n++;
    for (const w of set) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const cache = new Map<string, number>();
  for (const [w, c] of counts) cache.set(w, Math.log(1 + n / c));
  return (word) => cache.get(word) ?? Math.log(1 + n);
}

/** A word set with each word's weight looked up once, and their sum (arrays: comparing allocates nothing). */
export interface WeightedWords {
  set: ReadonlySet<string>;
  words: string[];
  weights: number[];
  total: number;
}

/** Weighs a word set. */
export function weighWords(set: ReadonlySet<string>, weight: WordWeight = () => 1): WeightedWords {
  const words = [...set];
  const weights = words.map(weight);
  let total = 0;
  for (const x of weights) total += x;
  return { set, words, weights, total };
}

/**
 * Compares two weighed word sets: how many words they share, and the weight of those words as a share
 * of the lighter set's weight (linear in the smaller set).
 */
export function compareWording(a: WeightedWords, b: WeightedWords): WordingMatch {
  if (a.words.length === 0 || b.words.length === 0) return { shared: 0, overlap: 0 };
  const small = a.words.length <= b.words.length ? a : b;
  const large = small === a ? b : a;
  let shared = 0;
  let sharedWeight = 0;
  for (let i = 0; i < small.words.length; i++) {
    if (large.set.has(small.words[i]!)) {
      shared++;
      sharedWeight += small.weights[i]!;
    }
  }
  return { shared, overlap: sharedWeight / Math.min(a.total, b.total) };
}
