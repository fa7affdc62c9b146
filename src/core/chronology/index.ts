import type { Actor, Article, ChronologyEntry } from '../types.js';

/** Builds the merged chronology of the corpus. (Placeholder: being built.) */
export function buildChronology(_articles: readonly Article[], _actors: readonly Actor[]): ChronologyEntry[] {
  return [];
}
