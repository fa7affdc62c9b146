import type { Actor, Article } from '../types.js';

/** Finds the people, organisations and places of the corpus. (Placeholder: being built.) */
export function extractActors(_articles: readonly Article[]): Actor[] {
  return [];
}
