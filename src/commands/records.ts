import type { Actor, Article, ChronologyEntry, Story } from '../core/types.js';

/** An article as `newsx articles --json` prints it (docs/DESIGN.md §4): no raw text, clean paragraphs. */
export function articleRecord(a: Article) {
  return {
    id: a.id,
    file: a.file,
    format: a.format ?? 'txt',
    title: a.title,
    outlet: a.outlet,
    via: a.via,
    published: a.published,
    publishedTime: a.publishedTime ?? null,
    publishedZone: a.publishedZone ?? null,
    publishedEvidence: a.publishedEvidence ?? null,
    author: a.author ?? null,
    authorProvenance: a.authorProvenance ?? null,
    url: a.url,
    note: a.note,
    provenance: a.provenance,
    paragraphs: a.paragraphs,
    removed: a.removed,
    warnings: a.warnings,
  };
}

/** An actor as `newsx actors --json` prints it; mentions in context are left to the TUI (they are long). */
export function actorRecord(a: Actor) {
  return {
    id: a.id,
    name: a.name,
    kind: a.kind,
    aliases: a.aliases,
    spellings: a.spellings ?? [],
    roles: a.roles,
    mentions: a.mentions,
    articles: a.articles,
    quotes: a.quotes.map((q) => ({ text: q.text, articleId: q.articleId })),
    cooccurring: a.cooccurring,
  };
}

/** A chronology entry as `newsx timeline --json` prints it. */
export function timelineRecord(e: ChronologyEntry) {
  return {
    date: e.date,
    precision: e.precision,
    text: e.text,
    actors: e.actors,
    sources: e.sources.map((s) => ({ articleId: s.articleId, outlet: s.outlet, expression: s.expression, sentence: s.sentence, date: s.date, note: s.note ?? null })),
    conflict: e.conflict,
  };
}

/** A story as `newsx stories --json` prints it. */
export function storyRecord(s: Story) {
  return { id: s.id, title: s.title, articles: s.articles };
}
