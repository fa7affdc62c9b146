import type { Actor, ActorMention, ActorQuote, ActorRole, Article } from '../types.js';
import type { Candidate } from './candidate.js';
import type { Entity } from './merge.js';
import { memo } from './lexicon/memo.js';
import { fold, normaliseText, slug } from './normalise.js';
import type { ScannedArticle } from './scan.js';

/**
 * The canonical name: a built-in canonical ("United States" for "US") when there is one, otherwise the
 * fullest form (most words), the most frequent among those, the first seen on a tie.
 */
export function canonicalName(entity: Entity): string {
  if (entity.known) return entity.known;
  const counts = new Map<string, { count: number; words: number; first: number }>();
  entity.candidates.forEach((c, i) => {
    const entry = counts.get(c.surface) ?? { count: 0, words: c.words.length, first: i };
    entry.count++;
    counts.set(c.surface, entry);
  });
  let best = '';
  let score = { count: -1, words: -1, first: Infinity };
  for (const [surface, s] of counts) {
    if (s.words > score.words || (s.words === score.words && (s.count > score.count || (s.count === score.count && s.first < score.first)))) {
      best = surface;
      score = s;
    }
  }
  return best;
}

/** Where an actor was named: the sentence text from the scanned paragraph (cut once per sentence). */
function mentionOf(c: Candidate, scan: ScannedArticle | undefined): ActorMention {
  const para = scan?.paragraphs[c.paragraph];
  const s = para?.sentences[c.sentence];
  const text = para && s ? (s.text ??= para.text.slice(s.start, s.end)) : '';
  return { articleId: c.articleId, paragraph: c.paragraph, sentence: c.sentence, text, surface: c.surface };
}

// Roles repeat ("US envoy" in every article): each distinct text is normalised once.
const roleKey = memo(normaliseText);

/** Turns merged entities into actors (without quotes and co-occurrence, which later stages add). */
export function buildActors(entities: readonly Entity[], scanned: ReadonlyMap<string, ScannedArticle>): Actor[] {
  const usedIds = new Set<string>();
  return entities.map((entity) => {
    const name = canonicalName(entity);
    let id = slug(name);
    for (let n = 2; usedIds.has(id); n++) id = `${slug(name)}-${n}`;
    usedIds.add(id);
    const aliases: string[] = [];
    const seenAlias = new Set<string>([name]);
    const roles: ActorRole[] = [];
    const seenRole = new Map<string, Set<string>>();
    const articles = new Set<string>();
    for (const c of entity.candidates) {
      if (!seenAlias.has(c.surface)) {
        seenAlias.add(c.surface);
        aliases.push(c.surface);
      }
      articles.add(c.articleId);
      for (const text of c.roles) {
        const key = roleKey(text);
        let inArticles = seenRole.get(key);
        if (!inArticles) seenRole.set(key, (inArticles = new Set()));
        if (inArticles.has(c.articleId)) continue;
        inArticles.add(c.articleId);
        roles.push({ text, articleId: c.articleId });
      }
    }
    const quotes: ActorQuote[] = [];
    return {
      id, name, kind: entity.kind, aliases, roles, mentions: entity.candidates.length, articles: [...articles], quotes,
      mentionsIn: entity.candidates.map((c) => mentionOf(c, scanned.get(c.articleId))), cooccurring: [],
    };
  });
}

/** A number for a sentence (cheaper to hash than a string); a string in the rare case the parts overflow. */
function sentenceNumber(article: number, paragraph: number, sentence: number): number | string {
  if (paragraph < 0x10000 && sentence < 0x10000) return (article * 0x10000 + paragraph) * 0x10000 + sentence;
  return `${article}:${paragraph}:${sentence}`;
}

/** Fills each actor's `cooccurring`: the other actors named in the same sentences, most frequent first. */
export function addCooccurrence(actors: Actor[]): void {
  const bySentence = new Map<number | string, Set<number>>();
  const articleIndex = new Map<string, number>();
  actors.forEach((actor, i) => {
    for (const m of actor.mentionsIn) {
      let article = articleIndex.get(m.articleId);
      if (article === undefined) articleIndex.set(m.articleId, (article = articleIndex.size));
      const key = sentenceNumber(article, m.paragraph, m.sentence);
      const set = bySentence.get(key) ?? new Set<number>();
      set.add(i);
      bySentence.set(key, set);
    }
  });
  const counts = actors.map(() => new Map<number, number>());
  for (const set of bySentence.values()) {
    if (set.size < 2 || set.size > 40) continue; // a 40-name list says nothing about who meets whom
    for (const a of set) for (const b of set) if (a !== b) counts[a]!.set(b, (counts[a]!.get(b) ?? 0) + 1);
  }
  actors.forEach((actor, i) => {
    actor.cooccurring = [...counts[i]!.entries()]
      .map(([j, count]) => ({ name: actors[j]!.name, count }))
      .sort((x, y) => y.count - x.count || x.name.localeCompare(y.name));
  });
}

/**
 * Prominence: how many outlets name the actor (an article without an outlet counts as its own), then
 * how many articles, then how many mentions; the name breaks ties so the order is stable.
 */
export function sortByProminence(actors: Actor[], articles: readonly Article[]): Actor[] {
  const outletOf = new Map(articles.map((a) => [a.id, a.outlet ? fold(a.outlet) : `#${a.id}`]));
  const outlets = new Map(actors.map((a) => [a, new Set(a.articles.map((id) => outletOf.get(id) ?? id)).size]));
  return actors.sort((x, y) => outlets.get(y)! - outlets.get(x)! || y.articles.length - x.articles.length
    || y.mentions - x.mentions || x.name.localeCompare(y.name));
}
