/**
 * Near-duplicate paragraphs by the Jaccard similarity of their word sets, found through an index
 * rather than by comparing every pair (prefix filtering: two sets with similarity >= t must share one
 * of the first |s| - ceil(t·|s|) + 1 words of each, in any fixed global order of words).
 */

/** Text reduced for comparison: lower case, words only, so quotes, dashes and spacing do not count. */
export function comparisonKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A paragraph's distinct words, in the global (hash) order the prefix filter relies on. */
export function wordSet(key: string): string[] {
  const words = [...new Set(key.split(' ').filter((w) => w !== ''))];
  return words.map((w) => [wordHash(w), w] as const).sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1)).map((p) => p[1]);
}

/** Jaccard similarity of two word sets. */
export function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const small = a.length <= b.length ? a : b;
  const large = new Set(a.length <= b.length ? b : a);
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / (a.length + b.length - shared);
}

/** Candidates looked at per indexed word: a bound, so a page of near-identical lines stays linear. */
const MAX_CANDIDATES = 32;

/** An index of word sets that answers "is there an earlier set at least this similar?". */
export class NearDuplicateIndex {
  private readonly sets: string[][] = [];
  private readonly postings = new Map<string, number[]>();

  constructor(private readonly threshold: number) {}

  private prefixLength(size: number): number {
    return size - Math.ceil(this.threshold * size) + 1;
  }

  /** The index of an earlier set at least `threshold` similar to `words`, or -1. */
  find(words: readonly string[]): number {
    const seen = new Set<number>();
    for (const w of words.slice(0, this.prefixLength(words.length))) {
      const list = this.postings.get(w);
      if (!list) continue;
      for (let k = list.length - 1; k >= 0 && k >= list.length - MAX_CANDIDATES; k--) {
        const id = list[k]!;
        if (seen.has(id)) continue;
        seen.add(id);
        const other = this.sets[id]!;
        const [lo, hi] = other.length < words.length ? [other.length, words.length] : [words.length, other.length];
        if (lo < this.threshold * hi) continue;
        if (jaccard(other, words) >= this.threshold) return id;
      }
    }
    return -1;
  }

  /** Adds a set; later calls to `find` can return it. */
  add(words: readonly string[]): void {
    const id = this.sets.length;
    this.sets.push([...words]);
    for (const w of words.slice(0, this.prefixLength(words.length))) {
      const list = this.postings.get(w);
      if (list) list.push(id);
      else this.postings.set(w, [id]);
    }
  }
}
