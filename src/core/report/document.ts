import { citeArticle } from '../citations.js';
import type { Article, ChronologySource, Comparison } from '../types.js';
import type { Report, ReportSection } from './model.js';

/**
 * A report as a few kinds of block, so Markdown and HTML are two small writers of one document and
 * cannot drift apart. Text in blocks is plain (writers escape it for their format).
 */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string; anchor?: string }
  | { kind: 'paragraph'; text: string; emphasis?: boolean }
  | { kind: 'list'; ordered: boolean; items: ListItem[] }
  | { kind: 'quote'; text: string; citation: string };

/** A list item: its text, an optional citation line, and sub-items. */
export interface ListItem {
  text: string;
  /** Set in bold: a date, a mark. */
  lead?: string;
  sub?: string[];
}

/** The blocks of a report, in reading order. */
export function reportBlocks(report: Report, generator: string): Block[] {
  const stories = report.sections.length;
  const articles = report.sections.reduce((n, s) => n + s.articles.length, 0);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: report.title },
    {
      kind: 'paragraph',
      emphasis: true,
      text: `From the folder ${report.corpus}: ${count(stories, 'section')}, ${count(articles, 'article')}. Made by ${generator}. Every claim is cited by outlet, article number [n] (each section lists its articles with title, date and address or file) and paragraph ¶.`,
    },
  ];
  const several = report.sections.length > 1;
  report.sections.forEach((section, i) => blocks.push(...sectionBlocks(section, several ? i + 1 : 0)));
  return blocks;
}

/**
 * Citations inside a section name the article by its number in the section's article list, where
 * its full reference (outlet, title, date, address) stands once: `BBC News [2], 2025-03-12, ¶4`.
 */
type Cite = (article: Article, paragraph?: number) => string;

function sectionBlocks(section: ReportSection, number: number): Block[] {
  const blocks: Block[] = [];
  const h = (level: 3 | 4): 2 | 3 | 4 => (number > 0 ? level : ((level - 1) as 2 | 3));
  // A one-section report's title is the section's: no second heading saying the same.
  if (number > 0) blocks.push({ kind: 'heading', level: 2, text: `${number}. ${section.title}`, anchor: `s${number}` });
  const numberOf = new Map(section.articles.map((a, i) => [a.id, i + 1]));
  const cite: Cite = (article, paragraph) =>
    [`${article.outlet ?? article.via ?? article.id} [${numberOf.get(article.id)}]`, article.published ?? 'undated', ...(paragraph === undefined ? [] : [`¶${paragraph + 1}`])].join(', ');
  const citeReport = (source: ChronologySource, article: Article | undefined) =>
    `“${source.expression}” (${source.date}) — ${article ? cite(article, source.paragraph) : source.articleId}`;
  blocks.push({ kind: 'heading', level: h(3), text: `Articles (${section.articles.length})` });
  blocks.push({ kind: 'list', ordered: true, items: section.articles.map((a) => ({ text: citeArticle(a) })) });
  if (section.chronology.length > 0) {
    blocks.push({ kind: 'heading', level: h(3), text: `Chronology (${count(section.chronology.length, 'event')})` });
    const byId = new Map(section.articles.map((a) => [a.id, a]));
    blocks.push({
      kind: 'list',
      ordered: false,
      items: section.chronology.map((e) => ({
        lead: e.date,
        text: e.conflict ? `${e.text} (${e.conflict})` : e.text,
        sub: e.sources.map((s) => citeReport(s, byId.get(s.articleId))),
      })),
    });
  }
  if (section.quotes.length > 0) {
    blocks.push({ kind: 'heading', level: h(3), text: `Who said what (${count(section.quotes.length, 'quote')})` });
    let speaker = '';
    for (const { speaker: actor, quote, article } of section.quotes) {
      if (actor.id !== speaker) {
        speaker = actor.id;
        const role = actor.roles[0]?.text;
        blocks.push({ kind: 'heading', level: h(4), text: role ? `${actor.name}, ${role}` : actor.name });
      }
      blocks.push({ kind: 'quote', text: quote.text, citation: `${actor.name}, ${cite(article, quote.paragraph)}` });
    }
  }
  if (section.comparison) blocks.push(...comparisonBlocks(section.comparison.a, section.comparison.b, section.comparison.result, cite, h));
  return blocks;
}

function comparisonBlocks(a: Article, b: Article, c: Comparison, cite: Cite, h: (level: 3 | 4) => 2 | 3 | 4): Block[] {
  const nameA = a.outlet ?? a.id;
  const nameB = b.outlet ?? b.id;
  const blocks: Block[] = [
    { kind: 'heading', level: h(3), text: `Comparison: A ${nameA}, B ${nameB}` },
    { kind: 'paragraph', text: `A: ${cite(a)}. B: ${cite(b)}. Share of the same text: ${Math.round(c.similarity * 100)} %.` },
  ];
  const altered = c.quotes.filter((q) => q.in === 'altered');
  if (altered.length > 0) {
    blocks.push({ kind: 'heading', level: h(4), text: `Altered quotes (${altered.length})` });
    blocks.push({ kind: 'list', ordered: false, items: altered.map((q) => ({ text: `A, ${cite(a)}: “${q.a ?? q.text}”`, sub: [`B, ${cite(b)}: “${q.b ?? q.text}”`] })) });
  }
  for (const [side, label, article] of [['a', nameA, a], ['b', nameB, b]] as const) {
    const only = c.quotes.filter((q) => q.in === side);
    if (only.length === 0) continue;
    blocks.push({ kind: 'heading', level: h(4), text: `Quotes only in ${side.toUpperCase()} (${label})` });
    blocks.push({ kind: 'list', ordered: false, items: only.map((q) => ({ text: `“${q.text}”`, sub: [cite(article)] })) });
  }
  const differing = c.rows.filter((r) => r.kind !== 'same');
  blocks.push({ kind: 'heading', level: h(4), text: `What differs (${differing.length} of ${c.rows.length} aligned sentences)` });
  blocks.push({
    kind: 'list',
    ordered: false,
    items: differing.map((r) =>
      r.kind === 'changed'
        ? { lead: 'changed', text: `A: ${r.a}`, sub: [`B: ${r.b}`] }
        : { lead: r.kind === 'onlyA' ? `only in A (${nameA})` : `only in B (${nameB})`, text: (r.a ?? r.b)! },
    ),
  });
  const oneSided: ListItem[] = [
    ...listed(`actors only in A (${nameA})`, c.actorsOnlyA),
    ...listed(`actors only in B (${nameB})`, c.actorsOnlyB),
    ...listed(`figures only in A (${nameA})`, c.figuresOnlyA),
    ...listed(`figures only in B (${nameB})`, c.figuresOnlyB),
    ...c.attributionChanges.map((ch) => ({ lead: 'attribution', text: `A “${ch.verbA}”: ${ch.a}`, sub: [`B “${ch.verbB}”: ${ch.b}`] })),
  ];
  if (oneSided.length > 0) {
    blocks.push({ kind: 'heading', level: h(4), text: 'Named by one side only' });
    blocks.push({ kind: 'list', ordered: false, items: oneSided });
  }
  return blocks;
}

function listed(lead: string, items: readonly string[]): ListItem[] {
  return items.length > 0 ? [{ lead, text: items.join(', ') }] : [];
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
