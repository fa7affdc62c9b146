/**
 * Merging dated events across articles. The same event reported by several outlets (dates that agree
 * within their precision, an actor in common, similar wording) becomes one group listing every report;
 * outlets that put clearly the same event on nearby but different days are grouped too, and flagged.
 * Events are taken in date order and compared only with recent groups that share an actor (a bounded
 * look-back per bucket, ending where no group can reach the event's date), so the work stays linear in
 * the corpus. Years are bucketed apart, since they only ever meet years.
 */
import { PRECISION_RANK, spanEnd } from './calendar.js';
import type { DatedEvent } from './events.js';
import { compareWording, weighWords, type WeightedWords, type WordWeight } from './wording.js';

/** A group of reports of one event. */
export interface EventGroup {
  events: DatedEvent[];
  /** Set when the reports disagree on the date. */
  conflicting: boolean;
}

/** How far apart (in days) two reports can date one event before they are simply different events. */
export const CONFLICT_DAYS = 3;
/** Wording needed to call two reports on the same date the same event. */
const SAME_OVERLAP = 0.35;
const SAME_SHARED = 3;
/** Wording needed when one date holds the other (a Thursday in its week): the finer date will win. */
const NESTED_OVERLAP = 0.45;
/** Wording needed to call reports on different dates the same event: stricter, since it raises a flag. */
const CONFLICT_OVERLAP = 0.5;
const CONFLICT_SHARED = 4;
/** How many recent groups per bucket an event is compared with. */
const LOOK_BACK = 32;

interface Group extends EventGroup {
  start: number;
  end: number;
  rank: number;
  /** The weighed words of the first few reports: what later reports are compared with. */
  samples: WeightedWords[];
  /** The last event placed that looked at this group (saves a set per event). */
  visit: number;
  /** The words of the first reports together: a report on the same date is compared with all of them. */
  union: WeightedWords;
  /** Sentences ("article, paragraph, sentence") already in the group: a sentence's other dates are other events. */
  sentences: Set<string>;
  articles: Set<string>;
}

/** Groups that share a key, with the start of the latest event that put each there (never decreasing). */
interface Bucket {
  groups: Group[];
  at: number[];
}

/** An event being placed, with what comparing it needs worked out once. */
interface Placing {
  event: DatedEvent;
  end: number;
  words: WeightedWords;
  /** The event's sentence ("article, paragraph, sentence"). */
  sentence: string;
}

/** How many reports of a group later reports are compared with. */
const SAMPLES = 4;
/** How far back a bucket can hold a group that reaches an event: a month (or a year) and the conflict window. */
const REACH = { other: 31 + CONFLICT_DAYS, year: 366 + CONFLICT_DAYS };

type Relation = 'same' | 'nested' | 'conflict' | 'apart';

/** Whether two dated spans agree (one holds the other), nearly meet (a possible conflict), or lie apart. */
function relation(group: Group, { event, end }: Placing): Relation {
  // A year holds too much to say a dated report within it is the same event; years only meet years.
  if ((event.precision === 'year') !== (group.rank === PRECISION_RANK.year)) return 'apart';
  if (event.start === group.start && end === group.end) return 'same';
  if ((event.start >= group.start && end <= group.end) || (group.start >= event.start && group.end <= end)) return 'nested';
  if (event.precision !== 'day' || group.rank !== PRECISION_RANK.day) return 'apart';
  return Math.abs(event.start - group.start) <= CONFLICT_DAYS ? 'conflict' : 'apart';
}

/**
 * Groups dated events into events reported once or many times. `weight` says how telling each word is
 * (rare words more); input order does not matter.
 */
