import type { StoryEvidence } from './evidence.js';
import { cosine, type TermVector } from './vectors.js';

/** Up to this much for naming the same (rare) actors. */
const ACTOR_BONUS = 0.1;
/** This much per shared dated event, up to twice. */
const EVENT_BONUS = 0.05;
/** Publication days apart that still cost nothing: a story develops over a week of follow-ups. */
const FREE_DAYS = 6;
/** The penalty per doubling of the gap beyond FREE_DAYS, and its ceiling. */
const PENALTY_PER_DOUBLING = 0.15;
const MAX_PENALTY = 0.6;

function sharedActors(x: Map<number, number>, y: Map<number, number>): number {
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size === 0) return 0;
  let shared = 0;
  let smallTotal = 0;
  for (const [actor, weight] of small) {
    smallTotal += weight;
    if (large.has(actor)) shared += weight;
  }
  return smallTotal === 0 ? 0 : shared / smallTotal;
}

/**
 * How strongly two articles report the same story: the cosine of their term vectors, plus a little
 * for shared actors and shared dated events, minus a penalty that grows with the days between their
 * publication (articles months apart are rarely one story, however alike their words).
 */
export function storyScore(vectors: readonly TermVector[], evidence: StoryEvidence, x: number, y: number): number {
  let score = cosine(vectors[x]!, vectors[y]!);
  score += ACTOR_BONUS * sharedActors(evidence.actors[x]!, evidence.actors[y]!);
  let events = 0;
  for (const id of evidence.events[x]!) if (evidence.events[y]!.has(id)) events++;
  score += EVENT_BONUS * Math.min(2, events);
  const gap = Math.abs(evidence.days[x]! - evidence.days[y]!);
  if (Number.isFinite(gap) && gap > FREE_DAYS) {
    score -= Math.min(MAX_PENALTY, PENALTY_PER_DOUBLING * Math.log2(gap / FREE_DAYS));
  }
  return score;
}
