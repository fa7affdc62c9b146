/**
 * One article's dated events: each temporal expression of each sentence, placed on the calendar, with
 * its display text, actors and content words. Sentences that are page furniture (a lone dateline, a
 * copyright line, a shouted teaser) give no events.
 */
import { readDateline, readStamp } from '../clean/stamps.js';
import { sentencesOf } from '../text/article-sentences.js';
import type { Article, Precision } from '../types.js';
import type { ActorFinder, NamedActor } from './actors-in-sentence.js';
import { dateLabel, parseIsoDay, partsOf, validDay, type DayNumber } from './calendar.js';
import { eventText } from './event-text.js';
import { datedExpressions } from './extract.js';
import type { DatedExpression, ResolvedDate } from './model.js';
import { contentWords, isContentWord } from './wording.js';

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
  /** Content words of the event: its sentence, less other dated events' clauses; date words are never content. */
  words: Set<string>;
  /** Position in the corpus, for stable ordering. */
  order: number;
  /** Why the date is less than read (a guessed publication date, an ambiguous numeric date). */
  note?: string;
}

/** Lines that are not reporting: copyright notices, or text with no lower-case letter at all. */
const FURNITURE = /copyright|\u00a9|all rights reserved/i;

/** The fewest content words a sentence needs beside its date to report anything. */
const MIN_CONTENT_WORDS = 3;

/** Every dated event of an article, in reading order; `order` numbers them on from `firstOrder`. */
export function eventsOf(article: Article, finder: ActorFinder, firstOrder = 0): DatedEvent[] {
  const published = referenceDay(article);
  const guessed = article.provenance.published === 'inferred' ? (article.publishedEvidence ?? 'an inferred publication date') : null;
  // Only "next/this <weekday>" needs the article's stated days: worked out the first time one appears.
  let statedCache: Set<DayNumber> | null = null;
  const stated = (): Set<DayNumber> => (statedCache ??= statedDays(article, published));
  const events: DatedEvent[] = [];
  let anchor: ResolvedDate | null = null;
  let anchorParagraph = -1;
  for (const ref of sentencesOf(article)) {
    if (ref.paragraph !== anchorParagraph) anchor = null;
    // A dateline ("SEOUL, June 4 (UPI) --") dates the report, not an event: its words are metadata.
    const dateline = ref.sentence === 0 ? readDateline(ref.text) : null;
    const dated = datedExpressions(ref.text, published, anchor)
      .filter((d) => !dateline || d.from >= dateline.length)
      .map((d) => checkedAgainst(d, stated));
    if (dated.length === 0) continue;
    if (FURNITURE.test(ref.text) || !/\p{Ll}/u.test(ref.text) || readStamp(ref.text)?.rest === '') continue;
    let actors: NamedActor[] | null = null;
    let keys: string[] | null = null;
    // Date words are not content words, so the sentence's words serve every date it holds.
    const sentenceWords = contentWords(ref.text);
    if (sentenceWords.size < MIN_CONTENT_WORDS) continue;
    const texts = dated.map((d) => eventText(ref.text, d.from, d.to, dated.filter((o) => o !== d).map((o) => o.from)));
    const clauseWords = dated.length > 1 ? texts.map(contentWords) : [sentenceWords];
    dated.forEach((d, i) => {
      if (d.precision === 'day' || d.precision === 'week') {
        anchor = d;
        anchorParagraph = ref.paragraph;
      }
      actors ??= finder.actorsIn(article.id, ref.paragraph, ref.sentence, ref.text);
      keys ??= mergeKeys(ref.text, actors);
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
        text: texts[i]!,
        actors,
        keys,
        words: dated.length === 1 ? sentenceWords : wordsOfOne(sentenceWords, clauseWords, i),
        order: firstOrder + events.length,
        ...noteOf(d, guessed),
      });
    });
  }
  return events;
}

/**
 * The words of one of several events in a sentence: the sentence's words less those found only in the
 * other events' clauses, so the shared subject ("Witkoff said Sunday that …") counts for each.
 */
