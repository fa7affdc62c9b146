import type { Actor, SentenceRef } from '../types.js';
import { trimVocabulary } from './intern.js';
import { namesInRun } from './name-span.js';
import { fold } from './normalise.js';
import { capitalisedRuns } from './runs.js';
import { tokenise } from './tokens.js';

/** Surface forms (folded: lower-case, no diacritics) mapped to the actor they name. */
export interface ActorIndex {
  bySurface: ReadonlyMap<string, Actor>;
}

/**
 * Builds a lookup from every name and alias to its actor, for stages that meet names in new text
 * (compare, chronology of unseen sentences). A surface two actors share is left out, and a person's
 * lone surname is added when no other actor has that surname, so "Witkoff" finds "Steve Witkoff".
 */
export function buildActorIndex(actors: readonly Actor[]): ActorIndex {
  const found = new Map<string, Actor | null>();
  const add = (surface: string, actor: Actor) => {
    const key = fold(surface);
    const known = found.get(key);
    found.set(key, known === undefined || known === actor ? actor : null);
  };
  for (const actor of actors) for (const surface of [actor.name, ...actor.aliases]) add(surface, actor);
  const surnames = new Map<string, Actor | null>();
  for (const actor of actors) {
    const words = actor.name.split(' ');
    if (actor.kind !== 'person' || words.length < 2) continue;
    const surname = fold(words[words.length - 1]!);
    const known = surnames.get(surname);
    surnames.set(surname, known === undefined || known === actor ? actor : null);
  }
  for (const [surname, actor] of surnames) {
    if (!found.has(surname)) found.set(surname, actor);
  }
  const bySurface = new Map<string, Actor>();
  for (const [key, actor] of found) if (actor) bySurface.set(key, actor);
  return { bySurface };
}

/**
 * The actors a sentence names, in order of first mention, each once. Uses the same recogniser as
 * extraction (titles stripped: "President Putin" finds Vladimir Putin), then the index.
 */
export function actorsInSentence(sentence: string, index: ActorIndex): Actor[] {
  trimVocabulary();
  const tokens = tokenise(sentence);
  const out: Actor[] = [];
  for (const run of capitalisedRuns(tokens)) {
    for (const part of namesInRun(tokens, run, sentence)) {
      const surface = sentence.slice(tokens[part.from]!.start, tokens[part.to - 1]!.end);
      const actor = index.bySurface.get(fold(surface)) ?? (part.known ? index.bySurface.get(fold(part.known)) : undefined);
      if (actor && !out.includes(actor)) out.push(actor);
    }
  }
  return out;
}

/** The key `actorsBySentence` uses for a sentence: article id, paragraph and sentence index. */
export function sentenceKey(ref: Pick<SentenceRef, 'articleId' | 'paragraph' | 'sentence'>): string {
  return `${ref.articleId}\u0000${ref.paragraph}\u0000${ref.sentence}`;
}

/**
 * Canonical names of the actors named in each sentence of the corpus, keyed by `sentenceKey(ref)`:
 * exact (taken from the actors' own mentions), for stages that walk `sentencesOf(article)`.
 */
export function actorsBySentence(actors: readonly Actor[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const actor of actors) {
    for (const m of actor.mentionsIn) {
      const key = sentenceKey(m);
      const names = map.get(key) ?? [];
      if (!names.includes(actor.name)) names.push(actor.name);
      map.set(key, names);
    }
  }
  return map;
}
