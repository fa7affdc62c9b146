import type { Article, ArticleFields, CleanedText, Provenance, SourceDocument } from '../types.js';
import { sameOutlet } from './names.js';
import { outletClues, type OutletClue } from './outlet-clues.js';
import { authorOf } from '../clean/byline.js';
import { dateFromEvidence } from './inferred-date.js';
import { publishedFromText } from './published.js';
import { titleFromText } from './title.js';
import { urlFromText } from './url.js';

/** The metadata part of an article. */
export type ArticleMetadata = Pick<
  Article,
  'title' | 'outlet' | 'via' | 'published' | 'url' | 'note' | 'provenance' | 'publishedTime' | 'publishedZone' | 'publishedEvidence' | 'author' | 'authorProvenance'
>;

/** A value with where it came from. */
interface Sourced {
  value: string;
  from: Provenance;
}

type Field = 'title' | 'outlet' | 'published' | 'url';

/** The manifest, then the file's own fields: what a person or the file states beats what we read. */
function stated(doc: SourceDocument, field: Field | 'via' | 'note' | 'author'): Sourced | null {
  const pick = (fields: ArticleFields): string | null => {
    const value = fields[field];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
  };
  const fromManifest = pick(doc.manifestFields);
  if (fromManifest !== null) return { value: fromManifest, from: 'manifest' };
  const fromFile = pick(doc.fileFields);
  return fromFile !== null ? { value: fromFile, from: 'file' } : null;
}

const read = (value: string | null | undefined, inferred: boolean): Sourced | null =>
  value ? { value, from: inferred ? 'inferred' : 'text' } : null;

/** The original publisher and the hosting site the text names, if any. */
function outletsInText(clues: readonly OutletClue[]): { original: OutletClue | null; host: OutletClue | null } {
  return {
    original: clues.find((c) => c.role === 'original') ?? null,
    host: clues.find((c) => c.role === 'host' && !c.inferred) ?? clues.find((c) => c.role === 'host') ?? null,
  };
}

/**
 * Resolves title, outlet, publication date and url, each from the manifest, then the file's own
 * metadata, then the text, then inference, recording which in `provenance`. `outlet` is the original
 * publisher where the text names one ("originally appeared at …", a byline, a correspondent, a wire
 * dateline); `via` is the site the text was read on when that is someone else (an aggregator's
 * copyright or RSS notice, a headline suffix). Total: a document with no text still gets a title.
 */
export function resolveMetadata(doc: SourceDocument, cleaned: CleanedText): ArticleMetadata {
  const lines = doc.text.split('\n');
  const headline = titleFromText(cleaned.paragraphs);
  const title = stated(doc, 'title') ?? read(headline?.title, headline?.inferred ?? false) ?? {
    value: doc.file.replace(/^.*\//, '').replace(/\.[a-z]+$/i, ''),
    from: 'inferred' as const,
  };

  const { original, host } = outletsInText(outletClues(lines));
  const textOutlet = original ?? host;
  const outlet = stated(doc, 'outlet') ?? read(textOutlet?.name, textOutlet?.inferred ?? false);
  const via =
    stated(doc, 'via')?.value ??
    (host && !host.inferred && outlet && !sameOutlet(outlet.value, host.name) ? host.name : null);

  const statedDate = stated(doc, 'published');
  const date = statedDate ? null : publishedFromText(lines, cleaned.paragraphs);
  const guess = statedDate || date ? null : dateFromEvidence(cleaned.paragraphs);
  const published = statedDate ?? read(date?.date, date?.inferred ?? false) ?? read(guess?.date, true);
  const url = stated(doc, 'url') ?? read(urlFromText(lines), false);
  const author = stated(doc, 'author') ?? read(authorFromRemovals(cleaned), false);

  return {
    title: title.value,
    outlet: outlet?.value ?? null,
    via,
    published: published?.value ?? null,
    url: url?.value ?? null,
    note: stated(doc, 'note')?.value ?? null,
    provenance: {
      title: title.from,
      outlet: outlet?.from ?? null,
      published: published?.from ?? null,
      url: url?.from ?? null,
    },
    publishedTime: date?.time ?? null,
    publishedZone: date?.zone ?? null,
    publishedEvidence: date ? date.evidence : guess?.date ? guess.evidence : null,
    author: author?.value ?? null,
    authorProvenance: author?.from ?? null,
  };
}

/** The author of the first byline cleaning removed from the page. */
function authorFromRemovals(cleaned: CleanedText): string | null {
  for (const r of cleaned.removed) {
    if (r.rule !== 'byline') continue;
    const name = authorOf(r.text);
    if (name) return name;
  }
  return null;
}
