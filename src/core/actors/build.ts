import type { Actor, ActorMention, ActorQuote, ActorRole, ActorSpelling, Article } from '../types.js';
import type { Candidate } from './candidate.js';
import type { Entity } from './merge.js';
import { isGivenName } from './lexicon/given-names.js';
import { memo } from './lexicon/memo.js';
import { fold, normaliseText, slug } from './normalise.js';
import type { ScannedArticle } from './scan.js';

/**
 * The canonical name: a built-in canonical ("United States" for "US") when there is one, otherwise the
 * fullest form (most words), the most frequent among those; on a tie the one whose first word is a known
 * given name ("Volodymyr" over the misspelt "Volodomyr"), then the first seen.
 */
export function canonicalName(entity: Entity): string {
  if (entity.known) return entity.known;
  const counts = new Map<string, { count: number; words: number; given: number; first: number }>();
  entity.candidates.forEach((c, i) => {
    const entry = counts.get(c.surface) ?? { count: 0, words: c.words.length, given: isGivenName(c.surface.split(' ')[0] ?? '') ? 1 : 0, first: i };
    entry.count++;
    counts.set(c.surface, entry);
  });
  let best = '';
  let score = { count: -1, words: -1, given: -1, first: Infinity };
  for (const [surface, s] of counts) {
    const better = s.words !== score.words ? s.words > score.words
      : s.count !== score.count ? s.count > score.count
      : s.given !== score.given ? s.given > score.given
      : s.first < score.first;
    if (better) {
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

/**
 * Each spelling of an entity with the outlets that use it: the canonical name first (a built-in
 * canonical such as "United States" is listed even when no article writes it so), then the aliases
 * in the order met.
 */
function spellingsOf(entity: Entity, name: string, scanned: ReadonlyMap<string, ScannedArticle>): ActorSpelling[] {
  const bySurface = new Map<string, Set<string>>([[name, new Set()]]);
  for (const c of entity.candidates) {
    let outlets = bySurface.get(c.surface);
    if (!outlets) bySurface.set(c.surface, (outlets = new Set()));
    const outlet = scanned.get(c.articleId)?.article.outlet;
    if (outlet) outlets.add(outlet);
  }
  return [...bySurface].map(([surface, outlets]) => ({ name: surface, outlets: [...outlets] }));
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
      id, name, kind: entity.kind, aliases, spellings: spellingsOf(entity, name, scanned), roles, mentions: entity.candidates.length, articles: [...articles], quotes,
      mentionsIn: entity.candidates.map((c) => mentionOf(c, scanned.get(c.articleId))), cooccurring: [],
    };
  });
}

/**
 * The actors named in each sentence with two or more, in the order the sentences were first met. A
 * sentence holds one actor as a plain number and becomes a set only when a second one is named: most
 * sentences name one actor, and a set for each would be most of the work.
 */
function sharedSentences(actors: readonly Actor[]): Set<number>[] {
  const byArticle = new Map<string, { named: (number | Set<number>)[][]; met: number[][] }>();
  const groups: { met: number; actors: Set<number> }[] = [];
  let met = 0;
  actors.forEach((actor, i) => {
    for (const m of actor.mentionsIn) {
      let article = byArticle.get(m.articleId);
      if (!article) byArticle.set(m.articleId, (article = { named: [], met: [] }));
      const sentences = (article.named[m.paragraph] ??= []);
      const named = sentences[m.sentence];
      if (named === undefined) {
        sentences[m.sentence] = i;
        (article.met[m.paragraph] ??= [])[m.sentence] = met++;
      } else if (typeof named === 'number') {
        if (named === i) continue;
        const set = new Set([named, i]);
        sentences[m.sentence] = set;
        groups.push({ met: article.met[m.paragraph]![m.sentence]!, actors: set });
      } else {
        named.add(i);
      }
    }
  });
  return groups.sort((x, y) => x.met - y.met).map((g) => g.actors);
}

/** Fills each actor's `cooccurring`: the other actors named in the same sentences, most frequent first. */
export function addCooccurrence(actors: Actor[]): void {
  const counts = actors.map(() => new Map<number, number>());
  for (const set of sharedSentences(actors)) {
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