export function mergeEvents(events: readonly DatedEvent[], weight: WordWeight = () => 1): EventGroup[] {
  const sorted = [...events].sort((a, b) => a.start - b.start || PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] || a.order - b.order);
  const groups: Group[] = [];
  const yearBuckets = new Map<string, Bucket>();
  const otherBuckets = new Map<string, Bucket>();
  let visit = 0;
  for (const event of sorted) {
    const placing: Placing = { event, end: spanEnd(event.start, event.precision), words: weighWords(event.words, weight), sentence: sentenceKey(event) };
    const isYear = event.precision === 'year';
    const buckets = isYear ? yearBuckets : otherBuckets;
    const match = bestGroup(placing, buckets, ++visit, isYear ? REACH.year : REACH.other);
    let group: Group;
    if (match) {
      group = match.group;
      group.events.push(event);
      if (group.samples.length < SAMPLES) {
        group.samples.push(placing.words);
        addWords(group.union, placing.words);
      }
      group.sentences.add(placing.sentence);
      group.articles.add(event.articleId);
      if (match.relation === 'conflict') group.conflicting = true;
      else if (PRECISION_RANK[event.precision] < group.rank) {
        group.start = event.start;
        group.end = placing.end;
        group.rank = PRECISION_RANK[event.precision];
      }
    } else {
      group = {
        events: [event], conflicting: false, start: event.start, end: placing.end, rank: PRECISION_RANK[event.precision],
        samples: [placing.words], visit, union: addWords({ set: new Set(), words: [], weights: [], total: 0 }, placing.words),
        sentences: new Set([placing.sentence]), articles: new Set([event.articleId]),
      };
      groups.push(group);
    }
    for (const key of event.keys) {
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = { groups: [], at: [] }));
      const last = bucket.groups.length - 1;
      if (bucket.groups[last] === group) bucket.at[last] = event.start;
      else {
        bucket.groups.push(group);
        bucket.at.push(event.start);
      }
    }
  }
  return groups.map(({ events: list, conflicting }) => ({ events: list, conflicting }));
}

function bestGroup(placing: Placing, buckets: ReadonlyMap<string, Bucket>, visit: number, reach: number): { group: Group; relation: Relation } | null {
  const { event } = placing;
  let best: { group: Group; relation: Relation; score: number } | null = null;
  for (const key of event.keys) {
    const bucket = buckets.get(key);
    if (!bucket) continue;
    const exact = key.startsWith('=');
    for (let i = bucket.groups.length - 1; i >= Math.max(0, bucket.groups.length - LOOK_BACK); i--) {
      if (bucket.at[i]! < event.start - reach) break;
      const group = bucket.groups[i]!;
      if (group.visit === visit) continue;
      group.visit = visit;
      const rel = relation(group, placing);
      if (rel === 'apart') continue;
      // The same sentence on an agreeing date is the same report: no need to look further.
      if (exact && rel !== 'conflict') return { group, relation: rel };
      if (group.sentences.has(placing.sentence)) continue;
      if (rel === 'conflict' && group.articles.has(event.articleId)) continue;
      const score = wordingScore(group, placing, rel);
      if (score > 0 && (!best || score > best.score || (score === best.score && rel !== 'conflict'))) best = { group, relation: rel, score };
    }
  }
  return best;
}

/** The best wording overlap between the event and the group's first reports, or 0 when too unlike. */
function wordingScore(group: Group, placing: Placing, rel: Relation): number {
  const [minOverlap, minShared] =
    rel === 'same' ? [SAME_OVERLAP, SAME_SHARED] : rel === 'nested' ? [NESTED_OVERLAP, SAME_SHARED] : [CONFLICT_OVERLAP, CONFLICT_SHARED];
  let best = 0;
  for (let i = 0; i <= group.samples.length; i++) {
    const other = i < group.samples.length ? group.samples[i]! : rel === 'same' ? group.union : null;
    if (!other) break;
    const m = compareWording(placing.words, other);
    if (m.overlap >= minOverlap && m.shared >= minShared) best = Math.max(best, m.overlap);
  }
  return best;
}

function sentenceKey(e: DatedEvent): string {
  return `${e.articleId}\u0000${e.paragraph}\u0000${e.sentenceIndex}`;
}

/** Adds a report's words to a group's union. */
function addWords(union: WeightedWords, words: WeightedWords): WeightedWords {
  const set = union.set as Set<string>;
  words.words.forEach((w, i) => {
    if (set.has(w)) return;
    set.add(w);
    union.words.push(w);
    union.weights.push(words.weights[i]!);
    union.total += words.weights[i]!;
  });
  return union;
}
