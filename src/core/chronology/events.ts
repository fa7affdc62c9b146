/**
 * One article's dated events: each temporal expression of each sentence, placed on the calendar, with
 * its display text, actors and content words. Sentences that are page furniture (a lone dateline, a
 * copyright line, a shouted teaser) give no events.
 */
import { sentencesOf } from '../text/article-sentences.js';
import type { Article, Precision } from '../types.js';
import type { ActorFinder, NamedActor } from './actors-in-sentence.js';
import { dateLabel, parseIsoDay, type DayNumber } from './calendar.js';
import { eventText } from './event-text.js';
import { datedExpressions } from './extract.js';
import type { ResolvedDate } from './model.js';
import { contentWords } from './wording.js';

/** One article's report of a dated event, before merging across articles. */
export interface DatedEvent {
  articleId: string;
  outlet: string | null;
  paragraph: number;
  sentenceIndex: number;
  sentence: string;
  expression: string;
  start: DayNumber;
  precision: Precision;
  date: string;
  text: string;
  actors: NamedActor[];
  /** What merging buckets on: people and organisations named, else places, else capitalised words. */
  keys: string[];
  /** Content words of the event's text without the date expression. */
  words: Set<string>;
  /** Position in the corpus, for stable ordering. */
  order: number;
}

/** Lines that are not reporting: copyright notices, or text with no lower-case letter at all. */
const FURNITURE = /copyright|\u00a9|all rights reserved/i;

/** The fewest content words a sentence needs beside its date to report anything. */
const MIN_CONTENT_WORDS = 3;

/** Every dated event of an article, in reading order; `order` numbers them on from `firstOrder`. */
export function eventsOf(article: Article, finder: ActorFinder, firstOrder = 0): DatedEvent[] {
  const published = parseIsoDay(article.published);
  const events: DatedEvent[] = [];
  let anchor: ResolvedDate | null = null;
  let anchorParagraph = -1;
  for (const ref of sentencesOf(article)) {
    if (ref.paragraph !== anchorParagraph) anchor = null;
    const dated = datedExpressions(ref.text, published, anchor);
    if (dated.length === 0) continue;
    if (FURNITURE.test(ref.text) || !/\p{Ll}/u.test(ref.text)) continue;
    let actors: NamedActor[] | null = null;
    for (const d of dated) {
      if (d.precision === 'day' || d.precision === 'week') {
        anchor = d;
        anchorParagraph = ref.paragraph;
      }
      const withoutDate = ref.text.slice(0, d.from) + ref.text.slice(d.to);
      if (contentWords(withoutDate).size < MIN_CONTENT_WORDS) continue;
      actors ??= finder.actorsIn(article.id, ref.paragraph, ref.sentence, ref.text);
      const text = eventText(ref.text, d.from, d.to);
      events.push({
        articleId: article.id,
        outlet: article.outlet,
        paragraph: ref.paragraph,
        sentenceIndex: ref.sentence,
        sentence: ref.text,
        expression: d.expression,
        start: d.start,
        precision: d.precision,
        date: dateLabel(d.start, d.precision),
        text,
        actors,
        keys: mergeKeys(ref.text, actors),
        // A sentence with one date is about one event: compare all of it; otherwise only the event's clause.
        words: contentWords(dated.length === 1 ? withoutDate : text.replace(d.expression, ' ')),
        order: firstOrder + events.length,
      });
    }
  }
  return events;
}

/** Capitalised words after the first: a stand-in for names when no actor is known. */
const CAPITALISED = /(?<=\s)\p{Lu}[\p{L}\-]{2,}/gu;

function mergeKeys(sentence: string, actors: readonly NamedActor[]): string[] {
  const agents = actors.filter((a) => a.kind !== 'place').map((a) => a.name);
  const keys = agents.length > 0 ? agents : actors.map((a) => a.name);
  if (keys.length === 0) {
    for (const m of sentence.matchAll(CAPITALISED)) {
      const w = m[0].toLowerCase();
      if (!contentWords(w).size) continue;
      keys.push(`~${w}`);
    }
  }
  // The same sentence, quotes and punctuation aside, is the same report wherever it appears.
  keys.push(`=${sentence.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}`);
  return keys;
}
