/**
 * The lines of a chronology entry's detail, as plain data: the event, its date and precision, the
 * conflict, the actors, then one block per source (outlet and expression, then the sentence with the
 * expression marked), then a link to each actor's chronology. Sources and actor links are the rows
 * the selection moves over; every line knows the row it belongs to.
 */
import type { Span } from '../../core/search/match.js';
import { safeText } from '../../core/text/safe.js';
import type { ChronologyEntry, ChronologySource } from '../../core/types.js';
import type { Link } from '../../state/view-context.js';
import { wrap } from '../text-width.js';
import { groupLabel } from './chronology-rows.js';

/** One screen line of the detail. */
export interface ChronologyDetailLine {
  text: string;
  kind: 'title' | 'meta' | 'conflict' | 'section' | 'source' | 'sentence' | 'link' | 'blank';
  /** The selectable row this line belongs to, or null for the header. */
  row: number | null;
  /** Spans of `text` to highlight (the expression in a sentence). */
  spans: Span[];
}

/** The detail of an entry at a width: its lines and where each selectable row leads. */
export interface ChronologyDetailModel {
  lines: ChronologyDetailLine[];
  links: Link[];
}

const INDENT = '    ';

/** Where the source's expression sits in its sentence, case-insensitively; null when it is not there as written. */
export function expressionSpan(sentence: string, expression: string): Span | null {
  const needle = expression.trim().toLowerCase();
  if (!needle) return null;
  const at = sentence.toLowerCase().indexOf(needle);
  return at === -1 ? null : [at, at + needle.length];
}

/** Wraps a sentence and carries one highlighted span over onto the wrapped lines it crosses. */
export function wrapWithSpan(sentence: string, span: Span | null, width: number): { text: string; spans: Span[] }[] {
  let cursor = 0;
  return wrap(sentence, width).map((text) => {
    // wrap() keeps each line a substring of the sentence (ends trimmed), so offsets can be found again.
    const start = text ? sentence.indexOf(text, cursor) : -1;
    if (start === -1 || !span) return { text, spans: [] };
    cursor = start + text.length;
    const from = Math.max(span[0], start);
    const to = Math.min(span[1], start + text.length);
    return { text, spans: from < to ? [[from - start, to - start] as Span] : [] };
  });
}

function plain(text: string, kind: ChronologyDetailLine['kind'], row: number | null = null): ChronologyDetailLine {
  return { text, kind, row, spans: [] };
}

function sourceHeading(entry: ChronologyEntry, source: ChronologySource, title: string | null): string {
  const outlet = safeText(source.outlet ?? title ?? source.articleId);
  const own = source.date !== entry.date ? ` · puts it on ${source.date}` : '';
  return `${outlet} · "${safeText(source.expression)}"${own}`;
}

/**
 * The detail of an entry. `titleOf` names an article for a source without an outlet; `actorIdOf`
 * finds an actor by canonical name, for the links to actors' chronologies (an unknown name gets none).
 */
export function chronologyDetailModel(
  entry: ChronologyEntry,
  width: number,
  titleOf: (articleId: string) => string | null,
  actorIdOf: (name: string) => string | null,
): ChronologyDetailModel {
  const w = Math.max(10, width);
  const lines: ChronologyDetailLine[] = wrap(safeText(entry.text), w).map((t) => plain(t, 'title'));
  const precision = entry.precision === 'day' ? 'to the day' : `to the ${entry.precision}`;
  lines.push(...wrap(`Date      ${groupLabel(entry)} (${precision})`, w).map((t) => plain(t, 'meta')));
  if (entry.conflict) lines.push(...wrap(`! Dates differ: ${safeText(entry.conflict)}`, w).map((t) => plain(t, 'conflict')));
  const actors = entry.actors.length ? entry.actors.map(safeText).join(', ') : 'none named';
  lines.push(...wrap(`Actors    ${actors}`, w).map((t) => plain(t, 'meta')));
  lines.push(plain('', 'blank'), plain(`Sources (${entry.sources.length}) · Enter opens the article there`, 'section'));
  const links: Link[] = [];
  entry.sources.forEach((source) => {
    const row = links.length;
    links.push({ kind: 'article', articleId: source.articleId, paragraph: source.paragraph });
    lines.push(...wrap(sourceHeading(entry, source, titleOf(source.articleId)), w - 2).map((t) => plain(`  ${t}`, 'source', row)));
    const sentence = safeText(source.sentence);
    for (const part of wrapWithSpan(sentence, expressionSpan(sentence, safeText(source.expression)), w - INDENT.length)) {
      lines.push({ text: INDENT + part.text, kind: 'sentence', row, spans: part.spans.map(([a, b]) => [a + INDENT.length, b + INDENT.length] as Span) });
    }
  });
  const linked = entry.actors.flatMap((name) => {
    const actorId = actorIdOf(name);
    return actorId ? [{ name, actorId }] : [];
  });
  if (linked.length) lines.push(plain('', 'blank'), plain('Actors · Enter shows their chronology', 'section'));
  for (const { name, actorId } of linked) {
    lines.push(plain(`  Chronology of ${safeText(name)}`, 'link', links.length));
    links.push({ kind: 'actorChronology', actorId });
  }
  return { lines, links };
}

/** Where a row's lines are: [start, end), or null when no line belongs to it. */
export function rowSpan(lines: readonly ChronologyDetailLine[], row: number): { start: number; end: number } | null {
  const start = lines.findIndex((l) => l.row === row);
  if (start === -1) return null;
  let end = start + 1;
  while (end < lines.length && lines[end]!.row === row) end++;
  return { start, end };
}
