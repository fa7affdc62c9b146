import type { Article } from '../types.js';
import { termCounts } from './terms.js';

/** An article as a unit-length TF-IDF vector: term ids ascending, with their weights. */
export interface TermVector {
  ids: Int32Array;
  weights: Float32Array;
}

/** Every article's vector, and each term's document frequency (for picking distinctive terms). */
export interface TermSpace {
  vectors: TermVector[];
  documentFrequency: Int32Array;
}

// Articles have fewer distinct terms than this; term ids times this stay exact in a double.
const POSITIONS = 2 ** 21;

/**
 * TF-IDF vectors for all articles in two linear passes: count terms, then weight them. Log-scaled
 * term frequency, so a live blog that repeats a name twenty times is not twenty times about it.
 */
export function buildTermSpace(articles: readonly Article[]): TermSpace {
  const termIds = new Map<string, number>();
  const df: number[] = [];
  const counted = articles.map((article) => {
    const counts = termCounts(article);
    const ids = new Int32Array(counts.size);
    const tf = new Float32Array(counts.size);
    let k = 0;
    for (const [term, count] of counts) {
      let id = termIds.get(term);
      if (id === undefined) { id = df.length; termIds.set(term, id); df.push(0); }
      df[id]!++;
      ids[k] = id;
      tf[k++] = 1 + Math.log(count);
    }
    return { ids, tf };
  });
  const n = articles.length;
  const vectors = counted.map(({ ids, tf }) => {
    // A term no other article has cannot make two articles alike; left in, it only dilutes the rest.
    // Sorted by term id through one packed number (id above, position below): a native numeric sort.
    const packed = new Float64Array(ids.length);
    let kept = 0;
    for (let k = 0; k < ids.length; k++) if (df[ids[k]!]! > 1) packed[kept++] = ids[k]! * POSITIONS + k;
    const order = Array.from(packed.subarray(0, kept).sort(), (v) => v % POSITIONS);
    const sortedIds = new Int32Array(order.length);
    const weights = new Float32Array(order.length);
    let norm = 0;
    order.forEach((k, pos) => {
      sortedIds[pos] = ids[k]!;
      // Smoothed so a term every article shares still counts a little in a tiny corpus.
      const w = tf[k]! * Math.log(1 + n / df[ids[k]!]!);
      weights[pos] = w;
      norm += w * w;
    });
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < weights.length; i++) weights[i]! /= norm;
    return { ids: sortedIds, weights };
  });
  return { vectors, documentFrequency: Int32Array.from(df) };
}

/** Cosine similarity of two unit vectors, by one merge pass over their sorted ids. */
export function cosine(a: TermVector, b: TermVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}
