import type { Actor, Article } from '../types.js';
import { addCooccurrence, buildActors, sortByProminence } from './build.js';
import type { Candidate } from './candidate.js';
import { trimVocabulary } from './intern.js';
import { mergeCandidates } from './merge.js';
import { attributeQuotes } from './quotes.js';
import { type ScannedArticle, scanArticle } from './scan.js';

export { actorsBySentence, actorsInSentence, buildActorIndex, sentenceKey, type ActorIndex } from './lookup.js';

/**
 * Finds the people, organisations and places of the corpus. The stages, in order:
 * 1. scan     each article's clean paragraphs for capitalised names, titles stripped into roles
 *             (one pass, linear in the text; also notes which words the corpus writes in lower case);
 * 2. merge    candidates into one entity per real actor (buckets by surname key, never all pairs);
 * 3. build    actors: canonical name, aliases, roles, mentions, articles;
 * 4. quotes   attributed to their speakers (needs the merged actors to resolve "he said");
 * 5. co-occurrence, then the sort by prominence.
 * Total: any articles give a list (empty when nothing is named).
 */
export function extractActors(articles: readonly Article[]): Actor[] {
  trimVocabulary();
  const lowerSeen = new Set<string>();
  const scanned = new Map<string, ScannedArticle>();
  const candidates: Candidate[] = [];
  for (const article of articles) {
    const s = scanArticle(article, lowerSeen);
    scanned.set(article.id, s);
    for (const c of s.candidates) candidates.push(c);
  }
  const entities = mergeCandidates(candidates, lowerSeen);
  const actors = buildActors(entities, scanned);
  attributeQuotes(actors, entities, scanned);
  addCooccurrence(actors);
  return sortByProminence(actors, articles);
}
