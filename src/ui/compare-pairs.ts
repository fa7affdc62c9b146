import type { Article, Corpus } from '../core/types.js';
import { pairId } from '../state/reducer.js';

/** A pair of articles worth comparing: two versions of one story. How alike they are is worked out when shown. */
export interface ComparePair {
  id: string;
  storyId: string;
  storyTitle: string;
  a: Article;
  b: Article;
}

/**
 * A story of more members than this offers pairs among its earliest ones only: the pairs grow with
 * the square of a story's size, and a list of thousands of pairs of one story helps nobody.
 */
export const MAX_PAIRED_MEMBERS = 8;

function byDate(x: Article, y: Article): number {
  return (x.published ?? '9999').localeCompare(y.published ?? '9999') || x.id.localeCompare(y.id);
}

/**
 * Every pair within each story of more than one article, stories with most articles first, the
 * earlier version as A. Nothing is aligned here (this runs when the explorer starts, at any corpus
 * size): the Compare pane measures and orders a story's pairs when they come into view.
 */
export function comparePairs(corpus: Corpus, byId: ReadonlyMap<string, Article> = new Map(corpus.articles.map((a) => [a.id, a]))): ComparePair[] {
  const stories = corpus.stories.filter((s) => s.articles.length > 1).sort((x, y) => y.articles.length - x.articles.length);
  const pairs: ComparePair[] = [];
  for (const story of stories) {
    const members = story.articles.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined).sort(byDate).slice(0, MAX_PAIRED_MEMBERS);
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [members[i]!, members[j]!];
        pairs.push({ id: pairId(a.id, b.id), storyId: story.id, storyTitle: story.title, a, b });
      }
    }
  }
  return pairs;
}
