import { safeText } from '../core/text/safe.js';
import type { Article, Provenance, RemovalReason } from '../core/types.js';
import { wrap } from './text-width.js';

/** One screen line of the reader. */
export interface ReaderLine {
  text: string;
  kind: 'title' | 'meta' | 'body' | 'removed' | 'blank';
  /** Why cleaning removed it (raw view). */
  reason?: RemovalReason;
  /** The clean paragraph this line belongs to. */
  paragraph?: number;
}

const PROVENANCE_LABEL: Record<Provenance, string> = {
  manifest: 'from the manifest',
  file: 'from the file',
  text: 'read in the text',
  inferred: 'a guess',
};

function metaLine(label: string, value: string | null, provenance: Provenance | null): string {
  if (value === null) return `${label.padEnd(9)} unknown`;
  const where = provenance ? `  (${PROVENANCE_LABEL[provenance]})` : '';
  return `${label.padEnd(9)} ${value}${provenance === 'inferred' ? '?' : ''}${where}`;
}

/** The reader's header: title, metadata with where each value came from, the actors named. */
function header(article: Article, actors: readonly string[], width: number): ReaderLine[] {
  const lines: ReaderLine[] = wrap(safeText(article.title), width).map((text) => ({ text, kind: 'title' }));
  const meta = [
    metaLine('Outlet', article.outlet, article.provenance.outlet) + (article.via ? `, via ${article.via}` : ''),
    metaLine('Published', article.published && [article.published, article.publishedTime, article.publishedZone].filter(Boolean).join(' '), article.provenance.published),
    ...(article.provenance.published === 'inferred' && article.publishedEvidence ? [`${''.padEnd(9)} from ${article.publishedEvidence}`] : []),
    metaLine('Author', article.author ?? null, article.authorProvenance ?? null),
    metaLine('URL', article.url, article.provenance.url),
    `${'File'.padEnd(9)} ${article.id}`,
  ];
  if (article.note) meta.push(`${'Note'.padEnd(9)} ${article.note}`);
  if (actors.length) meta.push(`${'Actors'.padEnd(9)} ${actors.join(', ')}`);
  for (const warning of article.warnings) meta.push(`${'Warning'.padEnd(9)} ${warning}`);
  for (const m of meta) for (const text of wrap(safeText(m), width)) lines.push({ text, kind: 'meta' });
  lines.push({ text: '', kind: 'blank' });
  return lines;
}

/** The clean text, paragraph by paragraph, wrapped to the width. */
function cleanBody(article: Article, width: number): ReaderLine[] {
  const lines: ReaderLine[] = [];
  article.paragraphs.forEach((paragraph, p) => {
    if (p > 0) lines.push({ text: '', kind: 'blank' });
    for (const text of wrap(safeText(paragraph), width)) lines.push({ text, kind: 'body', paragraph: p });
  });
  return lines;
}

/** The raw text line by line, with each removed line labelled by the reason cleaning gave. */
function rawBody(article: Article, width: number): ReaderLine[] {
  const removedAt = new Map(article.removed.map((r) => [r.line, r.reason]));
  const lines: ReaderLine[] = [];
  safeText(article.raw).split('\n').forEach((rawLine, i) => {
    const reason = removedAt.get(i + 1);
    const label = reason ? `[${reason}] ` : '';
    const wrapped = wrap(label + rawLine, width);
    for (const text of wrapped) lines.push(reason ? { text, kind: 'removed', reason } : { text, kind: 'body' });
  });
  return lines;
}

let last: { article: Article; actors: readonly string[]; raw: boolean; width: number; lines: ReaderLine[] } | null = null;

/**
 * Every line the reader can show for an article, at a width: header, then clean or raw text. The last
 * answer is kept: a keystroke asks twice (the reducer's view, then the frame) and scrolling changes none of it.
 */
export function readerLines(article: Article, actors: readonly string[], raw: boolean, width: number): ReaderLine[] {
  if (last && last.article === article && last.actors === actors && last.raw === raw && last.width === width) return last.lines;
  const lines = layOutReader(article, actors, raw, width);
  last = { article, actors, raw, width, lines };
  return lines;
}

function layOutReader(article: Article, actors: readonly string[], raw: boolean, width: number): ReaderLine[] {
  const top = header(article, actors, width);
  if (raw) {
    const summary = `Raw text: ${article.removed.length} line${article.removed.length === 1 ? '' : 's'} removed by cleaning (dimmed, with the reason). r: clean text.`;
    return [...top, ...wrap(summary, width).map((text): ReaderLine => ({ text, kind: 'meta' })), { text: '', kind: 'blank' }, ...rawBody(article, width)];
  }
  return [...top, ...cleanBody(article, width)];
}

/** Indices of the lines that hold the search text (case-insensitive). */
export function searchMatches(lines: readonly ReaderLine[], search: string): number[] {
  const needle = search.trim().toLowerCase();
  if (!needle) return [];
  const out: number[] = [];
  lines.forEach((line, i) => {
    if (line.text.toLowerCase().includes(needle)) out.push(i);
  });
  return out;
}
