import type { Actor, Article } from '../types.js';
import { surfaceWords, wordsOf } from './words.js';

const byArticle = new WeakMap<readonly Actor[], Map<string, Actor[]>>();
const namesInText = new WeakMap<Article, Set<string>>();
// Names run to four words ("Sergei Viktorovich Lavrov", "Secretary of State" aside).
const LONGEST_NAME = 4;

/** Which actors each article names, built once per actor list so a comparison does not scan them all. */
function actorsByArticle(actors: readonly Actor[]): Map<string, Actor[]> {
  const known = byArticle.get(actors);
  if (known) return known;
  const index = new Map<string, Actor[]>();
  for (const actor of actors) {
    for (const id of actor.articles) {
      const list = index.get(id);
      if (list) list.push(actor); else index.set(id, [actor]);
    }
  }
  byArticle.set(actors, index);
  return index;
}

/** Every run of one to four capitalised words in the article, lower-cased: where a name could stand. */
function capitalisedRuns(article: Article): Set<string> {
  const known = namesInText.get(article);
  if (known) return known;
  const runs = new Set<string>();
  for (const paragraph of article.paragraphs) {
    const words = surfaceWords(paragraph);
    for (let i = 0; i < words.length; i++) {
      let run = '';
      for (let k = i; k < words.length && k < i + LONGEST_NAME && /^\p{Lu}/u.test(words[k]!); k++) {
        run = run ? `${run} ${wordsOf(words[k]!)[0] ?? ''}` : wordsOf(words[k]!)[0] ?? '';
        runs.add(run);
      }
    }
  }
  namesInText.set(article, runs);
  return runs;
}

function namedIn(actor: Actor, article: Article): boolean {
  const runs = capitalisedRuns(article);
  return [actor.name, ...actor.aliases].some((form) => runs.has(wordsOf(form).join(' ')));
}

/**
 * Canonical names of the actors only one article names, most mentioned first. The actor list says
 * who each article names; an actor the list misses in one article still counts as named there when
 * its name or an alias stands in the text, so an extraction miss is not reported as a difference.
 */
export function actorsOnlyOneSide(a: Article, b: Article, actors: readonly Actor[]): { onlyA: string[]; onlyB: string[] } {
  const index = actorsByArticle(actors);
  const inA = new Set(index.get(a.id) ?? []);
  const inB = new Set(index.get(b.id) ?? []);
  const only = (mine: Set<Actor>, theirs: Set<Actor>, other: Article) =>
    [...mine]
      .filter((actor) => !theirs.has(actor) && !namedIn(actor, other))
      .sort((x, y) => y.mentions - x.mentions || x.name.localeCompare(y.name))
      .map((actor) => actor.name);
  return { onlyA: only(inA, inB, b), onlyB: only(inB, inA, a) };
}
