import type { ActorKind } from '../types.js';
import { EntityContext } from './agreement.js';
import { type Candidate, Evidence, hasPersonCue } from './candidate.js';
import { FullNameIndex, LooseNameIndex, surnameWord, UnionFind } from './name-index.js';
import { givenNamesMatch } from './similarity.js';
import {
  demoteOpener, exactPlaceKey, fold, groupNames, kindsBySurface, looseKey, nameKey, organisationKey, personKey, placeKey,
  surnameOnly,
} from './surfaces.js';

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
 * 5. Romanisations the strict keys miss ("Moamer Kadhafi" / "Muammar Gaddafi") meet on a loose key
 *    (transliteration.ts) and merge when they also agree: the same given name, a shared role, or a
 *    third actor named beside both. A two-word name joins the one longer name it begins ("Abdullah
 *    Othman" / "Abdullah Othman Abdurrahim"); apposed names join ("X, also known as Y").
 * 6. A person needs person evidence somewhere in the corpus (a title, a known given name, a role, speech,
 *    he or she, an apposition): capitalised words alone ("Diriyah Palace", "Raw Story") are not people.
 *    A name the corpus writes as "the X" before a verb or a pause is a group or a thing, not a person.
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

  // The corpus-wide kind of each candidate's surface, looked up once; "the Houthis said" makes a group.
  const groups = groupNames(candidates);
  const surfaceKinds = candidates.map((c) => {
    const kind = kinds.get(fold(c.surface));
    const group = groups.get(fold(c.surface));
    if (group === undefined || (kind ?? c.kind) !== 'person' || (c.kind === 'person' && c.evidence >= Evidence.Cue)) return kind;
    return group;
  }) as (ActorKind | 'none' | undefined)[];

  // Pass 1: every well-evidenced multi-word name founds (or joins) an entity; people first, so a lone
  // word typed a place only by its preposition ("in Qassem's speech") can still be a person's surname.
  const looseNames = new LooseNameIndex();
  const loosePairs: [number, number, boolean][] = [];
  const longNames: { id: number; words: string[] }[] = [];
  const twoWordNames: { id: number; words: string[] }[] = [];
  candidates.forEach((c, i) => {
    if (c.weak || (surfaceKinds[i] ?? c.kind) !== 'person' || c.words.length < 2 || surnameOnly(c)) return;
    const key = personKey(fold(c.surface));
    const isNew = !byKey.has(key);
    const id = entityFor(key, 'person', null);
    assigned[i] = id;
    if (!isNew) return;
    const given = nameKey(c.words[0]!);
    const surname = surnameKey(c.words);
    for (const other of fullNames.add(given, surname, id)) uf.union(id, other);
    const looseSurname = surnameKey(c.words, looseKey);
    for (const e of looseNames.add({ given, surname, looseGiven: looseKey(c.words[0]!), looseSurname, id })) {
      loosePairs.push([id, e.id, givenNamesMatch(given, e.given)]);
    }
    (c.words.length === 2 ? twoWordNames : longNames).push({ id, words: c.words });
  });
  candidates.forEach((c, i) => {
    if (c.weak) return;
    const kind = surfaceKinds[i] ?? c.kind;
    if (kind !== 'place' && kind !== 'organization') return;
    if (c.words.length === 1 && c.evidence < Evidence.Cue && c.known === null && surfaceKinds[i] === undefined) return;
    if (c.words.length === 1 && c.prepositional && c.known === null && fullNames.withSurname(nameKey(c.surface)).length > 0) {
      surfaceKinds[i] = 'person';
      return;
    }
    const folded = fold(c.known ?? c.surface);
    const key = kind === 'place' ? placeKey(folded) : organisationKey(folded);
    assigned[i] = entityFor(key, kind, c.known);
  });
  joinVariants(candidates, assigned, uf, loosePairs, twoWordNames, longNames);

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

  // Apposed names ("X, also known as Y") are one person, whatever their spellings.
  const named = new Set<Candidate>();
  for (const c of candidates) if (c.aliasOf) named.add(c.aliasOf);
  const indexOf = new Map<Candidate, number>();
  if (named.size > 0) all.forEach((c, i) => named.has(c) && indexOf.set(c, i));
  if (indexOf.size > 0) candidates.forEach((c, i) => {
    const j = c.aliasOf ? indexOf.get(c.aliasOf) : undefined;
    if (j === undefined || assigned[i]! < 0 || assigned[j]! < 0) return;
    const [a, b] = [uf.find(assigned[i]!), uf.find(assigned[j]!)];
    if (entityKinds[a] === 'person' && entityKinds[b] === 'person') uf.union(a, b);
  });

  const entities = new Map<number, Entity>();
  const evidenced = new Set<number>();
  candidates.forEach((c, i) => {
    if (assigned[i]! < 0) return;
    const id = assigned[i]!;
    const root = uf.find(id);
    const entity = entities.get(root) ?? { kind: entityKinds[root] ?? 'person', known: knownOf[root] ?? null, candidates: [] };
    entity.known ??= knownOf[id] ?? null;
    entity.candidates.push(c);
    entities.set(root, entity);
    if (!c.weak && (hasPersonCue(c) || c.aliasOf !== null)) evidenced.add(root);
  });
  return [...entities].filter(([root, e]) => e.kind !== 'person' || evidenced.has(root)).map(([, e]) => e);
}

/** The surname's key: a regnal name is keyed by its name ("Leo XIV" -> "leo"), "Jr." keeps the family apart. */
function surnameKey(words: readonly string[], keyOf: (word: string) => string = nameKey): string {
  const last = surnameWord(words);
  const key = keyOf(last);
  return last === words[words.length - 1] || words.length === 2 ? key : `${key}${nameKey(words[words.length - 1]!)}`;
}

/**
 * Step 5 of mergeCandidates: loose romanisation pairs that agree, and two-word names that begin exactly
 * one longer name ("Saif al-Islam" / "Saif al-Islam Gaddafi"; never across a "Jr." or a numeral).
 */
function joinVariants(candidates: readonly Candidate[], assigned: readonly number[], uf: UnionFind,
  loosePairs: readonly [number, number, boolean][], twoWordNames: readonly { id: number; words: string[] }[],
  longNames: readonly { id: number; words: string[] }[]): void {
  const open = loosePairs.filter(([a, b, strictPart]) => {
    if (strictPart) uf.union(a, b);
    return !strictPart;
  });
  if (open.length > 0) {
    const context = new EntityContext(candidates, assigned, uf, new Set(open.flatMap(([a, b]) => [uf.find(a), uf.find(b)])));
    for (const [a, b, strictPart] of open) {
      const [x, y] = [uf.find(a), uf.find(b)];
      if (x !== y && (strictPart || context.sameRole(x, y) || context.sharedContext(x, y))) uf.union(x, y);
    }
  }
  if (twoWordNames.length === 0) return;
  const byStart = new Map<string, Set<number>>();
  for (const { id, words } of longNames) {
    if (/^(?:[IVX]{1,5}|Jr\.?|Sr\.?)$/.test(words[2]!) && words.length === 3) continue;
    const start = `${nameKey(words[0]!)} ${nameKey(words[1]!)}`;
    let roots = byStart.get(start);
    if (!roots) byStart.set(start, (roots = new Set()));
    roots.add(uf.find(id));
  }
  for (const { id, words } of twoWordNames) {
    const roots = byStart.get(`${nameKey(words[0]!)} ${nameKey(words[1]!)}`);
    if (roots?.size === 1) uf.union(id, [...roots][0]!);
  }
}
