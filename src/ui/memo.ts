/**
 * The one memo of the explorer. A keystroke asks for the focused pane's model twice (the reducer reads
 * its context, the frame draws it) and most keys change one slice of the state, so everything derived
 * from the corpus and a slice (filter results' positions, laid-out text, comparisons, whole pane
 * models) is kept here under a named slot, keyed by the identity of what it was made from. One
 * instance per corpus, owned by the App: no module keeps state of its own.
 */
export class Memo {
  private readonly slots = new Map<string, { keys: readonly unknown[]; value: unknown }[]>();

  /** The value made from `keys` (compared by identity) in `slot`; made on first use; the last `keep` are kept. */
  get<T>(slot: string, keys: readonly unknown[], make: () => T, keep = 1): T {
    let entries = this.slots.get(slot);
    if (!entries) {
      entries = [];
      this.slots.set(slot, entries);
    }
    const at = entries.findIndex((e) => e.keys.length === keys.length && e.keys.every((k, i) => Object.is(k, keys[i])));
    if (at !== -1) {
      const found = entries[at]!;
      // Most recently used last, so the oldest goes first when the slot is full.
      if (at !== entries.length - 1) entries.push(...entries.splice(at, 1));
      return found.value as T;
    }
    const value = make();
    entries.push({ keys, value });
    if (entries.length > keep) entries.shift();
    return value;
  }
}
