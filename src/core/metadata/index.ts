import type { Article, CleanedText, SourceDocument } from '../types.js';

/** The metadata part of an article. */
export type ArticleMetadata = Pick<Article, 'title' | 'outlet' | 'via' | 'published' | 'url' | 'note' | 'provenance'>;

/** Resolves title, outlet, date and url with provenance. (Placeholder: being built.) */
export function resolveMetadata(doc: SourceDocument, cleaned: CleanedText): ArticleMetadata {
  const m = doc.manifestFields;
  const f = doc.fileFields;
  const pick = (key: 'title' | 'outlet' | 'published' | 'url') =>
    m[key] ? { value: m[key]!, from: 'manifest' as const } : f[key] ? { value: f[key]!, from: 'file' as const } : null;
  const title = pick('title') ?? { value: cleaned.paragraphs[0] ?? doc.file, from: 'text' as const };
  const outlet = pick('outlet');
  const published = pick('published');
  const url = pick('url');
  return {
    title: title.value,
    outlet: outlet?.value ?? null,
    via: m.via ?? f.via ?? null,
    published: published?.value ?? null,
    url: url?.value ?? null,
    note: m.note ?? f.note ?? null,
    provenance: { title: title.from, outlet: outlet?.from ?? null, published: published?.from ?? null, url: url?.from ?? null },
  };
}
