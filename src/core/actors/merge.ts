import type { ActorKind } from '../types.js';
import { type Candidate, Evidence } from './candidate.js';
import { memo } from './lexicon/memo.js';
import { fold as foldText, nameKey as nameKeyOf } from './normalise.js';

// Surfaces and name words repeat across a corpus: fold each distinct one once.
const fold = memo(foldText);
const nameKey = memo(nameKeyOf);
import { givenNamesMatch, surnamesMatch } from './similarity.js';

/** One real entity: the candidates that name it. */
export interface Entity {
  kind: ActorKind;
  /** Canonical name from a built-in list, when it has one. */
  known: string | null;
  candidates: Candidate[];
}

const WEIGHT: Record<Evidence, number> = { [Evidence.Weak]: 0, [Evidence.Guess]: 1, [Evidence.Cue]: 3, [Evidence.Known]: 8 };

/**
 * One kind per surface form across the corpus: "Sudzha" after "in" somewhere makes every bare "Sudzha"
 * a place; "Waltz suggests" makes "Waltz" a person. Votes weigh the evidence behind each use.
 */
function kindsBySurface(candidates: readonly Candidate[]): Map<string, ActorKind> {
  const votes = new Map<string, Record<ActorKind, number>>();
  for (const c of candidates) {
    if (c.kind === null) continue;
    const key = fold(c.surface);
    const v = votes.get(key) ?? { person: 0, organization: 0, place: 0 };
    v[c.kind] += WEIGHT[c.evidence] + (c.roles.length > 0 || c.speaks ? 1 : 0);
    votes.set(key, v);
  }
  const kinds = new Map<string, ActorKind>();
  for (const [key, v] of votes) {
    const best = (Object.keys(v) as ActorKind[]).reduce((a, b) => (v[b] > v[a] ? b : a));
    if (v[best] > 0) kinds.set(key, best);
  }
  return kinds;
}

