import type { TermSpace } from './vectors.js';

/** How many of its most distinctive terms index an article. */
const TOP_TERMS = 12;
/** How many later articles (by date) in one term's list each article is paired with. */
const NEIGHBOURS = 24;
/** Articles further apart than this (days) are not paired through a shared term. */
export const PAIRING_WINDOW_DAYS = 14;

/**
 * Pairs of articles worth scoring, without looking at all pairs: each article is indexed under its
 * few most distinctive terms (rare in the corpus but shared with at least one other article), and
 * within a term's list, sorted by date, each article meets only its next few neighbours inside the
 * date window. Pairs that share enough of these terms are candidates. Linear in corpus size.
 */
export function candidatePairs(space: TermSpace, days: readonly number[]): [number, number][] {
  const n = space.vectors.length;
  const df = space.documentFrequency;
  // A term in a large share of the corpus ("ukraine" in a war corpus) is the topic, not the story.
  const maxDf = Math.max(20, Math.floor(n * 0.02));
  const postings = new Map<number, number[]>();
  space.vectors.forEach((vector, article) => {
    const ranked: number[] = [];
    for (let k = 0; k < vector.ids.length; k++) {
      const f = df[vector.ids[k]!]!;
      if (f >= 2 && f <= maxDf) ranked.push(k);
    }
    ranked.sort((x, y) => vector.weights[y]! - vector.weights[x]!);
    for (const k of ranked.slice(0, TOP_TERMS)) {
      const id = vector.ids[k]!;
      const list = postings.get(id);
      if (list) list.push(article); else postings.set(id, [article]);
    }
  });

  // Undated articles (day Infinity) sort last, where they meet the latest dated ones and each other.
  const order = (x: number, y: number) => (days[x] === days[y] ? x - y : days[x]! < days[y]! ? -1 : 1);
  const shared = new Map<number, number>();
  for (const list of postings.values()) {
    if (list.length < 2) continue;
    list.sort(order);
    for (let p = 0; p < list.length; p++) {
      const x = list[p]!;
      for (let q = p + 1; q < list.length && q <= p + NEIGHBOURS; q++) {
        const y = list[q]!;
        if (Number.isFinite(days[y]!) && days[y]! - days[x]! > PAIRING_WINDOW_DAYS) break;
        const key = x < y ? x * n + y : y * n + x;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  // In a small corpus one shared distinctive term is already telling; in a large one it is chance.
  const minShared = n < 50 ? 1 : 2;
  const pairs: [number, number][] = [];
  for (const [key, count] of shared) {
    if (count >= minShared) pairs.push([Math.floor(key / n), key % n]);
  }
  return pairs;
}
