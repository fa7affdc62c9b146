/**
 * What the tokeniser knows of each distinct word (its lower-case form, whether it may be part of a
 * name), worked out once and kept by the word's interned id.
 */
import { intern, vocabularyGeneration, wordOf } from './intern.js';

/** Prefixes that make a lower-case word part of a name: "al-Assad", "bin-Salman", "d'Alembert". */
export const NAME_PREFIX = /^(?:al|el|ad|as|ash|bin|ibn|abu|abd)-\p{Lu}|^[dlo][’']\p{Lu}/u;

/** Starts with a capital letter, or with a name prefix: may be part of a name. */
export function isCap(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first >= 65 && first <= 90) return true;
  if (first < 128) return NAME_PREFIX.test(text);
  return /^\p{Lu}/u.test(text) || NAME_PREFIX.test(text);
}

/** What the tokeniser needs to know of a word, worked out once per distinct word. */
export interface WordInfo {
  text: string;
  lower: string;
  cap: boolean;
  /** Holds no dot or hyphen, so the glued-domain and hyphen rules have nothing to split. */
  plain: boolean;
  /** Keeps a full stop that follows it (an abbreviation or initial); null until asked. */
  keepsDot: boolean | null;
  /** The last corpus (by serial number) whose lower-case words the scan added this word to; 0 for none. */
  lowerSeenIn: number;
}

const lowerOf = (word: string) => wordOf(intern(word.toLowerCase()));

let infos: (WordInfo | undefined)[] = [];
let infosOf = -1;

/** Forgets every record when the vocabulary has started afresh (ids then name other words). */
export function syncWordInfo(): void {
  if (infosOf === vocabularyGeneration()) return;
  infos = [];
  infosOf = vocabularyGeneration();
}

/** The record of an interned word. */
export function infoOf(id: number): WordInfo {
  let info = infos[id];
  if (info === undefined) {
    const text = wordOf(id);
    info = { text, lower: lowerOf(text), cap: isCap(text), plain: !text.includes('.') && !text.includes('-'),
      keepsDot: null, lowerSeenIn: 0 };
    while (infos.length < id) infos.push(undefined);
    infos[id] = info;
  }
  return info;
}

const MARKS: string[] = [];

/** A punctuation mark as a one-character string, made once per mark. */
export function markOf(code: number): string {
  return (MARKS[code] ??= String.fromCharCode(code));
}
