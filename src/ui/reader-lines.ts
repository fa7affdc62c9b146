import type { Span } from '../core/search/match.js';
import { safeText, visibleText } from '../core/text/safe.js';
import type { Article, Provenance, RemovalReason } from '../core/types.js';
import { wrapWithSpan } from './panes/chronology-detail-lines.js';
import { truncate, wrap } from './text-width.js';

/** One screen line of the reader. */
export interface ReaderLine {
  text: string;
  kind: 'title' | 'meta' | 'body' | 'removed' | 'blank';
  /** Why cleaning removed (part of) it, on the raw view's lines that lost something. */
  reason?: RemovalReason;
  /** The cells of `text` cleaning removed: dimmed, the rest of the line drawn as it is. */
  removedSpans?: Span[];
  /** The first screen line of a raw line that lost something (where ] and [ land). */
  removal?: boolean;
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

/** The header folded to one line: outlet · date · file, and the key that unfolds it. */
function shortHeader(article: Article, width: number): ReaderLine[] {
  const title = wrap(safeText(article.title), width);
  const lines: ReaderLine[] = title.slice(0, 2).map((text, i) => ({ text: i === 1 && title.length > 2 ? truncate(`${text} …`, width) : text, kind: 'title' }));
  const guess = (p: Provenance | null) => (p === 'inferred' ? '?' : '');
  const parts = [
    `${safeText(article.outlet ?? article.via ?? 'unknown outlet')}${guess(article.provenance.outlet)}`,
    `${article.published ?? 'undated'}${guess(article.provenance.published)}`,
    safeText(article.id),
  ];
  const warned = article.warnings.length ? ` · ${article.warnings.length} warning${article.warnings.length === 1 ? '' : 's'}` : '';
  const key = ' · i: details';
  lines.push({ text: truncate(`${parts.join(' · ')}${warned}`, Math.max(1, width - key.length)) + key, kind: 'meta' }, { text: '', kind: 'blank' });
  return lines;
}

/** The whole header: title, metadata with where each value came from, the actors named, warnings. */
function fullHeader(article: Article, actors: readonly string[], width: number): ReaderLine[] {
  const lines: ReaderLine[] = wrap(safeText(article.title), width).map((text) => ({ text, kind: 'title' }));
  const meta = [
    metaLine('Outlet', article.outlet, article.provenance.outlet) + (article.via ? `, via ${article.via}` : ''),
    metaLine('Published', article.published && [article.published, article.publishedTime, article.publishedZone].filter(Boolean).join(' '), article.provenance.published),
    ...(article.provenance.published === 'inferred' && article.publishedEvidence ? [`${''.padEnd(9)} from ${article.publishedEvidence}`] : []),
    metaLine('Author', article.author ?? null, article.authorProvenance ?? null),
    metaLine('URL', article.url, article.provenance.url),
    `${'File'.padEnd(9)} ${visibleText(article.id)}${article.format && article.format !== 'txt' ? `  (${article.format})` : ''}`,
  ];
  if (article.note) meta.push(`${'Note'.padEnd(9)} ${article.note}`);
  if (actors.length) meta.push(`${'Actors'.padEnd(9)} ${actors.join(', ')}`);
  for (const warning of article.warnings) meta.push(`${'Warning'.padEnd(9)} ${warning}`);
  meta.push('i: fold the header');
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

/**
 * What cleaning took from one raw line: the part it removed, as a span of the line (a byline glued to
 * the first sentence, a site suffix), or all of it when the removed text is the line or is not found as
 * written (control characters, stripped markup).
 */
export function removedSpan(line: string, removedTexts: readonly string[]): Span {
  let from = line.length;
  let to = 0;
  for (const text of removedTexts) {
    const needle = text.trim();
    const at = needle ? line.indexOf(needle) : -1;
    if (at === -1) return [0, line.length];
    from = Math.min(from, at);
    to = Math.max(to, at + needle.length);
  }
  return from < to ? [from, to] : [0, line.length];
}

/** The raw text line by line; a line cleaning took from is labelled with the reason and only the removed part dimmed. */
function rawBody(article: Article, width: number): ReaderLine[] {
  const removedAt = new Map<number, { reason: RemovalReason; rule: string | undefined; texts: string[] }>();
  for (const r of article.removed) {
    const known = removedAt.get(r.line);
    if (known) known.texts.push(safeText(r.text));
    else removedAt.set(r.line, { reason: r.reason, rule: r.rule, texts: [safeText(r.text)] });
  }
  const lines: ReaderLine[] = [];
  safeText(article.raw).split('\n').forEach((rawLine, i) => {
    const removal = removedAt.get(i + 1);
    if (!removal) {
      for (const text of wrap(rawLine, width)) lines.push({ text, kind: 'body' });
      return;
    }
    // The rule that removed it (cookie banner, byline...) says more than the reason's one word.
    const label = `[${removal.reason}${removal.rule ? `: ${safeText(removal.rule)}` : ''}] `;
    const [from, to] = removedSpan(rawLine, removal.texts);
    const span: Span = [from + label.length, to + label.length];
    wrapWithSpan(label + rawLine, span, width).forEach((part, k) => {
      lines.push({ text: part.text, kind: 'removed', reason: removal.reason, removedSpans: part.spans, removal: k === 0 });
    });
  });
  return lines;
}

/** Every line the reader can show for an article, at a width: header (folded or whole), then clean or raw text. */
export function readerLines(article: Article, actors: readonly string[], raw: boolean, wholeHeader: boolean, width: number): ReaderLine[] {
  const top = wholeHeader ? fullHeader(article, actors, width) : shortHeader(article, width);
  if (raw) {
    const summary = `Raw text: ${article.removed.length} line${article.removed.length === 1 ? '' : 's'} cleaning took from (removed part dimmed, reason in brackets). ] [ jump between them · r: clean text.`;
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
