/**
 * Near-duplicate paragraphs by the Jaccard similarity of their word sets, found through an index
 * rather than by comparing every pair (prefix filtering: two sets with similarity >= t must share one
 * of the first |s| - ceil(t·|s|) + 1 words of each, in any fixed global order of words). The order
 * is the hash order, in which long words come first (see fingerprint.ts), so prefixes hold
 * distinctive words and "the" rarely makes two paragraphs candidates. Words are held as 32-bit
 * hashes: cheap to sort, compare and index.
 */

/** Distinct word hashes in ascending order. */
export function wordSet(hashes: readonly number[]): Uint32Array {
  const sorted = new Uint32Array(hashes.length);
  for (let i = 0; i < hashes.length; i++) sorted[i] = hashes[i]!;
  sorted.sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i]!;
  return sorted.subarray(0, n);
}

/**
 * The `count` smallest distinct hashes, ascending: the prefix of the set in the global order, found
 * without sorting the whole set (count is 1-5 for paragraphs of news length).
 */
export function smallestDistinct(hashes: readonly number[], count: number): number[] {
  const out: number[] = [];
  for (const h of hashes) {
    if (out.length === count && h >= out[count - 1]!) continue;
    let i = out.length;
    while (i > 0 && out[i - 1]! > h) i--;
    if (out[i - 1] === h) continue;
    out.splice(i, 0, h);
    if (out.length > count) out.pop();
  }
  return out;
}

/** Jaccard similarity of two ascending hash sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

/** Word counts include repeated words, so the size filter allows this much slack. */
const SIZE_MARGIN = 0.9;

/** Candidates looked at per indexed word: a bound, so a page of near-identical lines stays linear. */
const MAX_CANDIDATES = 32;

/**
 * An index of word sets that answers "is there an earlier set at least this similar?". Sets arrive
 * as word hashes with repeats; the prefix length is taken from the word count, which is at least the
 * set's size, so the prefix is never shorter than the filter needs. Full sets are sorted only when a
 * candidate must be verified, which is rare.
 */
export class NearDuplicateIndex {
  private readonly raw: (readonly number[])[] = [];
  private readonly figures: number[] = [];
  private readonly sets: (Uint32Array | undefined)[] = [];
  private readonly postings = new Map<number, number[]>();

  constructor(private readonly threshold: number) {}

  private prefixOf(hashes: readonly number[]): number[] {
    return smallestDistinct(hashes, hashes.length - Math.ceil(this.threshold * hashes.length) + 1);
  }

  private setOf(id: number): Uint32Array {
    let set = this.sets[id];
    if (!set) {
      set = wordSet(this.raw[id]!);
      this.sets[id] = set;
    }
    return set;
  }

  /**
   * The index of an earlier set at least `threshold` similar to these words and with the same
   * figures (`figures`: a hash of the numbers in the paragraph), or -1. A changed number is news.
   */
  find(hashes: readonly number[], figures: number): number {
    let mine: Uint32Array | undefined;
    const seen = new Set<number>();
    for (const h of this.prefixOf(hashes)) {
      const list = this.postings.get(h);
      if (!list) continue;
      for (let k = list.length - 1; k >= 0 && k >= list.length - MAX_CANDIDATES; k--) {
        const id = list[k]!;
        if (seen.has(id)) continue;
        seen.add(id);
        if (this.figures[id] !== figures) continue;
        // Similar sets have similar sizes; word counts (repeats included) stand in, with a margin.
        const theirs = this.raw[id]!.length;
        if (Math.min(theirs, hashes.length) < SIZE_MARGIN * this.threshold * Math.max(theirs, hashes.length)) continue;
        mine ??= wordSet(hashes);
        if (jaccard(this.setOf(id), mine) >= this.threshold) return id;
      }
    }
    return -1;
  }

  /** Adds a paragraph's words; later calls to `find` can return it. */
  add(hashes: readonly number[], figures: number): void {
    const id = this.raw.length;
    this.raw.push(hashes);
    this.figures.push(figures);
    this.sets.push(undefined);
    for (const h of this.prefixOf(hashes)) {
      const list = this.postings.get(h);
      if (list) list.push(id);
      else this.postings.set(h, [id]);
    }
  }
}
