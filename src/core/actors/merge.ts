import type { ActorKind } from '../types.js';
import { type Candidate, Evidence } from './candidate.js';
import { FullNameIndex, UnionFind } from './name-index.js';
import { demoteOpener, exactPlaceKey, fold, kindsBySurface, nameKey, organisationKey, personKey, placeKey, surnameOnly } from './surfaces.js';

/** One real entity: the candidates that name it. */
export interface Entity {
  kind: ActorKind;
  /** Canonical name from a built-in list, when it has one. */
  known: string | null;
  candidates: Candidate[];
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
