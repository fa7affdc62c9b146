import { readFileSync } from 'node:fs';
import { buildArticle } from '../../../src/core/analyse.js';
import type { Article } from '../../../src/core/types.js';

/** A bundled article run through the real pipeline (cleaning, metadata), with a publication date. */
export function bundledArticle(file: string, published: string): Article {
  const text = readFileSync(new URL(`../../../data/${file}`, import.meta.url), 'utf8');
  return buildArticle({
    id: file, file, text, fileFields: {}, manifestFields: { published }, warnings: [], contentHash: file,
  });
}
