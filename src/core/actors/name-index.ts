import { givenNamesMatch, surnamesMatch } from './similarity.js';

/** Disjoint sets of entity ids: two forms found to be one person are joined. */
export class UnionFind {
  private parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

function bucketOf(surnameKey: string): string {
  return surnameKey.slice(0, 3);
}

/**
 * Full names indexed for near-miss look-ups without comparing all pairs: surname key -> given-name
 * key -> entity, and surname-key prefix -> the distinct surname keys under it. A look-up compares one
 * key with the few distinct surnames sharing its prefix, then with the few given names of each.
 */
export class FullNameIndex {
  private readonly bySurname = new Map<string, Map<string, number>>();
  private readonly surnamesByPrefix = new Map<string, string[]>();
  private readonly similar = new Map<string, string[]>();

  /** Surname keys that match `key` within the length allowance (cached: asked once per distinct key). */
  similarSurnames(key: string): string[] {
    let found = this.similar.get(key);
    if (!found) {
      found = (this.surnamesByPrefix.get(bucketOf(key)) ?? []).filter((other) => surnamesMatch(key, other));
      this.similar.set(key, found);
    }
    return found;
  }

  /** Adds a full name; returns the entities it is the same person as. */
  add(given: string, surname: string, id: number): number[] {
    const same: number[] = [];
    for (const other of this.similarSurnames(surname)) {
      for (const [otherGiven, otherId] of this.bySurname.get(other)!) if (givenNamesMatch(given, otherGiven)) same.push(otherId);
    }
    let givens = this.bySurname.get(surname);
    if (!givens) {
      givens = new Map();
      this.bySurname.set(surname, givens);
      const prefix = bucketOf(surname);
      this.surnamesByPrefix.set(prefix, [...(this.surnamesByPrefix.get(prefix) ?? []), surname]);
      this.similar.clear();
    }
    if (!givens.has(given)) givens.set(given, id);
    return same;
  }

  /** Every entity whose surname matches the key. */
  withSurname(key: string): number[] {
    return this.similarSurnames(key).flatMap((s) => [...this.bySurname.get(s)!.values()]);
  }
}

/** One full name in the loose index: its loose and strict keys, and the entity it founded. */
interface LooseEntry {
  given: string;
  surname: string;
  looseGiven: string;
  id: number;
}

/**
 * Full names indexed by the loose keys of their surname and given name (transliteration.ts), for
 * romanisations the strict keys miss ("Moamer Kadhafi" / "Muammar Gaddafi"). A look-up only proposes
 * pairs; the caller merges those that also agree on something else.
 */
export class LooseNameIndex {
  private readonly bySurname = new Map<string, LooseEntry[]>();

  /** Adds a full name; returns the earlier names meeting it on both loose keys, with their strict keys. */
  add(entry: LooseEntry & { looseSurname: string }): LooseEntry[] {
    let list = this.bySurname.get(entry.looseSurname);
    if (!list) this.bySurname.set(entry.looseSurname, (list = []));
    const met = list.filter((e) => e.looseGiven === entry.looseGiven && e.id !== entry.id);
    list.push(entry);
    return met;
  }
}

// Regnal numbers and generational suffixes follow the name they number: "Leo XIV", "Charles III", "Jr".
const NUMBERING = /^(?:[IVX]{1,5}|Jr\.?|Sr\.?)$/;

/** The word of a full name that acts as its surname: the last, or the one before a regnal number. */
export function surnameWord(words: readonly string[]): string {
  const last = words[words.length - 1]!;
  return words.length >= 2 && NUMBERING.test(last) ? words[words.length - 2]! : last;
}
