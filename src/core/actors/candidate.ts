import type { ActorKind } from '../types.js';

/** How sure the recogniser is of a candidate's kind, weakest first. */
export const enum Evidence {
  /** Nothing but capitals: kept only if it matches an actor found with better evidence. */
  Weak = 0,
  /** A default guess ("two capitalised words are a person"). */
  Guess = 1,
  /** A cue around the name: a title, "said", "in ...", a given name, an organisation word. */
  Cue = 2,
  /** The whole name is in a built-in list (gazetteer, known organisations). */
  Known = 3,
}

/** One name found in a sentence, before merging into actors. */
export interface Candidate {
  articleId: string;
  paragraph: number;
  sentence: number;
  /** The name as written, titles stripped ("Witkoff" from "Mr. Witkoff"). */
  surface: string;
  /** The words of the name. */
  words: string[];
  /** Offsets of the name in its (whitespace-normalised) paragraph. */
  start: number;
  end: number;
  kind: ActorKind | null;
  evidence: Evidence;
  /** Canonical name from a built-in list ("United States" for "US"), if any. */
  known: string | null;
  /** Roles the sentence gives this name ("US envoy"). */
  roles: string[];
  /** A speech verb follows the name ("Witkoff said", "Waltz suggests"). */
  speaks: boolean;
  /** The word before the name is a preposition or the name is possessive: not a clause subject. */
  oblique: boolean;
  /** Heading or sentence-initial: kept only if it matches a well-evidenced actor. */
  weak: boolean;
  /** The first word opens the sentence and is not known: it may be a common word ("Clashes"). */
  opener: boolean;
  /** "he" or "she" follows in the sentence or the next one: a person is being written about. */
  pronoun: boolean;
  /** Written "the X" before a verb or a pause ("the Houthis said", "the Islamic Republic,"): not a person. */
  afterThe: boolean;
  /** Typed a place only by the preposition before it ("in Qassem's speech" is not a place). */
  prepositional: boolean;
  /** The name this one is another name of, by apposition ("X, also known as Y"; "Pope X, born Y"). */
  aliasOf: Candidate | null;
}

/** Whether a candidate itself shows a person: a title, a known given name, a role, speech, he or she. */
export function hasPersonCue(c: Candidate): boolean {
  return (c.kind === 'person' && c.evidence >= Evidence.Cue) || c.roles.length > 0 || c.speaks || c.pronoun;
}
