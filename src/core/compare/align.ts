import { joinProfiles, sentenceSimilarity, type SentenceProfile } from './sentence-profile.js';
import { placeInReadingOrder } from './reading-order.js';

/** One aligned row by sentence index: one or two sentences of A against one or two of B (or none). */
export interface AlignedRow {
  a: number[];
  b: number[];
  similarity: number;
}

/** A pair of sentences worth aligning, with how alike they are. */
interface Candidate {
  i: number;
  j: number;
  similarity: number;
}

/** Below this two sentences are not the same statement, however they are placed. */
export const MATCH_THRESHOLD = 0.45;
// Pairs this weak are kept only as hints for one-to-two merges.
const HINT_THRESHOLD = 0.25;
// A merge must make the row clearly better, or "X." against "X. Y." would swallow every neighbour.
const MERGE_GAIN = 0.05;
// A word in this many sentences of B is always specific enough to look at (short articles).
const COMMON_FLOOR = 8;

/**
 * Aligns the sentences of two articles: the strongest pairs first (so a moved paragraph still finds
 * its partner), near-ties broken toward reading order, then one-to-two merges for split or joined
 * sentences, then every row placed in reading order. Linear in pairs that share a content word.
 */
export function alignSentences(a: readonly SentenceProfile[], b: readonly SentenceProfile[]): AlignedRow[] {
  const candidates = scorePairs(a, b);
  const rows = matchBestFirst(candidates, a.length, b.length);
  mergeNeighbours(rows, candidates, a, b);
  return placeInReadingOrder(rows, a.length, b.length);
}

function scorePairs(a: readonly SentenceProfile[], b: readonly SentenceProfile[]): Candidate[] {
  const out: Candidate[] = [];
  const consider = (i: number, j: number) => {
    const similarity = sentenceSimilarity(a[i]!, b[j]!);
    if (similarity >= HINT_THRESHOLD) out.push({ i, j, similarity });
  };
  // Pairs that share no content word cannot reach the hint threshold (half the score is content
  // words), so only pairs that share one are scored; sentences with no content word ("He said so.")
  // are matched on their exact words.
  const byWord = new Map<string, number[]>();
  const bareB = new Map<string, number[]>();
  b.forEach((sentence, j) => {
    if (sentence.content.size === 0) push(bareB, sentence.comparable, j);
    for (const word of sentence.content) push(byWord, word, j);
  });
  // A word in many sentences of B would make most pairs candidates; alone it proves nothing. The
  // bound grows slower than B, so long articles stay near-linear.
  const common = Math.max(COMMON_FLOOR, 2 * Math.sqrt(b.length));
  const seen = new Int32Array(b.length).fill(-1);
  a.forEach((sentence, i) => {
    for (const j of bareB.get(sentence.comparable) ?? []) consider(i, j);
    for (const word of sentence.content) {
      const list = byWord.get(word);
      if (!list || list.length > common) continue;
      for (const j of list) if (seen[j] !== i) { seen[j] = i; consider(i, j); }
    }
  });
  return out;
}

function push(index: Map<string, number[]>, key: string, value: number): void {
  const list = index.get(key);
  if (list) list.push(value); else index.set(key, [value]);
}

function matchBestFirst(candidates: readonly Candidate[], n: number, m: number): AlignedRow[] {
  // A small bonus for lying near the diagonal: repeated sentences pair in order, never crosswise.
  const ranked = candidates
    .filter((c) => c.similarity >= MATCH_THRESHOLD)
    .map((c) => ({ c, key: c.similarity + 0.02 * (1 - Math.abs(c.i / Math.max(1, n) - c.j / Math.max(1, m))) }))
    .sort((x, y) => y.key - x.key)
    .map((x) => x.c);
  const usedA = new Uint8Array(n);
  const usedB = new Uint8Array(m);
  const rows: AlignedRow[] = [];
  for (const c of ranked) {
    if (usedA[c.i] || usedB[c.j]) continue;
    usedA[c.i] = 1;
    usedB[c.j] = 1;
    rows.push({ a: [c.i], b: [c.j], similarity: c.similarity });
  }
  return rows;
}

function mergeNeighbours(
  rows: AlignedRow[],
  candidates: readonly Candidate[],
  a: readonly SentenceProfile[],
  b: readonly SentenceProfile[],
): void {
  const usedA = new Uint8Array(a.length);
  const usedB = new Uint8Array(b.length);
  for (const row of rows) { row.a.forEach((i) => (usedA[i] = 1)); row.b.forEach((j) => (usedB[j] = 1)); }
  const joinedA = new Map<number, SentenceProfile>();
  const joinedB = new Map<number, SentenceProfile>();
  // Sentences k and k + 1 read as one, profiled once however many rows try the pair.
  const pairOf = (side: readonly SentenceProfile[], cache: Map<number, SentenceProfile>, k: number) => {
    let made = cache.get(k);
    if (!made) { made = joinProfiles(side[k]!, side[k + 1]!); cache.set(k, made); }
    return made;
  };
  const freeA = (i: number) => i >= 0 && i < a.length && !usedA[i];
  const freeB = (j: number) => j >= 0 && j < b.length && !usedB[j];

  // A matched row takes in an unmatched neighbour when the pair reads better as one.
  for (const row of rows) {
    const i = row.a[0]!;
    const j = row.b[0]!;
    let best: { side: 'a' | 'b'; index: number; similarity: number } | null = null;
    for (const k of [j - 1, j + 1]) {
      if (!freeB(k)) continue;
      const s = sentenceSimilarity(a[i]!, pairOf(b, joinedB, Math.min(j, k)));
      if (!best || s > best.similarity) best = { side: 'b', index: k, similarity: s };
    }
    for (const k of [i - 1, i + 1]) {
      if (!freeA(k)) continue;
      const s = sentenceSimilarity(pairOf(a, joinedA, Math.min(i, k)), b[j]!);
      if (!best || s > best.similarity) best = { side: 'a', index: k, similarity: s };
    }
    if (!best || best.similarity < row.similarity + MERGE_GAIN) continue;
    if (best.side === 'b') { row.b = [j, best.index].sort((x, y) => x - y); usedB[best.index] = 1; }
    else { row.a = [i, best.index].sort((x, y) => x - y); usedA[best.index] = 1; }
    row.similarity = best.similarity;
  }

  // Unmatched sentences that only match two neighbours read together (one long sentence split in two).
  for (const c of [...candidates].sort((x, y) => y.similarity - x.similarity)) {
    if (freeA(c.i) && freeB(c.j)) {
      const options: AlignedRow[] = [];
      for (const k of [c.j - 1, c.j + 1]) {
        if (freeB(k)) options.push({ a: [c.i], b: [Math.min(c.j, k), Math.max(c.j, k)], similarity: 0 });
      }
      for (const k of [c.i - 1, c.i + 1]) {
        if (freeA(k)) options.push({ a: [Math.min(c.i, k), Math.max(c.i, k)], b: [c.j], similarity: 0 });
      }
      for (const option of options) {
        const left = option.a.length === 1 ? a[option.a[0]!]! : pairOf(a, joinedA, option.a[0]!);
        const right = option.b.length === 1 ? b[option.b[0]!]! : pairOf(b, joinedB, option.b[0]!);
        option.similarity = sentenceSimilarity(left, right);
      }
      const best = options.sort((x, y) => y.similarity - x.similarity)[0];
      if (best && best.similarity >= MATCH_THRESHOLD) {
        rows.push(best);
        best.a.forEach((i) => (usedA[i] = 1));
        best.b.forEach((j) => (usedB[j] = 1));
      }
    }
  }
}
