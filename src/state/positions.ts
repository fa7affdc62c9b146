const positions = new WeakMap<readonly string[], Map<string, number>>();

/**
 * Where an id stands in a list of row ids, or -1. Row lists are made once per filter result and kept,
 * so the map is built once per list and every later keystroke finds the selection in O(1), not by a
 * scan of 100,000 ids.
 */
export function positionOf(rowIds: readonly string[], id: string | null): number {
  if (id === null) return -1;
  let map = positions.get(rowIds);
  if (!map) {
    map = new Map();
    for (let i = 0; i < rowIds.length; i++) if (!map.has(rowIds[i]!)) map.set(rowIds[i]!, i);
    positions.set(rowIds, map);
  }
  return map.get(id) ?? -1;
}
