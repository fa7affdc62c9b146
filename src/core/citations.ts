import type { Actor, ActorQuote, Article, ChronologyEntry, ChronologySource } from './types.js';

/**
 * Citations: where a finding stands, said the way a fact-checker's note or an editor's report needs it
 * (who said it, in which outlet's article, when, where to find it, which paragraph). The explorer's `y`
 * and the reports build on the same functions, so a copied quote and a reported one cite alike.
 */

/** The source part of a citation: outlet, “title”, date, url or file, paragraph. */
export function citeArticle(article: Article, paragraph?: number): string {
  const parts = [
    article.outlet ?? article.via ?? 'unknown outlet',
    `“${article.title}”`,
    article.published ?? 'undated',
    article.url ?? article.file,
  ];
  if (paragraph !== undefined) parts.push(`¶${paragraph + 1}`);
  return parts.join(', ');
}

/** A quote with its speaker and source: “…” — Speaker, Outlet, “Title”, date, url, ¶N. */
export function citeQuote(speaker: Pick<Actor, 'name'>, quote: Pick<ActorQuote, 'text' | 'paragraph'>, article: Article): string {
  return `“${quote.text}” — ${speaker.name}, ${citeArticle(article, quote.paragraph)}`;
}

/** A sentence that names an actor (a mention), with its source. */
export function citeSentence(sentence: string, article: Article, paragraph?: number): string {
  return `${sentence} — ${citeArticle(article, paragraph)}`;
}

/** A chronology entry: its date and event, then each report of it with its source. */
export function citeEntry(entry: ChronologyEntry, articleOf: (id: string) => Article | undefined): string {
  const lines = [`${entry.date}: ${entry.text}`];
  for (const source of entry.sources) lines.push(`  ${citeReport(source, articleOf(source.articleId))}`);
  if (entry.conflict) lines.push(`  (${entry.conflict})`);
  return lines.join('\n');
}

/** One outlet's report of a dated event: the expression it used, and where. */
export function citeReport(source: ChronologySource, article: Article | undefined): string {
  const where = article ? citeArticle(article, source.paragraph) : source.articleId;
  return `“${source.expression}” (${source.date}) — ${where}`;
}
