/**
 * A second look at groups on the same date. Merging places one report at a time, so three outlets'
 * reports of one event can end up as two groups when the third report resembles each of the first two
 * only in part. Groups with the same date and precision that share a name and, pooled, read alike are
 * joined here. Groups are compared only within a bucket of one date and one name, and only the first
 * few of a crowded bucket, so the pass stays linear.
 */
import type { DatedEvent } from './events.js';
import type { EventGroup } from './merge.js';
import { compareWording, weighWords, type WordWeight } from './wording.js';

/** Wording two pooled groups need to be called one event. */
const POOLED_OVERLAP = 0.4;
const POOLED_SHARED = 4;
/** How many groups of one bucket are compared pairwise. */
const CROWD = 24;
/** How many reports of a group are pooled. */
const POOL = 8;

/** Joins groups of the same date that report the same event. */
export function regroupSameDate(groups: readonly EventGroup[], weight: WordWeight): EventGroup[] {
  const parent = groups.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const buckets = new Map<string, number[]>();
  groups.forEach((group, i) => {
    const first = group.events[0]!;
    const names = new Set<string>();
    for (const e of group.events) for (const k of e.keys) if (!k.startsWith('=')) names.add(k);
    const day = `${first.date}\u0000${first.precision}\u0000`;
    for (const name of names) {
      const key = day + name;
      const list = buckets.get(key);
      if (!list) buckets.set(key, [i]);
      else if (list.length < CROWD) list.push(i);
    }
  });
  const pooled = new Map<number, ReturnType<typeof weighWords>>();
  const pool = (i: number) => {
    let words = pooled.get(i);
    if (!words) {
      const set = new Set<string>();
      for (const e of groups[i]!.events.slice(0, POOL)) for (const w of e.words) set.add(w);
      pooled.set(i, (words = weighWords(set, weight)));
    }
    return words;
  };
  // A group's sentences, worked out once: a big group meets many others in its buckets.
  const sentenceSets = new Map<number, Set<string>>();
  const sentencesIn = (i: number) => {
    let set = sentenceSets.get(i);
    if (!set) sentenceSets.set(i, (set = new Set(groups[i]!.events.map(sentenceKey))));
    return set;
  };
  for (const list of buckets.values()) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const i = list[a]!;
        const j = list[b]!;
        if (find(i) === find(j) || sameSentence(sentencesIn(i), sentencesIn(j))) continue;
        const m = compareWording(pool(i), pool(j));
        if (m.overlap >= POOLED_OVERLAP && m.shared >= POOLED_SHARED) parent[find(j)] = find(i);
      }
    }
  }
  const joined = new Map<number, EventGroup>();
  groups.forEach((group, i) => {
    const root = find(i);
    const into = joined.get(root);
    if (into) {
      into.events.push(...group.events);
      into.conflicting ||= group.conflicting;
    } else joined.set(root, { events: [...group.events], conflicting: group.conflicting });
  });
  return [...joined.values()];
}

/** Whether two groups (as their sentences) hold reports from one sentence: its dates are different events. */
function sameSentence(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const key of small) if (large.has(key)) return true;
  return false;
}

function sentenceKey(e: DatedEvent): string {
  return `${e.articleId}\u0000${e.paragraph}\u0000${e.sentenceIndex}`;
}
