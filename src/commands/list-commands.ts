import type { Corpus } from '../core/types.js';
import { actorRecord, articleRecord, storyRecord, timelineRecord } from './records.js';
import { cell, line } from './text-table.js';
import { toSafeJson } from './json.js';

/** Where a command writes: stdout for the result (tests pass their own). */
export type Write = (text: string) => void;

/** `newsx articles`: a table for people, the contract's records for scripts. */
export function printArticles(corpus: Corpus, json: boolean, write: Write): void {
  if (json) return write(toSafeJson(corpus.articles.map(articleRecord)) + '\n');
  const rows = corpus.articles.map(
    (a) => `${cell(a.published ?? '—', 10)}  ${cell(a.outlet ?? '—', 18)}  ${cell(a.title, 64)}  ${line(a.id)}`,
  );
  write([`${cell('DATE', 10)}  ${cell('OUTLET', 18)}  ${cell('TITLE', 64)}  ID`, ...rows].join('\n') + '\n');
}

/** `newsx actors`: who is named, how often, in what role. */
export function printActors(corpus: Corpus, json: boolean, write: Write): void {
  if (json) return write(toSafeJson(corpus.actors.map(actorRecord)) + '\n');
  const rows = corpus.actors.map((a) => {
    const roles = [...new Set(a.roles.map((r) => r.text))].slice(0, 2).join('; ');
    return `${cell(a.name, 26)}  ${cell(a.kind, 12)}  ${String(a.mentions).padStart(8)}  ${String(a.articles.length).padStart(8)}  ${line(roles)}`;
  });
  write([`${cell('NAME', 26)}  ${cell('KIND', 12)}  MENTIONS  ARTICLES  ROLES`, ...rows].join('\n') + '\n');
}

/** `newsx timeline`: dated events, merged across outlets. */
export function printTimeline(corpus: Corpus, json: boolean, write: Write): void {
  if (json) return write(toSafeJson(corpus.chronology.map(timelineRecord)) + '\n');
  const rows = corpus.chronology.map((e) => {
    const outlets = [...new Set(e.sources.map((s) => s.outlet ?? s.articleId))].join(', ');
    const flag = e.conflict ? '  ! ' + line(e.conflict) : '';
    return `${cell(e.date, 10)}  ${cell(e.precision, 5)}  ${cell(e.text, 70)}  ${line(outlets)}${flag}`;
  });
  write([`${cell('DATE', 10)}  ${cell('PREC', 5)}  ${cell('EVENT', 70)}  SOURCES`, ...rows].join('\n') + '\n');
}

/** `newsx stories`: articles grouped by what they report. */
export function printStories(corpus: Corpus, json: boolean, write: Write): void {
  if (json) return write(toSafeJson(corpus.stories.map(storyRecord)) + '\n');
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  const blocks = corpus.stories.map((s) => {
    const members = s.articles.map((id) => {
      const a = byId.get(id);
      return `  ${cell(a?.published ?? '—', 10)}  ${cell(a?.outlet ?? '—', 18)}  ${line(a?.title ?? id)}`;
    });
    return [`${line(s.title)}  (${s.articles.length} article${s.articles.length === 1 ? '' : 's'})`, ...members].join('\n');
  });
  write(blocks.join('\n\n') + '\n');
}
