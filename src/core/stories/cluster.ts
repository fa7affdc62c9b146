/** A scored pair of articles (by position). */
export interface ScoredPair {
  x: number;
  y: number;
  score: number;
}

/** At or above this two articles are linked into one story. */
export const LINK_THRESHOLD = 0.3;
/** Two groups merge only when their members are, on average, this alike (no chaining through a hub). */
export const GROUP_THRESHOLD = 0.22;
/** Members sampled from each group to estimate how alike two groups are. */
const SAMPLE = 4;

/**
 * Groups articles from their strongest links down (single-link order), but a link joins two groups
 * only when a sample of cross pairs is alike on average: a live blog that touches three stories
 * cannot pull the three into one. Returns the groups as lists of positions, every article in one.
 */
export function clusterArticles(
  n: number,
  pairs: readonly ScoredPair[],
  score: (x: number, y: number) => number,
): number[][] {
  const groupOf = Int32Array.from({ length: n }, (_, i) => i);
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const find = (i: number): number => {
    while (groupOf[i] !== i) { groupOf[i] = groupOf[groupOf[i]!]!; i = groupOf[i]!; }
    return i;
  };
  const ranked = pairs.filter((p) => p.score >= LINK_THRESHOLD).sort((p, q) => q.score - p.score || p.x - q.x || p.y - q.y);
  for (const { x, y } of ranked) {
    let gx = find(x);
    let gy = find(y);
    if (gx === gy) continue;
    const mx = members[gx]!;
    const my = members[gy]!;
    if (mx.length * my.length > 1 && averageScore(sample(mx), sample(my), score) < GROUP_THRESHOLD) continue;
    if (mx.length < my.length) [gx, gy] = [gy, gx];
    groupOf[gy] = gx;
    members[gx]!.push(...members[gy]!);
    members[gy] = [];
  }
  return members.filter((m) => m.length > 0).map((m) => m.sort((a, b) => a - b));
}

/** Up to SAMPLE members spread over the group, the same ones for the same group. */
function sample(group: readonly number[]): number[] {
  if (group.length <= SAMPLE) return [...group];
  return Array.from({ length: SAMPLE }, (_, k) => group[Math.floor((k * group.length) / SAMPLE)]!);
}

function averageScore(xs: readonly number[], ys: readonly number[], score: (x: number, y: number) => number): number {
  let total = 0;
  for (const x of xs) for (const y of ys) total += score(x, y);
  return total / (xs.length * ys.length);
}
