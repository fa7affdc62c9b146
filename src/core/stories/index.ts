import type { Actor, Article, ChronologyEntry, Story } from '../types.js';
import { candidatePairs } from './candidates.js';
import { clusterArticles, type ScoredPair } from './cluster.js';
import { gatherEvidence } from './evidence.js';
import { storyId, storyTitle } from './naming.js';
import { storyScore } from './score.js';
import { buildTermSpace } from './vectors.js';

/**
 * Groups articles that report the same story, in order:
 * 1. term vectors (TF-IDF of content words and names over clean text), so boilerplate-free wording counts;
 * 2. evidence besides wording (actors, dated events, publication days), gathered once per article;
 * 3. candidate pairs through an inverted index of distinctive terms within a date window, never all pairs;
 * 4. each candidate scored (cosine + actor and event bonus - date-gap penalty);
 * 5. clustering from the strongest links down, with an average-link guard against chaining;
 * 6. each group named by its most central article and given an id from its members.
 * Every article is in exactly one story; an article alone is a story of one. Largest stories first.
 */
export function groupStories(
  articles: readonly Article[],
  actors: readonly Actor[],
  chronology: readonly ChronologyEntry[],
): Story[] {
  const space = buildTermSpace(articles);
  const evidence = gatherEvidence(articles, actors, chronology);
  const score = (x: number, y: number) => storyScore(space.vectors, evidence, x, y);
  const pairs: ScoredPair[] = candidatePairs(space, evidence.days).map(([x, y]) => ({ x, y, score: score(x, y) }));
  const groups = clusterArticles(articles.length, pairs, score);

  // Centrality counts links inside the story only: a link to another story says nothing of this one.
  const groupOf = new Int32Array(articles.length);
  groups.forEach((group, g) => group.forEach((i) => (groupOf[i] = g)));
  const centrality = new Float64Array(articles.length);
  for (const p of pairs) {
    if (groupOf[p.x] !== groupOf[p.y]) continue;
    centrality[p.x] = centrality[p.x]! + p.score;
    centrality[p.y] = centrality[p.y]! + p.score;
  }
  const stories = groups.map((group) => {
    const members = group.map((i) => articles[i]!);
    const ids = members.map((a) => a.id);
    return { id: storyId(ids), title: storyTitle(members, group.map((i) => centrality[i]!)), articles: ids };
  });
  return stories.sort((s, t) => t.articles.length - s.articles.length || s.title.localeCompare(t.title) || s.id.localeCompare(t.id));
}
