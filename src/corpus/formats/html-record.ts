import type { ArticleFields, Removal } from '../../core/types.js';
import { normaliseDate } from '../dates.js';
import { normaliseText } from '../decode.js';
import type { HtmlArticle } from '../html/index.js';

/** Longest raw line kept for a removed block: a comments section can be 50 KB, and it is only there to be recognised. */
const MAX_REMOVED_LINE = 1000;

/** Reasons of the extraction that are markup rather than page furniture. */
const MARKUP_REASONS = /script|style|markup|code|svg|form/i;

/** What an extracted page contributes to a record: its text with the removed blocks after it, and its metadata. */
export interface PageParts {
  text: string;
  removed: Removal[];
  fields: ArticleFields;
  fallbackFields?: ArticleFields;
  warnings: string[];
}

/** One line of the raw text for a removed block: its text on one line, shortened when huge. */
function removedLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > MAX_REMOVED_LINE ? `${line.slice(0, MAX_REMOVED_LINE - 1)}…` : line;
}

/**
 * The page's metadata as file fields (provenance `file`): title, publication date, outlet, canonical
 * url, author; a modification date only as a fallback, since an edit is not the publication.
 */
function pageFields(article: HtmlArticle, warnings: string[]): { fields: ArticleFields; fallbackFields?: ArticleFields } {
  const meta = article.metadata;
  const fields: ArticleFields = {};
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim() : undefined);
  const title = text(meta.title);
  const outlet = text(meta.outlet);
  const url = text(meta.url);
  const author = text(meta.author);
  if (title) fields.title = title;
  if (outlet) fields.outlet = outlet;
  if (url) fields.url = url;
  if (author) fields.author = author;
  const published = text(meta.published);
  if (published) {
    const date = normaliseDate(published);
    if (date) fields.published = date;
    else warnings.push(`the page's publication date is not a date: ${JSON.stringify(published.slice(0, 40))}`);
  }
  const modified = text(meta.modified) && normaliseDate(text(meta.modified));
  return fields.published || !modified ? { fields } : { fields, fallbackFields: { published: modified } };
}

/**
 * An extracted page as record parts. The kept text comes first, then each removed block on a line of
 * its own, recorded as a removal (`boilerplate`, or `markup` for scripts and styles, with the
 * extraction's reason as its rule), so the raw view shows what the page had and why it went.
 */
export function pageParts(article: HtmlArticle): PageParts {
  const warnings: string[] = [...article.warnings];
  const kept = normaliseText(article.text);
  warnings.push(...kept.warnings);
  const lines = kept.text.replace(/\n+$/, '').split('\n');
  const removed: Removal[] = [];
  const blocks = article.removed.map((r) => ({ line: removedLine(r.text), reason: r.reason })).filter((r) => r.line !== '');
  if (blocks.length) lines.push('');
  for (const block of blocks) {
    lines.push(block.line);
    removed.push({
      line: lines.length,
      text: block.line.length > 300 ? `${block.line.slice(0, 299)}…` : block.line,
      reason: MARKUP_REASONS.test(block.reason) ? 'markup' : 'boilerplate',
      rule: block.reason,
    });
  }
  return { text: lines.join('\n'), removed, ...pageFields(article, warnings), warnings };
}
