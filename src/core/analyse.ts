import { extractActors } from './actors/index.js';
import { buildChronology } from './chronology/index.js';
import { resolveMetadata } from './metadata/index.js';
import { dateFromSiblings } from './metadata/siblings.js';
import { groupStories } from './stories/index.js';
import { noProgress, type ProgressSink } from './progress.js';
import { cleanSource, withFallbacks } from './source.js';
import type { Article, Corpus, CorpusWarning, SourceDocument } from './types.js';

/** Articles between progress reports: often enough for a moving count, rarely enough to cost nothing. */
const PROGRESS_EVERY = 200;

/** Turns one source document into an article: clean first, so metadata reads the text without furniture. */
export function buildArticle(doc: SourceDocument): Article {
  const { doc: visible, cleaned } = cleanSource(doc);
  const meta = withFallbacks(resolveMetadata(visible, cleaned), doc);
  return {
    id: doc.id,
    file: doc.file,
    format: doc.format ?? 'txt',
    ...meta,
    raw: doc.text,
    paragraphs: cleaned.paragraphs,
    paragraphLines: cleaned.paragraphLines,
    removed: cleaned.removed,
    warnings: doc.warnings,
  };
}

/**
 * One document's article, or, when cleaning or metadata throws on it (a bug its text found), a warning
 * naming it: one document's failure must not cost the folder.
 */
function articleOrWarning(doc: SourceDocument, failed: CorpusWarning[]): Article[] {
  try {
    return [buildArticle(doc)];
  } catch (error) {
    const why = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    failed.push({ file: doc.id, reason: `could not be analysed (${why.slice(0, 160)})`, skipped: true });
    return [];
  }
}

/** Orders articles by publication date (undated last), then title, so every view starts the same. */
export function byPublication(a: Article, b: Article): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? -1 : 1;
  }
  return a.title.localeCompare(b.title);
}

/**
 * The per-article stage: each document cleaned and given its metadata, independent of every other
 * document (so its result can be cached by the document's content, or computed on another core or
 * machine), in document order. `known` may hand back an article built before from the same document
 * (a cache); null means build it. A document that throws is left out with a warning in `failed`.
 */
export function buildArticles(
  docs: readonly SourceDocument[],
  progress: ProgressSink = noProgress,
  known: (doc: SourceDocument, index: number) => Article | null = () => null,
  failed: CorpusWarning[] = [],
): Article[] {
  return docs.flatMap((doc, i) => {
    if (i % PROGRESS_EVERY === 0) progress({ stage: 'articles', done: i, total: docs.length });
    const cached = known(doc, i);
    return cached ? [cached] : articleOrWarning(doc, failed);
  });
}

/** What the corpus-level stages make of all the articles together. */
export type CorpusAnalysis = Pick<Corpus, 'actors' | 'chronology' | 'stories'>;

/**
 * The articles as the corpus shows them: undated pages given a date from a story sibling (so this
 * needs every article first, and is not cached per article), in publication order.
 */
export function corpusArticles(articles: readonly Article[]): Article[] {
  return dateFromSiblings(articles).sort(byPublication);
}

/**
 * The corpus-level stages over `corpusArticles`, in order: actors (they need clean text), then the
 * chronology (it names actors), then stories (they compare actors and events). Each reads every
 * article, so a changed article means running these again.
 */
export function analyseArticles(articles: readonly Article[], progress: ProgressSink = noProgress): CorpusAnalysis {
  progress({ stage: 'actors', done: 0, total: null });
  const actors = extractActors(articles);
  progress({ stage: 'chronology', done: 0, total: null });
  const chronology = buildChronology(articles, actors);
  progress({ stage: 'stories', done: 0, total: null });
  const stories = groupStories(articles, actors, chronology);
  return { actors, chronology, stories };
}

/** The whole analysis: the per-article stage, the sibling dates and order, then the corpus-level stages. */
export function analyseCorpus(root: string, docs: readonly SourceDocument[], warnings: CorpusWarning[], progress: ProgressSink = noProgress): Corpus {
  const failed: CorpusWarning[] = [];
  const articles = corpusArticles(buildArticles(docs, progress, undefined, failed));
  return { root, articles, ...analyseArticles(articles, progress), warnings: failed.length === 0 ? warnings : [...warnings, ...failed] };
}
