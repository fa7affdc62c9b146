import { parseQuery } from '../../core/search/query.js';
import { safeText } from '../../core/text/safe.js';
import type { Article } from '../../core/types.js';
import { filterFields } from '../corpus-index.js';
import { emptyContext } from '../../state/view-context.js';
import { closestVersion } from '../closest.js';
import { listModel } from './list.js';
import type { ArticleRow, ModelInput, PaneModel } from './types.js';
import { citeArticleAt, citeList } from './citations.js';

/** The words of a query worth highlighting (fuzzy and included terms, not exclusions, not qualified fields). */
export function highlightWords(query: string): string[] {
  return parseQuery(query, []).terms.filter((t) => t.kind !== 'exclude' && !/^[a-z]+:/.test(t.text)).map((t) => t.text);
}

/** The words of `text:WORD` terms: what the bodies were searched for. */
export function bodyWords(query: string): string[] {
  return parseQuery(query, filterFields.articles).terms.flatMap((t) => (t.kind === 'field' && t.field === 'text' ? [t.text] : []));
}

/** Where a body first holds a word: its paragraph and the sentence around it (case aside). */
export function bodyMatch(article: Article, word: string): { paragraph: number; sentence: string } | null {
  const needle = word.toLowerCase();
  for (let p = 0; p < article.paragraphs.length; p++) {
    const text = article.paragraphs[p]!;
    const at = text.toLowerCase().indexOf(needle);
    if (at === -1) continue;
    const sentenceStart = text.lastIndexOf('. ', at) + 2;
    // A few words of context before the match, so the word itself is in the little room a row has.
    const context = text.lastIndexOf(' ', Math.max(0, at - 24));
    const start = Math.max(sentenceStart === 1 ? 0 : sentenceStart, context === -1 ? 0 : context + 1);
    const stop = text.indexOf('. ', at + needle.length);
    const cut = start > (sentenceStart === 1 ? 0 : sentenceStart) ? '…' : '';
    return { paragraph: p, sentence: cut + safeText(text.slice(start, stop === -1 ? text.length : stop + 1)) };
  }
  return null;
}

/** The Articles list: by date, filtered by title, outlet, date, actors and (with `text:`) bodies. */
export function articlesModel({ corpus, index, state, box, memo }: ModelInput): PaneModel {
  const filter = state.lists.articles.filter;
  const ids = index.rowIds('articles', filter);
  // A `text:` search lists, with each article, the sentence that matched; Enter opens it there.
  const body = bodyWords(filter);
  const list = listModel<ArticleRow>(memo, {
    ids, selectedId: state.lists.articles.selectedId, height: box.height,
    empty: filter ? `No article matches "${safeText(filter)}". Esc clears the filter.` : 'No articles.',
    row: (id) => {
      const article = index.articleById.get(id)!;
      return { article, marked: state.marked.includes(id), match: body.length ? bodyMatch(article, body[0]!)?.sentence ?? null : null };
    },
  });
  const outlet = Math.min(22, Math.max(10, Math.floor(box.width * 0.18)));
  const marked = state.marked.length ? ` · ${state.marked.length} marked` : '';
  return {
    view: 'articles', list, words: highlightWords(filter), bodyWords: body,
    columns: { outlet, title: Math.max(10, box.width - 4 - 11 - outlet - 2) },
    context: { ...emptyContext, rowIds: ids, selectedId: list.selectedId, selectedIndex: list.selected, pageSize: list.pageSize, closestTo: (id) => closestVersion(corpus, id),
      linkAt: (row) => {
        const article = body.length ? index.articleById.get(ids[row] ?? '') : undefined;
        const found = article ? bodyMatch(article, body[0]!) : null;
        return found && article ? { kind: 'article', articleId: article.id, paragraph: found.paragraph, search: body[0]! } : null;
      },
      // With a `text:` search, an article is cited at the paragraph that matched.
      cite: (scope) => {
        const at = (article: Article) => citeArticleAt(article, body.length ? bodyMatch(article, body[0]!)?.paragraph ?? null : null);
        if (scope === 'all') return ids.length ? citeList(ids.map((id) => index.articleById.get(id)!), at) : null;
        const article = list.selectedId ? index.articleById.get(list.selectedId) : undefined;
        return article ? at(article) : null;
      },
    },
    status: `${list.position} · ${ids.length} of ${corpus.articles.length} articles${marked}`,
  };
}
