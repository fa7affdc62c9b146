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
    'mr mrs ms president minister secretary envoy official officials').split(' '),
);

const WORD = /[\p{L}\p{N}]+/gu;

/** Crude stemming: enough to meet plural, tense and demonym forms of one word. */
function stem(word: string): string {
  return word
    .replace(/(?:ians?|ia)$/, '')
    .replace(/(?:ing|ed|es|s|e)$/, '')
    .slice(0, 8);
}

/** The content words of a text, stemmed, as a set. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (w.length < 2 || STOPWORDS.has(w) || /^\d+$/.test(w)) continue;
    out.add(stem(w));
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
  return (word) => Math.log(1 + n / (counts.get(word) ?? 1));
}

/**
 * Compares two word sets: how many words they share, and the weight of those words as a share of the
 * lighter set's weight (linear in the sets).
 */
export function compareWording(a: ReadonlySet<string>, b: ReadonlySet<string>, weight: WordWeight = () => 1): WordingMatch {
  if (a.size === 0 || b.size === 0) return { shared: 0, overlap: 0 };
  let shared = 0;
  let sharedWeight = 0;
  let weightA = 0;
  let weightB = 0;
  for (const w of a) {
    const x = weight(w);
    weightA += x;
    if (b.has(w)) {
      shared++;
      sharedWeight += x;
    }
  }
  for (const w of b) weightB += weight(w);
  return { shared, overlap: sharedWeight / Math.min(weightA, weightB) };
}
