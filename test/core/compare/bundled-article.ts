import { readFileSync } from 'node:fs';
import { cleanText } from '../../../src/core/clean/index.js';
import type { Article } from '../../../src/core/types.js';

/**
 * A bundled article cleaned by the real cleaning stage, with the publication date a careful reader
 * establishes. (Built here rather than by analyse's buildArticle so these tests do not depend on the
 * metadata and actor stages.)
 */
export function bundledArticle(file: string, published: string): Article {
  const raw = readFileSync(new URL(`../../../data/${file}`, import.meta.url), 'utf8');
  const cleaned = cleanText(raw);
  return {
    id: file, file, title: cleaned.paragraphs[0] ?? file, outlet: null, via: null, published, url: null, note: null,
    provenance: { title: 'text', outlet: null, published: 'manifest', url: null },
    raw, paragraphs: cleaned.paragraphs, paragraphLines: cleaned.paragraphLines, removed: cleaned.removed, warnings: [],
  };
}
