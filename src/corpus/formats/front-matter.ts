import type { ArticleFields } from '../../core/types.js';
import { normaliseDate } from '../dates.js';

/** Front matter keys and the metadata field each one fills. */
const KEYS: Readonly<Record<string, keyof ArticleFields>> = {
  title: 'title',
  outlet: 'outlet', source: 'outlet', site: 'outlet', publisher: 'outlet',
  via: 'via',
  published: 'published', date: 'published',
  url: 'url', link: 'url',
};

/** Front matter read from the top of a Markdown file, and where the body starts. */
export interface FrontMatter {
  fields: ArticleFields;
  warnings: string[];
  /** The text after the closing `---` line. */
  body: string;
}

/** Unquotes a YAML scalar ("'a'", "\"b\""); anything fancier (lists, blocks) is out of scope. */
function scalar(raw: string): string {
  const value = raw.trim();
  const quoted = /^(['"])(.*)\1$/.exec(value);
  return (quoted ? (quoted[2] ?? '') : value.replace(/\s+#.*$/, '')).trim();
}

/**
 * Reads `key: value` lines between an opening `---` and a closing `---` (or `...`). Without a closing
 * line it is not front matter: a Markdown rule at the top is just a rule.
 */
export function readFrontMatter(text: string): FrontMatter | null {
  if (!/^---[ \t]*\n/.test(text)) return null;
  const close = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (!close) return null;
  const fields: ArticleFields = {};
  const warnings: string[] = [];
  for (const line of text.slice(text.indexOf('\n') + 1, close.index).split('\n')) {
    const m = /^([A-Za-z_][\w-]*)\s*:(.*)$/.exec(line);
    const field = m && KEYS[(m[1] ?? '').toLowerCase()];
    if (!m || !field) continue;
    const value = scalar(m[2] ?? '');
    if (value === '' || fields[field] !== undefined) continue;
    if (field === 'published') {
      const date = normaliseDate(value);
      if (date) fields.published = date;
      else warnings.push(`${m[1]}: not a date: "${value}"`);
    } else {
      fields[field] = value;
    }
  }
  return { fields, warnings, body: text.slice(close.index + close[0].length) };
}
