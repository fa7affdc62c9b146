import { findArticle } from '../core/articles/find-article.js';
import { compareArticles } from '../core/compare/index.js';
import { visibleText } from '../core/text/safe.js';
import type { Article, Comparison, Corpus } from '../core/types.js';
import { Failure, UsageError } from './errors.js';
import { toSafeJson } from './json.js';
import type { Write } from './list-commands.js';
import { line } from './text-table.js';

/** Resolves a user's article reference or throws a UsageError that lists the candidates. */
export function articleArgument(corpus: Corpus, reference: string): Article {
  const found = findArticle(corpus.articles, reference);
  if (found.kind === 'found') return found.article;
  if (found.kind === 'ambiguous') {
    throw new UsageError(
      `"${reference}" matches ${found.candidates.length} articles; name one by id:`,
      found.candidates.map((a) => `  ${visibleText(a.id)}  ${line(a.title)}`),
    );
  }
  throw new Failure(`No article "${reference}": give an id, an id prefix, a file path, an outlet or a title fragment (newsx articles lists them).`);
}

const MARK: Record<Comparison['rows'][number]['kind'], string> = { same: '=', changed: '~', onlyA: '-', onlyB: '+' };

/** `newsx compare A B`: the aligned sentences, then what differs. */
export function printComparison(corpus: Corpus, refA: string, refB: string, json: boolean, write: Write): void {
  const a = articleArgument(corpus, refA);
  const b = articleArgument(corpus, refB);
  const comparison = compareArticles(a, b, corpus.actors);
  if (json) return write(toSafeJson(comparison) + '\n');
  const out: string[] = [
    `A: ${a.outlet ? line(a.outlet) : visibleText(a.id)} — ${line(a.title)}`,
    `B: ${b.outlet ? line(b.outlet) : visibleText(b.id)} — ${line(b.title)}`,
    `similarity ${comparison.similarity.toFixed(2)}`,
    '',
  ];
  for (const row of comparison.rows) {
    if (row.kind === 'onlyB') out.push(`+ ${line(row.b)}`);
    else if (row.kind === 'changed') out.push(`~ A: ${line(row.a)}`, `  B: ${line(row.b)}`);
    else out.push(`${MARK[row.kind]} ${line(row.a)}`);
  }
  const list = (label: string, items: string[]) => items.length > 0 && out.push(`${label}: ${items.map(line).join(', ')}`);
  out.push('');
  for (const q of comparison.quotes) {
    // An altered quote is worth reading in both wordings: that is the difference.
    if (q.in === 'altered') out.push(`quote (altered): A “${line(q.a ?? q.text)}” / B “${line(q.b ?? q.text)}”`);
    else out.push(`quote (${q.in}): ${line(q.text)}`);
  }
  list('actors only in A', comparison.actorsOnlyA);
  list('actors only in B', comparison.actorsOnlyB);
  list('figures only in A', comparison.figuresOnlyA);
  list('figures only in B', comparison.figuresOnlyB);
  write(out.join('\n') + '\n');
}
