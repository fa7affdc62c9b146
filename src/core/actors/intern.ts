/**
 * Interned words. News repeats a small vocabulary millions of times: hashing a word's code units where
 * it stands in the text finds the one string already made for it, so tokenising allocates no string
 * per word, and callers can work out what they need to know about a word once per distinct word and
 * keep it by the word's id.
 */

/**
 * Past this many distinct strings the table starts afresh, between two corpora (never during one: the
 * scan keeps word ids for quote attribution), so a long session does not keep every word it has seen.
 */
const LIMIT = 1 << 20;

let slots = new Int32Array(1 << 12);
let strings: string[] = [];
let hashes: number[] = [];
let generation = 0;

function hashOf(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function grow(): void {
  const size = slots.length * 2;
  const mask = size - 1;
  slots = new Int32Array(size);
  for (let id = 0; id < strings.length; id++) {
    let s = hashes[id]! & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = id + 1;
  }
}

/** Starts afresh once the vocabulary passes its limit; called before a corpus, where no one holds an id. */
export function trimVocabulary(): void {
  if (strings.length < LIMIT) return;
  slots = new Int32Array(1 << 12);
  strings = [];
  hashes = [];
  generation++;
}

/** The id of the word `text[from, to)`, adding it on first sight. */
export function internRange(text: string, from: number, to: number): number {
  const h = hashOf(text, from, to);
  const mask = slots.length - 1;
  const length = to - from;
  for (let s = h & mask; ; s = (s + 1) & mask) {
    const entry = slots[s]!;
    if (entry === 0) {
      const id = strings.length;
      strings.push(length === text.length ? text : text.slice(from, to));
      hashes.push(h);
      slots[s] = id + 1;
      if (strings.length * 2 > slots.length) grow();
      return id;
    }
    const id = entry - 1;
    if (hashes[id] !== h) continue;
    const known = strings[id]!;
    if (known.length !== length) continue;
    let same = true;
    for (let i = 0; i < length; i++) {
      if (known.charCodeAt(i) !== text.charCodeAt(from + i)) {
        same = false;
        break;
      }
    }
    if (same) return id;
  }
}

/** The id of a whole string. */
export function intern(text: string): number {
  return internRange(text, 0, text.length);
}

/** `text.slice(from, to)`, as the one string kept for those characters. */
export function internedSlice(text: string, from: number, to: number): string {
  return strings[internRange(text, from, to)]!;
}

/** Changes whenever the table starts afresh: what a caller keeps by id is stale from then on. */
export function vocabularyGeneration(): number {
  return generation;
}

/** The interned string of an id. */
export function wordOf(id: number): string {
  return strings[id]!;
}
