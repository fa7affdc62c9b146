import { compareArticles } from '../compare/index.js';
import type { Actor, ActorQuote, Article, ChronologyEntry, Comparison, Corpus, Story } from '../types.js';

/** A quote in a report: what was said, by whom, in which article. */
export interface ReportQuote {
  speaker: Actor;
  quote: ActorQuote;
  article: Article;
}

/** What a report says about a set of articles: the articles, the chronology they give, who said what. */
export interface ReportSection {
  title: string;
  articles: Article[];
  /** Entries reported by these articles, each with only these articles' reports. */
  chronology: ChronologyEntry[];
  /** Quotes in these articles, grouped by speaker (most quoted first), in article order. */
  quotes: ReportQuote[];
  /** For a pair: the two articles aligned. */
  comparison?: { a: Article; b: Article; result: Comparison };
}

/** A whole report: one section a story, or one for a compared pair. */
export interface Report {
  title: string;
  corpus: string;
  sections: ReportSection[];
}

/** A report of every story of the corpus, largest first. */
export function corpusReport(corpus: Corpus, folderName: string): Report {
  return { title: `Stories in ${folderName}`, corpus: folderName, sections: corpus.stories.map((s) => storySection(corpus, s)) };
}

/** A report of one story. */
export function storyReport(corpus: Corpus, story: Story, folderName: string): Report {
  return { title: story.title, corpus: folderName, sections: [storySection(corpus, story)] };
}

/** A report of two articles compared, with the chronology and quotes of both. */
export function pairReport(corpus: Corpus, a: Article, b: Article, folderName: string): Report {
  const section = sectionOf(corpus, `${a.outlet ?? a.id} and ${b.outlet ?? b.id}: ${a.title}`, [a, b]);
  section.comparison = { a, b, result: compareArticles(a, b, corpus.actors) };
  return { title: section.title, corpus: folderName, sections: [section] };
}

function storySection(corpus: Corpus, story: Story): ReportSection {
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  return sectionOf(corpus, story.title, story.articles.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined));
}

function sectionOf(corpus: Corpus, title: string, articles: Article[]): ReportSection {
  const ids = new Set(articles.map((a) => a.id));
  const chronology: ChronologyEntry[] = [];
  for (const entry of corpus.chronology) {
    const sources = entry.sources.filter((s) => ids.has(s.articleId));
    if (sources.length > 0) chronology.push(sources.length === entry.sources.length ? entry : { ...entry, sources });
  }
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const quotes: ReportQuote[] = [];
  const speakers = corpus.actors
    .map((actor) => ({ actor, quotes: actor.quotes.filter((q) => ids.has(q.articleId)) }))
    .filter((s) => s.quotes.length > 0)
    .sort((x, y) => y.quotes.length - x.quotes.length || x.actor.name.localeCompare(y.actor.name));
  for (const { actor, quotes: said } of speakers) {
    const sorted = [...said].sort((x, y) => order.get(x.articleId)! - order.get(y.articleId)! || x.paragraph - y.paragraph);
    for (const quote of sorted) quotes.push({ speaker: actor, quote, article: articles[order.get(quote.articleId)!]! });
  }
  return { title, articles, chronology, quotes };
}
