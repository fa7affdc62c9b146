import { alignmentSimilarity } from '../../core/compare/index.js';
import type { ComparePair } from '../compare-pairs.js';

// Aligning a pair costs milliseconds, so it is done once per pair and only for pairs a user sees.
const similarities = new WeakMap<ComparePair, number>();

/** How alike a pair's two versions are, in [0, 1], measured on first use and remembered. */
export function pairSimilarity(pair: ComparePair): number {
  let known = similarities.get(pair);
  if (known === undefined) {
    known = alignmentSimilarity(pair.a, pair.b);
    similarities.set(pair, known);
    measuredCount++;
  }
  return known;
}

let measuredCount = 0;

/** How many pairs have been measured so far: an ordering made at the same count is still right. */
export function measurements(): number {
  return measuredCount;
}

/** Whether a pair has been measured yet. */
export function isMeasured(pair: ComparePair): boolean {
  return similarities.has(pair);
}

/** The runs of consecutive pairs of one story, as [start, end) indices. */
export function storyRuns(pairs: readonly ComparePair[]): [number, number][] {
  const runs: [number, number][] = [];
  pairs.forEach((pair, i) => {
    const last = runs[runs.length - 1];
    if (last && pairs[last[0]]!.storyId === pair.storyId) last[1] = i + 1;
    else runs.push([i, i + 1]);
  });
  return runs;
}

/**
 * The pairs with each story's run sorted most similar first, where the whole run has been measured;
 * runs not yet measured keep their order. Stable, so a run never moves in the list, only within itself.
 */
export function orderedByStory(pairs: readonly ComparePair[]): ComparePair[] {
  const out: ComparePair[] = [];
  for (const [start, end] of storyRuns(pairs)) {
    const run = pairs.slice(start, end);
    if (run.every(isMeasured)) run.sort((x, y) => pairSimilarity(y) - pairSimilarity(x));
    out.push(...run);
  }
  return out;
}

/**
 * Measures every pair of the story runs that overlap [from, to), so those runs can be ordered; a
 * filtered (score-ordered) list measures only the rows in view.
 */
export function measureInView(pairs: readonly ComparePair[], from: number, to: number, wholeStories: boolean): void {
  if (!wholeStories) {
    for (const pair of pairs.slice(from, to)) pairSimilarity(pair);
    return;
  }
  for (const [start, end] of storyRuns(pairs)) {
    if (end > from && start < to) for (const pair of pairs.slice(start, end)) pairSimilarity(pair);
  }
}
