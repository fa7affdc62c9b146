import { citeArticle, citeEntry, citeQuote } from '../../core/citations.js';
import type { Actor, Article, ChronologyEntry, CompareRow } from '../../core/types.js';
import type { Link } from '../../state/view-context.js';
import type { CorpusIndex } from '../corpus-index.js';

/**
 * What `y` (the selection) and `Y` (everything the view lists) copy in each view, as citations: a
 * quote with its speaker, a mention with its sentence, an entry with every outlet's report, an
 * article with its outlet, title, date and address. Built only when asked, never per keystroke.
 */

/** Past this many items `Y` cites the first ones and says how many more there were. */
const MOST = 500;

/** The citations of a list's items, one a line (entries take several), capped. */
export function citeList<T>(items: readonly T[], cite: (item: T) => string): string {
  const shown = items.slice(0, MOST).map(cite);
  if (items.length > MOST) shown.push(`(and ${items.length - MOST} more)`);
  return shown.join('\n');
}

/** An article, with the paragraph the user is on when there is one. */
export function citeArticleAt(article: Article, paragraph: number | null): string {
  if (paragraph === null) return citeArticle(article);
  return `${article.paragraphs[paragraph] ?? ''} — ${citeArticle(article, paragraph)}`;
}

/** An actor in a list: every quote cited, or, with none, who they are and where they are named. */
export function citeActor(actor: Actor, index: CorpusIndex): string {
  const quotes = actor.quotes.flatMap((q) => {
    const article = index.articleById.get(q.articleId);
    return article ? [citeQuote(actor, q, article)] : [];
  });
  if (quotes.length > 0) return citeList(quotes, (q) => q);
  const role = actor.roles[0]?.text;
  return `${actor.name}${role ? `, ${role}` : ''} (${actor.kind}): named ${actor.mentions} times in ${actor.articles.length} articles`;
}

/**
 * A row of a detail view (a quote, a mention, a report): its text, cited by where its link leads; a
 * quote names its speaker first, as citeQuote does.
 */
export function citeRow(text: string, link: Link | null, index: CorpusIndex, speaker?: string): string {
  const article = link?.kind === 'article' ? index.articleById.get(link.articleId) : undefined;
  if (!article || link?.kind !== 'article') return speaker ? `${text} — ${speaker}` : text;
  return `${text} — ${speaker ? `${speaker}, ` : ''}${citeArticle(article, link.paragraph ?? undefined)}`;
}

/** A chronology entry with every outlet's report of it. */
export function citeChronologyEntry(entry: ChronologyEntry, index: CorpusIndex): string {
  return citeEntry(entry, (id) => index.articleById.get(id));
}

/** A row of a comparison: what each side says, each cited. */
export function citeCompareRow(row: CompareRow, a: Article, b: Article): string {
  const sides: string[] = [];
  if (row.a !== null) sides.push(`A: ${row.a} — ${citeArticle(a)}`);
  if (row.b !== null) sides.push(`B: ${row.b} — ${citeArticle(b)}`);
  return sides.join('\n');
}
