import { isContentWord, surfaceWords } from '../compare/words.js';
import type { Article } from '../types.js';

/**
 * The terms an article is grouped by: its content words, and each pair of adjacent capitalised words
 * as one more term ("steve witkoff", "kursk oblast"), since names say what a story is about better
 * than the words around them. Clean text only: boilerplate would make unrelated articles alike.
 */
export function termCounts(article: Article): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string) => counts.set(term, (counts.get(term) ?? 0) + 1);
  for (const paragraph of article.paragraphs) {
    let previousName = '';
    for (const surface of surfaceWords(paragraph)) {
      let word = surface.toLowerCase();
      if (word.endsWith("'s") || word.endsWith('’s')) word = word.slice(0, -2);
      const content = word.length > 2 && isContentWord(word);
      if (content) add(word);
      // Lower-casing changed the first letter: it was a capital (cheaper than a Unicode class test).
      const name = content && word[0] !== surface[0] ? word : '';
      if (name && previousName) add(`${previousName} ${name}`);
      previousName = name;
    }
  }
  return counts;
}