class UnionFind {
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
class FullNameIndex {
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

/**
 * Merges name candidates into entities, in linear time over the corpus:
 * 1. Places and organisations join by canonical name (gazetteer, known list) or folded surface.
 * 2. Full personal names ("Volodymyr Zelensky", "Volodomyr Zelensky") are bucketed by the first
 *    letters of their surname key; within a bucket two forms are one person when the surnames match
 *    (transliteration key, edit allowance growing with length) AND the given names match or one is an
 *    initial. So "Joe Biden"/"Hunter Biden" stay apart (given names differ) and "Mike Waltz"/"Mike
 *    Johnson" stay apart (surnames differ).
 * 3. A lone surname ("Witkoff") joins the one person in the same article with a matching surname;
 *    failing that, the one such person in the corpus; if several match, it stays unresolved (not
 *    guessed). A lone name with its own person cue (a title, "said") becomes a person by itself.
 * 4. Weak candidates (headings, sentence openers) only ever join an entity found with better evidence.
 */
export function mergeCandidates(all: readonly Candidate[], lowerSeen: ReadonlySet<string>): Entity[] {
  const candidates = all.map((c) => demoteOpener(c, lowerSeen)).filter((c): c is Candidate => c !== null);
  const kinds = kindsBySurface(candidates.filter((c) => !c.weak));
  const uf = new UnionFind();
  const entityKinds: (ActorKind | null)[] = [];
  const knownOf: (string | null)[] = [];
  const byKey = new Map<string, number>();
  const fullNames = new FullNameIndex();
  const assigned = new Array<number>(candidates.length).fill(-1);
  const entityFor = (key: string, kind: ActorKind | null, known: string | null): number => {
    let id = byKey.get(key);
    if (id === undefined) {
      id = uf.add();
      byKey.set(key, id);
      entityKinds.push(kind);
      knownOf.push(known);
    }
    return id;
  };

  // The corpus-wide kind of each candidate's surface, looked up once.
  const surfaceKinds = candidates.map((c) => kinds.get(fold(c.surface)));

  // Pass 1: every well-evidenced multi-word or listed name founds (or joins) an entity.
  candidates.forEach((c, i) => {
    if (c.weak) return;
    const kind = surfaceKinds[i] ?? c.kind;
    if (kind === 'place' || kind === 'organization') {
      if (c.words.length === 1 && c.evidence < Evidence.Cue && c.known === null && surfaceKinds[i] === undefined) return;
      const folded = fold(c.known ?? c.surface);
      const key = kind === 'place' ? placeKey(folded) : organisationKey(folded);
      assigned[i] = entityFor(key, kind, c.known);
    } else if (kind === 'person' && c.words.length >= 2 && !surnameOnly(c)) {
      const key = personKey(fold(c.surface));
      const isNew = !byKey.has(key);
      const id = entityFor(key, 'person', null);
      assigned[i] = id;
      if (isNew) {
        for (const other of fullNames.add(nameKey(c.words[0]!), nameKey(c.words[c.words.length - 1]!), id)) uf.union(id, other);
      }
    }
  });

  // Pass 2: lone names and weak candidates attach to what pass 1 found.
  const inArticle = new Map<string, Set<number>>();
  candidates.forEach((c, i) => {
    if (assigned[i]! < 0) return;
    const set = inArticle.get(c.articleId) ?? new Set<number>();
    set.add(uf.find(assigned[i]!));
    inArticle.set(c.articleId, set);
  });
  // Pass 2 adds no unions, so each surname's people (as roots) can be computed once.
  const peopleBySurname = new Map<string, Set<number>>();
  const surnameMatches = (word: string, within: ReadonlySet<number> | null): Set<number> => {
    const key = nameKey(word);
    let people = peopleBySurname.get(key);
    if (!people) {
      people = new Set(fullNames.withSurname(key).map((id) => uf.find(id)));
      peopleBySurname.set(key, people);
    }
    if (within === null) return people;
    const found = new Set<number>();
    const [small, large] = people.size < within.size ? [people, within] : [within, people];
    for (const root of small) if (large.has(root)) found.add(root);
    return found;
  };
  // Lone names with a person cue go first, so a bare "Waltz" later finds the "Waltz" who "suggests".
  const order = candidates.map((_, i) => i);
  const isCued = candidates.map((c, i) => (c.words.length === 1 || surnameOnly(c)) && !c.weak && (surfaceKinds[i] ?? c.kind) === 'person');
  order.sort((a, b) => Number(isCued[b]) - Number(isCued[a]) || a - b);
  order.forEach((i) => {
    const c = candidates[i]!;
    if (assigned[i]! >= 0) return;
    const folded = fold(c.known ?? c.surface);
    const exact = byKey.get(personKey(fold(c.surface))) ?? byKey.get(exactPlaceKey(folded)) ?? byKey.get(organisationKey(folded));
    if (exact !== undefined) {
      assigned[i] = exact;
      return;
    }
    const kind = surfaceKinds[i] ?? c.kind;
    if (!(c.words.length === 1 || surnameOnly(c)) || (kind !== null && kind !== 'person')) return;
    const surname = c.words[c.words.length - 1]!;
    const local = surnameMatches(surname, inArticle.get(c.articleId) ?? new Set());
    const matches = local.size > 0 ? local : surnameMatches(surname, null);
    if (matches.size === 1) {
      assigned[i] = [...matches][0]!;
    } else if (matches.size === 0 && !c.weak && kind === 'person') {
      assigned[i] = entityFor(personKey(fold(c.surface)), 'person', null);
    }
  });

  const groups = new Map<number, Entity>();
  candidates.forEach((c, i) => {
    if (assigned[i]! < 0) return;
    const id = assigned[i]!;
    const root = uf.find(id);
    const entity = groups.get(root) ?? { kind: entityKinds[root] ?? 'person', known: knownOf[root] ?? null, candidates: [] };
    entity.known ??= knownOf[id] ?? null;
    entity.candidates.push(c);
    groups.set(root, entity);
  });
  return [...groups.values()];
}

// Entity keys: made once per folded name (memoised), so the maps hash each key string once.
const personKey = memo((folded: string) => `person:${folded}`);
const placeKey = memo((folded: string) => `place:${folded.replace(/^the /, '')}`);
// Lone names look a place up by its exact folded form ("the Hague" is not "Hague" here).
const exactPlaceKey = memo((folded: string) => `place:${folded}`);
const organisationKey = memo((folded: string) => `organization:${folded.replace(/^the /, '')}`);
const startsLowerCase = memo((word: string) => /^\p{Ll}/u.test(word));

/** A surname with its particles and no given name: "von der Leyen", "de Gaulle". */
function surnameOnly(c: Candidate): boolean {
  return startsLowerCase(c.words[0]!);
}

/** A sentence's first word that the corpus also writes in lower case is a common word, not a name. */
function demoteOpener(c: Candidate, lowerSeen: ReadonlySet<string>): Candidate | null {
  if (!c.opener || !lowerSeen.has(c.words[0]!.toLowerCase())) return c;
  if (c.words.length === 1) return { ...c, weak: true };
  const at = c.surface.indexOf(c.words[1]!, c.words[0]!.length);
  const words = c.words.slice(1);
  return { ...c, words, surface: c.surface.slice(at), start: c.start + at, kind: words.length === 1 ? null : c.kind, opener: false };
}
