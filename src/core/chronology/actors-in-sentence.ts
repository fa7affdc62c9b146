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
  /** The form's words after the second, lower-case. */
  rest: string[];
  actor: NamedActor;
}

/** Name forms by their first word: one-word forms, and longer ones by their second word. */
interface FormsByFirst {
  single: NamedActor[];
  bySecond: Map<string, NameForm[]>;
}

/** Finds actors in sentences; build once per corpus, query per sentence. */
export interface ActorFinder {
  actorsIn(articleId: string, paragraph: number, sentence: number, text: string): NamedActor[];
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\-.]*/gu;
/** A capitalised word: names start with one, so only these are looked up. */
const CAPITAL_WORD = /\p{Lu}[\p{L}\p{N}\-.]*/gu;
/** The next word after a position (sticky). */
const NEXT_WORD = /[^\p{L}\p{N}]*?([\p{L}\p{N}][\p{L}\p{N}\-.]*)/uy;

/** Words of a name, lower-case; an apostrophe ends a word, so "Zelensky’s" gives "zelensky" and "s". */
export function nameWords(text: string): string[] {
  return Array.from(text.matchAll(WORD), (m) => m[0].replace(/\.$/, '').toLowerCase());
}

/** Builds the finder: an index from each name form's first word, and the extraction's mentions by sentence. */
export function actorFinder(actors: readonly Actor[]): ActorFinder {
  const byFirst = new Map<string, FormsByFirst>();
  // By article, then by place in it as one number: no key string is built per mention or per sentence.
  const bySentence = new Map<string, Map<number, NamedActor[]>>();
  for (const actor of actors) {
    const named: NamedActor = { name: actor.name, kind: actor.kind };
    for (const form of new Set([actor.name, ...actor.aliases])) {
      const words = nameWords(form);
      const first = words[0];
      if (!first || (words.length === 1 && first.length < 3)) continue;
      const entry = byFirst.get(first) ?? { single: [], bySecond: new Map<string, NameForm[]>() };
      byFirst.set(first, entry);
      const second = words[1];
      if (second === undefined) {
        if (!entry.single.includes(named)) entry.single.push(named);
        continue;
      }
      const list = entry.bySecond.get(second) ?? [];
      list.push({ rest: words.slice(2), actor: named });
      entry.bySecond.set(second, list);
    }
    for (const m of actor.mentionsIn ?? []) {
      let inArticle = bySentence.get(m.articleId);
      if (!inArticle) bySentence.set(m.articleId, (inArticle = new Map()));
      const key = placeKey(m.paragraph, m.sentence);
      const list = inArticle.get(key);
      if (!list) inArticle.set(key, [named]);
      else if (list[list.length - 1] !== named && !list.includes(named)) list.push(named);
    }
  }
  return {
    actorsIn(articleId, paragraph, sentence, text) {
      const mentioned = bySentence.size > 0 ? bySentence.get(articleId)?.get(placeKey(paragraph, sentence)) : undefined;
      const found: NamedActor[] = mentioned ? [...mentioned] : [];
      if (byFirst.size === 0) return found;
      CAPITAL_WORD.lastIndex = 0;
      for (let m = CAPITAL_WORD.exec(text); m; m = CAPITAL_WORD.exec(text)) {
        const forms = byFirst.get(bare(m[0]));
        if (!forms) continue;
        for (const actor of forms.single) if (!found.includes(actor)) found.push(actor);
        if (forms.bySecond.size === 0) continue;
        NEXT_WORD.lastIndex = m.index + m[0].length;
        const next = NEXT_WORD.exec(text);
        const longer = next && forms.bySecond.get(bare(next[1]!));
        if (!longer) continue;
        for (const form of longer) {
          if (!found.includes(form.actor) && followedBy(text, NEXT_WORD.lastIndex, form.rest)) found.push(form.actor);
        }
      }
      return found;
    },
  };
}

/** A sentence's place in its article as one number (paragraphs never hold a million sentences). */
function placeKey(paragraph: number, sentence: number): number {
  return paragraph * 1_048_576 + sentence;
}

/** A word as name forms are indexed: lower-case, without a closing full stop. */
function bare(word: string): string {
  return (word.charCodeAt(word.length - 1) === 46 ? word.slice(0, -1) : word).toLowerCase();
}

/** Whether the words after `from` are `rest`, in order (lower-case). */
function followedBy(text: string, from: number, rest: readonly string[]): boolean {
  if (rest.length === 0) return true;
  let at = from;
  for (const want of rest) {
    NEXT_WORD.lastIndex = at;
    const m = NEXT_WORD.exec(text);
    if (!m || bare(m[1]!) !== want) return false;
    at = NEXT_WORD.lastIndex;
  }
  return true;
}
