/**
 * An analysed corpus for the UI and filter benches, built straight from the synthetic articles: the
 * names, places and dates the generator put in stand for what analysis would find. It measures the
 * explorer at 100k articles without waiting for a 100k analysis (which the analysis bench times apart).
 */
import type { Actor, ActorKind, Article, ChronologyEntry, Corpus, Story } from '../../src/core/types.js';
import { JSONL_SEED, seeded, syntheticArticle, type SyntheticArticle } from './corpus.js';

/** The same articles writeJsonlCorpus writes, with the ids the reader gives them. */
export function syntheticArticles(count: number): { id: string; article: SyntheticArticle }[] {
  const rand = seeded(JSONL_SEED);
  return Array.from({ length: count }, (_, i) => ({
    id: `archive-${String(Math.floor(i / 1000)).padStart(4, '0')}.jsonl#${(i % 1000) + 1}`,
    article: syntheticArticle(rand, i),
  }));
}

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** A Corpus of `count` synthetic articles with stand-in actors, chronology and stories. */
export function displayCorpus(count: number): Corpus {
  const articles: Article[] = [];
  const actors = new Map<string, Actor>();
  const entries = new Map<string, ChronologyEntry>();
  const stories = new Map<string, Story>();
  const actorOf = (name: string, kind: ActorKind): Actor => {
    let actor = actors.get(name);
    if (!actor) {
      const surname = name.split(' ').at(-1)!;
      actor = { id: slug(name), name, kind, aliases: kind === 'person' ? [surname] : [], roles: [], mentions: 0, articles: [], quotes: [], mentionsIn: [], cooccurring: [] };
      actors.set(name, actor);
    }
    return actor;
  };
  for (const { id, article: a } of syntheticArticles(count)) {
    const paragraphs = a.text.split('\n\n');
    articles.push({
      id, file: id.split('#')[0]!, title: a.title, outlet: a.outlet, via: null, published: a.published, url: a.url, note: null,
      provenance: { title: 'file', outlet: 'file', published: 'file', url: 'file' },
      raw: a.text, paragraphs, paragraphLines: paragraphs.map((_, i) => i * 2 + 1), removed: [], warnings: [],
    });
    const named: [string, ActorKind][] = [...new Set(a.cast)].map((n) => [n, 'person']);
    named.push([a.place, 'place'], [a.organisation, 'organization']);
    for (const [name, kind] of named) {
      const actor = actorOf(name, kind);
      actor.mentions += 2;
      actor.articles.push(id);
      // A few mentions per actor are enough for the detail view; all of them would only cost memory.
      if (actor.mentionsIn.length < 20) actor.mentionsIn.push({ articleId: id, paragraph: 0, sentence: 0, text: paragraphs[0]!, surface: name });
    }
    const key = `${a.published}|${a.topic}|${a.place}`;
    const entry = entries.get(key);
    const source = { articleId: id, outlet: a.outlet, expression: 'on Monday', sentence: paragraphs[0]!, paragraph: 0, date: a.published };
    if (entry) entry.sources.push(source);
    else entries.set(key, { id: `e-${entries.size}`, date: a.published, precision: 'day', text: paragraphs[0]!.slice(0, 120), actors: a.cast.slice(0, 2), sources: [source], conflict: null });
    const storyKey = `${a.topic}|${a.place}|${a.published.slice(0, 7)}`;
    const story = stories.get(storyKey);
    if (story) story.articles.push(id);
    else stories.set(storyKey, { id: `s-${stories.size}`, title: a.title, articles: [id] });
  }
  const actorList = [...actors.values()].sort((x, y) => y.mentions - x.mentions);
  for (const actor of actorList) actor.cooccurring = actorList.slice(0, 5).filter((o) => o !== actor).map((o) => ({ name: o.name, count: 1 }));
  return {
    root: `/tmp/newsx-bench/${count}`,
    articles: articles.sort((x, y) => (x.published! < y.published! ? -1 : x.published! > y.published! ? 1 : 0)),
    actors: actorList,
    chronology: [...entries.values()].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0)),
    stories: [...stories.values()].filter((s) => s.articles.length > 1),
    warnings: [],
  };
}
