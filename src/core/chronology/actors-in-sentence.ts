/**
 * Which actors a sentence names. Two sources of evidence: the actor extraction's own mentions (by
 * article, paragraph and sentence), and the actor's name and aliases found as whole words in the
 * sentence, so the chronology works even while the extraction records no mentions.
 */
import type { Actor, ActorKind } from '../types.js';

/** An actor as the chronology needs it: canonical name and kind. */
export interface NamedActor {
  name: string;
  kind: ActorKind;
}

interface NameForm {
  /** The form's words after the first, lower-case. */
  rest: string[];
  actor: NamedActor;
}

/** Finds actors in sentences; build once per corpus, query per sentence. */
export interface ActorFinder {
  actorsIn(articleId: string, paragraph: number, sentence: number, text: string): NamedActor[];
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\-.]*/gu;

/** Words of a name, lower-case; an apostrophe ends a word, so "Zelensky’s" gives "zelensky" and "s". */
export function nameWords(text: string): string[] {
  return Array.from(text.matchAll(WORD), (m) => m[0].replace(/\.$/, '').toLowerCase());
}

/** Builds the finder: an index from each name form's first word, and the extraction's mentions by sentence. */
export function actorFinder(actors: readonly Actor[]): ActorFinder {
  const byFirst = new Map<string, NameForm[]>();
  const bySentence = new Map<string, NamedActor[]>();
  for (const actor of actors) {
    const named: NamedActor = { name: actor.name, kind: actor.kind };
    for (const form of new Set([actor.name, ...actor.aliases])) {
      const words = nameWords(form);
      const first = words[0];
      if (!first || (words.length === 1 && first.length < 3)) continue;
      const list = byFirst.get(first) ?? [];
      list.push({ rest: words.slice(1), actor: named });
      byFirst.set(first, list);
    }
    for (const m of actor.mentionsIn ?? []) {
      const key = `${m.articleId}\u0000${m.paragraph}\u0000${m.sentence}`;
      const list = bySentence.get(key) ?? [];
      if (!list.includes(named)) list.push(named);
      bySentence.set(key, list);
    }
  }
  return {
    actorsIn(articleId, paragraph, sentence, text) {
      const found: NamedActor[] = [...(bySentence.get(`${articleId}\u0000${paragraph}\u0000${sentence}`) ?? [])];
      if (byFirst.size === 0) return found;
      const words = capitalisedWords(text);
      for (let i = 0; i < words.length; i++) {
        const forms = byFirst.get(words[i]!.word);
        if (!forms || !words[i]!.capital) continue;
        for (const form of forms) {
          if (found.includes(form.actor)) continue;
          if (form.rest.every((w, j) => words[i + 1 + j]?.word === w)) found.push(form.actor);
        }
      }
      return found;
    },
  };
}

/** Sentence words, lower-case, each with whether it was written with a capital (names are). */
function capitalisedWords(text: string): { word: string; capital: boolean }[] {
  const out: { word: string; capital: boolean }[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0].replace(/\.$/, '');
    out.push({ word: raw.toLowerCase(), capital: raw[0] !== raw[0]!.toLowerCase() });
  }
  return out;
}
