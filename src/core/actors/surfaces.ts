/**
 * What merging knows of a surface form: its folded key, the kind the corpus gives it, the key of the
 * entity it founds, and whether its first word is only a sentence opener.
 */
import type { ActorKind } from '../types.js';
import { type Candidate, Evidence } from './candidate.js';
import { memo } from './lexicon/memo.js';
import { fold as foldText, nameKey as nameKeyOf } from './normalise.js';
import { looseKey as looseKeyOf } from './transliteration.js';

/** Folded surface (lower case, no diacritics); surfaces repeat across a corpus, so each is folded once. */
export const fold = memo(foldText);
/** A name word's transliteration key, memoised the same way. */
export const nameKey = memo(nameKeyOf);
/** A name word's loose romanisation key (transliteration.ts), memoised. */
export const looseKey = memo(looseKeyOf);

const WEIGHT: Record<Evidence, number> = { [Evidence.Weak]: 0, [Evidence.Guess]: 1, [Evidence.Cue]: 3, [Evidence.Known]: 8 };

/**
 * One kind per surface form across the corpus: "Sudzha" after "in" somewhere makes every bare "Sudzha"
 * a place; "Waltz suggests" makes "Waltz" a person. Votes weigh the evidence behind each use.
 */
export function kindsBySurface(candidates: readonly Candidate[]): Map<string, ActorKind> {
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

// Entity keys: made once per folded name (memoised), so the maps hash each key string once.
// "Abdul-Malik" and "Abdul Malik" are one spelling of a name.
export const personKey = memo((folded: string) => `person:${folded.replace(/-/g, ' ')}`);
export const placeKey = memo((folded: string) => `place:${folded.replace(/^the /, '')}`);
// Lone names look a place up by its exact folded form ("the Hague" is not "Hague" here).
export const exactPlaceKey = memo((folded: string) => `place:${folded}`);
export const organisationKey = memo((folded: string) => `organization:${folded.replace(/^the /, '')}`);
const startsLowerCase = memo((word: string) => /^\p{Ll}/u.test(word));

/** A surname with its particles and no given name: "von der Leyen", "de Gaulle". */
export function surnameOnly(c: Candidate): boolean {
  return startsLowerCase(c.words[0]!);
}

/** A sentence's first word that the corpus also writes in lower case is a common word, not a name. */
export function demoteOpener(c: Candidate, lowerSeen: ReadonlySet<string>): Candidate | null {
  if (!c.opener || !lowerSeen.has(c.words[0]!.toLowerCase())) return c;
  if (c.words.length === 1) return { ...c, weak: true };
  const at = c.surface.indexOf(c.words[1]!, c.words[0]!.length);
  const words = c.words.slice(1);
  return { ...c, words, surface: c.surface.slice(at), start: c.start + at, kind: words.length === 1 ? null : c.kind, opener: false };
}

/**
 * Names the corpus writes as "the X" before a verb or a pause ("the Houthis said", "the Islamic
 * Republic,"): a group when one word in the plural ("Houthis" is an organisation), otherwise no actor
 * ("the Taif Agreement"). "the Trump administration" is a modifier and says nothing.
 */
export function groupNames(candidates: readonly Candidate[]): Map<string, ActorKind | 'none'> {
  const groups = new Map<string, ActorKind | 'none'>();
  for (const c of candidates) {
    if (!c.afterThe) continue;
    const plural = c.words.length === 1 && /[^s']s$/.test(c.surface);
    groups.set(fold(c.surface), plural ? 'organization' : 'none');
  }
  return groups;
}
