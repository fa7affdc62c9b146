import type { Article } from '../../../src/core/types.js';

/** An article built by hand from its clean paragraphs (one per line of `text`). */
export function articleOf(id: string, text: string, fields: Partial<Article> = {}): Article {
  const paragraphs = text.split('\n').map((p) => p.trim()).filter(Boolean);
  return {
    id, file: id, title: paragraphs[0] ?? id, outlet: null, via: null, published: null, url: null, note: null,
    provenance: { title: null, outlet: null, published: null, url: null },
    raw: text, paragraphs, paragraphLines: paragraphs.map((_, i) => i + 1), removed: [], warnings: [],
    ...fields,
  };
}
