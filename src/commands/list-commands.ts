import { selectActors, selectArticles, selectChronology, selectStories, type Selection } from '../core/search/select.js';
import { visibleText } from '../core/text/safe.js';
import type { Actor, Article, ChronologyEntry, Corpus, Story } from '../core/types.js';
import { layoutTable } from './output/table.js';
import { line } from './text-table.js';
import { writeList, type ListShape, type OutputFormat, type OutputTarget } from './output/list-output.js';
import { actorRecord, articleRecord, storyRecord, timelineRecord } from './records.js';

/** Where a command writes: stdout for the result (tests pass their own). */
export type Write = (text: string) => void;

/** What a list command is asked: the format, the filters, and where it writes. */
export interface ListRequest {
  format: OutputFormat;
  selection: Selection;
  target: OutputTarget;
}

const ARTICLES: ListShape<Article> = {
  columns: [
    { header: 'DATE', value: (a) => a.published },
    { header: 'OUTLET', value: (a) => a.outlet, flexible: true },
    { header: 'TITLE', value: (a) => a.title, flexible: true },
    { header: 'ID', value: (a) => visibleText(a.id) },
  ],
  record: articleRecord,
};

const ACTORS: ListShape<Actor> = {
  columns: [
    { header: 'NAME', value: (a) => a.name, flexible: true },
    { header: 'KIND', value: (a) => a.kind },
    { header: 'MENTIONS', value: (a) => a.mentions },
    { header: 'ARTICLES', value: (a) => a.articles.length },
    { header: 'ROLES', value: (a) => [...new Set(a.roles.map((r) => r.text))].slice(0, 2).join('; '), flexible: true },
  ],
  record: actorRecord,
};

const TIMELINE: ListShape<ChronologyEntry> = {
  columns: [
    { header: 'DATE', value: (e) => e.date },
    { header: 'PREC', value: (e) => e.precision },
    { header: 'EVENT', value: (e) => e.text, flexible: true },
    { header: 'SOURCES', value: (e) => [...new Set(e.sources.map((s) => s.outlet ?? visibleText(s.articleId)))].join(', '), flexible: true },
    { header: 'CONFLICT', value: (e) => e.conflict ?? '', flexible: true },
  ],
  record: timelineRecord,
};

/** `newsx articles`: a table for people, the contract's records for scripts. */
export function printArticles(corpus: Corpus, request: ListRequest): void {
  writeList(selectArticles(corpus, request.selection), ARTICLES, request.format, request.target);
}

/** `newsx actors`: who is named, how often, in what role. */
export function printActors(corpus: Corpus, request: ListRequest): void {
  writeList(selectActors(corpus, request.selection), ACTORS, request.format, request.target);
}

/** `newsx timeline`: dated events, merged across outlets. */
export function printTimeline(corpus: Corpus, request: ListRequest): void {
  writeList(selectChronology(corpus, request.selection), TIMELINE, request.format, request.target);
}

/**
 * `newsx stories`: articles grouped by what they report. Flat formats have a row per member article
 * (the story repeated), so a spreadsheet can sort and count them; text keeps the grouped blocks.
 */
export function printStories(corpus: Corpus, request: ListRequest): void {
  const stories = selectStories(corpus, request.selection);
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  if (request.format === 'json' || request.format === 'jsonl') {
    return writeList(stories, { columns: [], record: storyRecord }, request.format, request.target);
  }
  if (request.format === 'text') return printStoryBlocks(stories, byId, request.target);
  const rows = stories.flatMap((story) => story.articles.map((id) => ({ story, article: byId.get(id) })));
  const shape: ListShape<{ story: Story; article: Article | undefined }> = {
    columns: [
      { header: 'STORY', value: (r) => r.story.title, flexible: true },
      { header: 'DATE', value: (r) => r.article?.published ?? null },
      { header: 'OUTLET', value: (r) => r.article?.outlet ?? null, flexible: true },
      { header: 'TITLE', value: (r) => r.article?.title ?? null, flexible: true },
      { header: 'ID', value: (r) => r.article?.id ?? null },
    ],
    record: (r) => r,
  };
  writeList(rows, shape, request.format, request.target);
}

/** Stories as blocks for people: the story's title and size, then its articles as an aligned table. */
function printStoryBlocks(stories: readonly Story[], byId: ReadonlyMap<string, Article>, target: OutputTarget): void {
  stories.forEach((story, i) => {
    const members = story.articles.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined);
    const size = `${members.length} article${members.length === 1 ? '' : 's'}`;
    target.write(`${i > 0 ? '\n' : ''}${line(story.title)}  (${size})\n`);
    const rows = layoutTable(members, ARTICLES.columns, target.width === null ? null : target.width - 2).slice(1);
    for (const row of rows) target.write(`  ${row}\n`);
  });
}
