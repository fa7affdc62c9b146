/**
 * Turns groups of reports into chronology entries: the entry takes the finest date its reports agree
 * on (or, when they conflict, the date most articles give, the earliest on a tie), the text of a report
 * that gives that date, every actor named, every source, and a sentence naming the outlets that disagree.
 */
import type { ChronologyEntry, ChronologySource } from '../types.js';
import { PRECISION_RANK } from './calendar.js';
import type { DatedEvent } from './events.js';
import type { EventGroup } from './merge.js';

/** One chronology entry from a group of reports of the same event. */
export function entryOf(group: EventGroup): ChronologyEntry {
  const rep = representative(group);
  const sources: ChronologySource[] = [];
  // One source per article, sentence and expression; nested so that no key string is built per report.
  const seen = new Map<string, Map<string, Set<string>>>();
  for (const e of group.events) {
    let inArticle = seen.get(e.articleId);
    if (!inArticle) seen.set(e.articleId, (inArticle = new Map()));
    let expressions = inArticle.get(e.sentence);
    if (!expressions) inArticle.set(e.sentence, (expressions = new Set()));
    if (expressions.has(e.expression)) continue;
    expressions.add(e.expression);
    const source: ChronologySource = { articleId: e.articleId, outlet: e.outlet, expression: e.expression, sentence: e.sentence, paragraph: e.paragraph, date: e.date };
    sources.push(e.note ? { ...source, note: e.note } : source);
  }
  return {
    id: `${rep.date}:${rep.articleId}:${rep.paragraph}.${rep.sentenceIndex}:${rep.expression}`,
    date: rep.date,
    precision: rep.precision,
    text: rep.text,
    actors: actorsOf(group.events),
    sources,
    conflict: group.conflicting ? conflictNote(group.events) : null,
  };
}

/** The report whose date the entry takes. */
function representative(group: EventGroup): DatedEvent {
  const events = group.events;
  const finest = finestRank(events);
  const fine = events.filter((e) => PRECISION_RANK[e.precision] === finest);
  if (!group.conflicting) return fine.reduce((a, b) => (b.order < a.order ? b : a));
  const votes = articlesByDate(fine);
  const [date] = [...votes.entries()].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))[0]!;
  return fine.filter((e) => e.date === date).reduce((a, b) => (b.order < a.order ? b : a));
}

function articlesByDate(events: readonly DatedEvent[]): Map<string, Set<string>> {
  const votes = new Map<string, Set<string>>();
  for (const e of events) {
    const set = votes.get(e.date) ?? new Set<string>();
    set.add(e.articleId);
    votes.set(e.date, set);
  }
  return votes;
}

/** Actors named by the reports, the most often named first. */
function actorsOf(events: readonly DatedEvent[]): string[] {
  const counts = new Map<string, number>();
  for (const e of events) for (const a of e.actors) counts.set(a.name, (counts.get(a.name) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
}

/** The finest precision among reports, as its rank (a loop: a big group would overflow a spread). */
function finestRank(events: readonly DatedEvent[]): number {
  let finest = Infinity;
  for (const e of events) finest = Math.min(finest, PRECISION_RANK[e.precision]);
  return finest;
}

/** "Press TV puts this on 2025-03-13; BBC News and Reuters on 2025-03-12". */
export function conflictNote(events: readonly DatedEvent[]): string {
  const finest = finestRank(events);
  const byDate = new Map<string, string[]>();
  for (const e of events) {
    if (PRECISION_RANK[e.precision] !== finest) continue;
    const who = e.outlet ?? e.articleId;
    const list = byDate.get(e.date) ?? [];
    if (!list.includes(who)) list.push(who);
    byDate.set(e.date, list);
  }
  const parts = [...byDate.entries()]
    .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? 1 : -1))
    .map(([date, who], i) => {
      const names = who.length > 1 ? `${who.slice(0, -1).join(', ')} and ${who[who.length - 1]}` : who[0];
      if (i > 0) return `${names} on ${date}`;
      return `${names} ${who.length > 1 ? 'put' : 'puts'} this on ${date}`;
    });
  return parts.join('; ');
}