function wordsOfOne(sentenceWords: ReadonlySet<string>, clauseWords: readonly Set<string>[], own: number): Set<string> {
  const words = new Set<string>();
  for (const w of sentenceWords) {
    if (clauseWords[own]!.has(w) || !clauseWords.some((c, j) => j !== own && c.has(w))) words.add(w);
  }
  return words;
}

/** Parsers whose date does not depend on the publication day. */
const ABSOLUTE = new Set(['full-date', 'numeric-date', 'year']);

/** The note a source carries: its own, or that it was resolved from a guessed publication date. */
function noteOf(d: DatedExpression, guessed: string | null): { note?: string } {
  if (d.note) return { note: d.note };
  if (guessed && !ABSOLUTE.has(d.parser)) return { note: `resolved from an inferred publication date (${guessed})` };
  return {};
}

/** The days the article states outright (full dates, days of a month), to check weekday phrases against. */
function statedDays(article: Article, published: DayNumber | null): Set<DayNumber> {
  const days = new Set<DayNumber>();
  for (const ref of sentencesOf(article)) {
    for (const d of datedExpressions(ref.text, published)) {
      if (d.precision === 'day' && (d.parser === 'full-date' || d.parser === 'day-month' || d.parser === 'numeric-date')) days.add(d.start);
    }
  }
  return days;
}

/**
 * "next Wednesday" may mean the coming one or the one after; "this Friday" this week's or the next.
 * When the article itself states a date that is one of those readings, that date is the one meant.
 */
function checkedAgainst(d: DatedExpression, statedDays: () => ReadonlySet<DayNumber>): DatedExpression {
  if (d.parser !== 'relative-weekday' || !/^(?:next|this)\s/i.test(d.expression)) return d;
  const stated = statedDays();
  if (stated.has(d.start)) return d;
  for (const other of [d.start + 7, d.start - 7]) {
    if (stated.has(other)) return { ...d, start: other, note: `${d.expression.trim()} read as ${dateLabel(other, 'day')}, the date the article states` };
  }
  return d;
}

/** How many opening paragraphs may hold the report's dateline. */
const DATELINE_PARAGRAPHS = 3;

/**
 * The day relative dates count from: the publication day, or the dateline's day when the report was
 * filed a day ahead of the stamp's zone ("SEOUL, June 4 (UPI)" on a page stamped June 3, 2:00 PM):
 * its "early Wednesday" is the Wednesday of Seoul, June 4.
 */
function referenceDay(article: Article): DayNumber | null {
  const published = parseIsoDay(article.published);
  if (published === null) return null;
  for (const paragraph of article.paragraphs.slice(0, DATELINE_PARAGRAPHS)) {
    const dateline = readDateline(paragraph);
    if (!dateline) continue;
    const { year } = partsOf(published);
    const day = dateline.date ? parseIsoDay(dateline.date) : dateline.yearless ? validDay(year, dateline.yearless.month, dateline.yearless.day) : null;
    return day === published + 1 ? day : published;
  }
  return published;
}

/** Quotes, which reposts change without changing the sentence. */
const QUOTES = /["'`\u2018\u2019\u201c\u201d\u00ab\u00bb]/g;

/** Capitalised words after the first: a stand-in for names when no actor is known. */
const CAPITALISED = /\s(\p{Lu}[\p{L}\-]{2,})/gu;

/** Bucket keys, the exact sentence first: a repeat is found there before any wording is compared. */
function mergeKeys(sentence: string, actors: readonly NamedActor[]): string[] {
  // The same sentence, quotes and punctuation aside, is the same report wherever it appears.
  const keys = [`=${sentence.replace(QUOTES, '')}`];
  for (const a of actors) if (a.kind !== 'place') keys.push(a.name);
  if (keys.length === 1) for (const a of actors) keys.push(a.name);
  if (keys.length === 1) {
    CAPITALISED.lastIndex = 0;
    for (let m = CAPITALISED.exec(sentence); m; m = CAPITALISED.exec(sentence)) {
      const w = m[1]!.toLowerCase();
      if (isContentWord(w)) keys.push(`~${w}`);
    }
  }
  return keys;
}
