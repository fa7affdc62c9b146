import type { ComparePair } from '../compare-pairs.js';

/** How alike each measured pair is, by pair id (the App measures pairs after drawing them). */
export type Similarities = Readonly<Record<string, number>>;

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
export function orderedByStory(pairs: readonly ComparePair[], similarity: Similarities): ComparePair[] {
  const out: ComparePair[] = [];
  for (const [start, end] of storyRuns(pairs)) {
    const run = pairs.slice(start, end);
    if (run.every((p) => similarity[p.id] !== undefined)) run.sort((x, y) => similarity[y.id]! - similarity[x.id]!);
    out.push(...run);
  }
  return out;
}

/**
 * The pairs still to measure so the window [from, to) can be ordered: every pair of the story runs it
 * overlaps, or (a filtered, score-ordered list) only the rows in view.
 */
export function unmeasuredInView(pairs: readonly ComparePair[], from: number, to: number, wholeStories: boolean, similarity: Similarities): string[] {
  let start = Math.max(0, from);
  let end = Math.min(pairs.length, to);
  if (start >= end) return [];
  // Widen to the whole story runs at both edges: a story's pairs are ordered together.
  if (wholeStories) {
    while (start > 0 && pairs[start - 1]!.storyId === pairs[start]!.storyId) start--;
    while (end < pairs.length && pairs[end]!.storyId === pairs[end - 1]!.storyId) end++;
  }
  return pairs.slice(start, end).filter((p) => similarity[p.id] === undefined).map((p) => p.id);
}
