/**
 * Merging dated events across articles. The same event reported by several outlets (dates that agree
 * within their precision, an actor in common, similar wording) becomes one group listing every report;
 * outlets that put clearly the same event on nearby but different days are grouped too, and flagged.
 * Events are taken in date order and compared only with recent groups that share an actor (a bounded
 * look-back per bucket), so the work stays linear in the corpus.
 */
import { PRECISION_RANK, spanEnd } from './calendar.js';
import type { DatedEvent } from './events.js';
import { compareWording, type WordWeight } from './wording.js';

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
const LOOK_BACK = 48;

interface Group extends EventGroup {
  start: number;
  end: number;
  rank: number;
}

type Relation = 'same' | 'nested' | 'conflict' | 'apart';

/** Whether two dated spans agree (one holds the other), nearly meet (a possible conflict), or lie apart. */
function relation(group: Group, event: DatedEvent): Relation {
  const end = spanEnd(event.start, event.precision);
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
  const buckets = new Map<string, Group[]>();
  for (const event of sorted) {
    const match = bestGroup(event, buckets, weight);
    let group: Group;
    if (match) {
      group = match.group;
      group.events.push(event);
      if (match.relation === 'conflict') group.conflicting = true;
      else if (PRECISION_RANK[event.precision] < group.rank) {
        group.start = event.start;
        group.end = spanEnd(event.start, event.precision);
        group.rank = PRECISION_RANK[event.precision];
      }
    } else {
      group = { events: [event], conflicting: false, start: event.start, end: spanEnd(event.start, event.precision), rank: PRECISION_RANK[event.precision] };
      groups.push(group);
    }
    for (const key of event.keys) {
      const bucket = buckets.get(key) ?? [];
      if (bucket[bucket.length - 1] !== group) bucket.push(group);
      buckets.set(key, bucket);
    }
  }
  return groups.map(({ events: list, conflicting }) => ({ events: list, conflicting }));
}

function bestGroup(event: DatedEvent, buckets: ReadonlyMap<string, Group[]>, weight: WordWeight): { group: Group; relation: Relation } | null {
  let best: { group: Group; relation: Relation; score: number } | null = null;
  const seen = new Set<Group>();
  for (const key of event.keys) {
    const bucket = buckets.get(key);
    if (!bucket) continue;
    const exact = key.startsWith('=');
    for (let i = bucket.length - 1; i >= Math.max(0, bucket.length - LOOK_BACK); i--) {
      const group = bucket[i]!;
      if (seen.has(group)) continue;
      seen.add(group);
      const rel = relation(group, event);
      if (rel === 'apart') continue;
      if (rel === 'conflict' && group.events.every((e) => e.articleId === event.articleId)) continue;
      const score = exact && rel !== 'conflict' ? 2 : wordingScore(group, event, rel, weight);
      if (score > 0 && (!best || score > best.score || (score === best.score && rel !== 'conflict'))) best = { group, relation: rel, score };
    }
  }
  return best;
}

/** The best wording overlap between the event and the group's first reports, or 0 when too unlike. */
function wordingScore(group: Group, event: DatedEvent, rel: Relation, weight: WordWeight): number {
  const [minOverlap, minShared] =
    rel === 'same' ? [SAME_OVERLAP, SAME_SHARED] : rel === 'nested' ? [NESTED_OVERLAP, SAME_SHARED] : [CONFLICT_OVERLAP, CONFLICT_SHARED];
  let best = 0;
  for (const other of group.events.slice(0, 6)) {
    const m = compareWording(event.words, other.words, weight);
    if (m.overlap >= minOverlap && m.shared >= minShared) best = Math.max(best, m.overlap);
  }
  return best;
}
