import { cleanText } from './clean/index.js';
import type { ArticleMetadata } from './metadata/index.js';
import type { CleanedText, SourceDocument } from './types.js';

/** A document's text as cleaning and metadata see it, and what cleaning made of it. */
export interface CleanedSource {
  /** The document itself, or a copy whose text has the format's removed lines blanked. */
  doc: SourceDocument;
  cleaned: CleanedText;
}

/**
 * Cleans a document's text, leaving out the lines its format already removed (an HTML page's navigation
 * and comments): those are blanked, so every other line keeps its raw number and metadata never reads a
 * date or an outlet from them, and their removals are merged with cleaning's in line order, so the raw
 * view explains both.
 */
export function cleanSource(doc: SourceDocument): CleanedSource {
  if (!doc.removed?.length) return { doc, cleaned: cleanText(doc.text) };
  const gone = new Set(doc.removed.map((r) => r.line));
  const text = doc.text.split('\n').map((line, i) => (gone.has(i + 1) ? '' : line)).join('\n');
  const cleaned = cleanText(text);
  return {
    doc: { ...doc, text },
    cleaned: { ...cleaned, removed: [...doc.removed, ...cleaned.removed].sort((a, b) => a.line - b.line) },
  };
}

/**
 * Fills what neither the manifest, the file nor the text gave from the container's fallback fields
 * (a web archive's capture date), marked as inferred: the page was online then, not necessarily new.
 */
export function withFallbacks(meta: ArticleMetadata, doc: SourceDocument): ArticleMetadata {
  const published = doc.fallbackFields?.published;
  if (meta.published !== null || !published) return meta;
  return {
    ...meta,
    published,
    publishedEvidence: 'the date the file gives for its copy (a capture or last update), not a stated publication',
    provenance: { ...meta.provenance, published: 'inferred' },
  };
}

