import type { CommandId } from '../keys/commands.js';

/** Keeps n within [min, max]. */
export function clamp(n: number, min: number, max: number): number {
  return Math.min(Math.max(n, min), max);
}

/** Where a move command takes an index in a list of `count` rows (unclamped above for top-of-page math). */
export function movedIndex(current: number, command: CommandId, pageSize: number, count: number): number {
  switch (command) {
    case 'move.up': return current - 1;
    case 'move.down': return current + 1;
    case 'move.pageUp': return current - Math.max(1, pageSize);
    case 'move.pageDown': return current + Math.max(1, pageSize);
    case 'move.top': return 0;
    case 'move.bottom': return count - 1;
    default: return current;
  }
}

/** The next mark after (or before) `current`, wrapping around; null when there are none. */
export function stepMark(marks: readonly number[], current: number, direction: 1 | -1): number | null {
  if (marks.length === 0) return null;
  if (direction === 1) return marks.find((m) => m > current) ?? marks[0]!;
  return [...marks].reverse().find((m) => m < current) ?? marks[marks.length - 1]!;
}
