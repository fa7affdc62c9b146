import { describe, expect, it } from 'vitest';
import { dateLabel, parseIsoDay } from '../../../src/core/chronology/calendar.js';
import { datedExpressions } from '../../../src/core/chronology/extract.js';
import { buildChronology } from '../../../src/core/chronology/index.js';
import type { Article } from '../../../src/core/types.js';
import { article } from './fixtures.js';

// Made-up sentences. Publication days used: Tue 2025-06-03, Fri 2025-06-20, Mon 2025-11-03.
function datesIn(sentence: string, published: string | null): string[] {
  return datedExpressions(sentence, parseIsoDay(published)).map((d) => `${d.expression} -> ${dateLabel(d.start, d.precision)}`);
}

describe('future cues turn a date forward', () => {
  it.each([
    ['A vote on the bridge is set for June 11.', 'June 11'],
    ['The closure is planned for June 11, the council said.', 'June 11'],
    ['The new toll takes effect on June 11.', 'June 11'],
    ['The deadline for objections is June 11.', 'June 11'],
    ['Repairs are scheduled for June 11.', 'June 11'],
    ['The council is due to decide on June 11.', 'June 11'],
  ])('%s', (sentence, expression) => {
    expect(datesIn(sentence, '2025-06-20')).toContain(`${expression} -> 2026-06-11`);
  });

  it('reads a past report of the same date back', () => {
    expect(datesIn('The council voted on June 11 to close the bridge.', '2025-06-20')).toEqual(['June 11 -> 2025-06-11']);
  });

  it('does not read a causative as a plan', () => {
    expect(datesIn('The closure came quickly, prompting residents to vote on Monday.', '2025-06-03')).toEqual(['on Monday -> 2025-06-02']);
  });
});

describe('days named without a year', () => {
  it.each([
    ['the nearest past occurrence', 'The mayor spoke on November 27.', '2025-11-03', 'November 27 -> 2024-11-27'],
    ['a day of zone slack', 'PORTVILLE residents woke to floods on June 4.', '2025-06-03', 'June 4 -> 2025-06-04'],
    ['an ordinal word', 'Floods swept the valley on July Fourth.', '2025-07-09', 'July Fourth -> 2025-07-04'],
    ['the fourth of a month', 'Fireworks lit the harbour on the Fourth of July.', '2025-07-09', 'the Fourth of July -> 2025-07-04'],
    ['the day before yesterday', 'The council met the day before yesterday.', '2025-06-03', 'the day before yesterday -> 2025-06-01'],
  ])('%s', (_what, sentence, published, expected) => {
    expect(datesIn(sentence, published)).toContain(expected);
  });
});

describe('numeric dates', () => {
  it.each([
    ['dots, day first', 'The bridge closed on 12.03.2025 after the storm.', '2025-06-20', '12.03.2025 -> 2025-03-12', undefined],
    ['slashes, only one reading', 'The bridge closed on 25/3/2025 after the storm.', '2025-06-20', '25/3/2025 -> 2025-03-25', undefined],
    ['slashes, the reading nearer publication', 'The bridge closed on 3/11/2025 after the storm.', '2025-11-03', '3/11/2025 -> 2025-11-03', /ambiguous: read as 3 November \(the reading nearer the publication date\); could be 11 March/],
    ['slashes, month first nearer publication', 'The bridge closed on 6/2/2025 after the storm.', '2025-06-03', '6/2/2025 -> 2025-06-02', /ambiguous/],
    ['slashes without a publication day', 'The bridge closed on 3/11/2025 after the storm.', null, '3/11/2025 -> 2025-11-03', /day first/],
  ])('%s', (_what, sentence, published, expected, note) => {
    const found = datedExpressions(sentence, parseIsoDay(published));
    expect(found.map((d) => `${d.expression} -> ${dateLabel(d.start, d.precision)}`)).toEqual([expected]);
    if (note) expect(found[0]!.note).toMatch(note);
    else expect(found[0]!.note).toBeUndefined();
  });
});

const chronologyOf = (...articles: Article[]) => buildChronology(articles, []);
const sourcesFor = (articles: Article[], fragment: string) =>
  chronologyOf(...articles).flatMap((e) => e.sources.map((s) => ({ ...s, conflict: e.conflict }))).filter((s) => s.sentence.includes(fragment));

describe('date rules across an article', () => {
  it('checks "next Wednesday" against the date the article states', () => {
    // Published Tue 2025-06-03: "next Wednesday" alone would be June 4; the article says June 11.
    const a = article('a', 'Portville Post', '2025-06-03', [
      'Bridge vote set for June 11',
      'Council members will vote next Wednesday on closing the harbour bridge for the summer.',
    ]);
    const next = sourcesFor([a], 'vote next Wednesday');
    expect(next.map((s) => s.date)).toEqual(['2025-06-11']);
    expect(next[0]!.note).toMatch(/the date the article states/);
  });

  it('flags a weekday that disagrees with its date', () => {
    const a = article('a', 'Portville Post', '2025-06-14', ['The bridge collapsed on Thursday, June 13 during the morning rush, witnesses said.']);
    const [s] = sourcesFor([a], 'collapsed');
    expect(s!.note).toMatch(/that day is a Friday, not a Thursday/);
  });

  it('never takes a dateline or a stamp line for an event', () => {
    const a = article('a', 'Wirenews', '2025-06-03', [
      'Bridge closes',
      'June 3, 2025 10:00 GMT',
      'PORTVILLE, June 4 (Wirenews) -- Council members voted early Wednesday to close the old bridge.',
    ]);
    const all = chronologyOf(a).flatMap((e) => e.sources);
    expect(all.map((s) => s.expression)).toEqual(['early Wednesday']);
    // The dateline is a day ahead of the stamp's zone: its Wednesday is June 4.
    expect(all[0]!.date).toBe('2025-06-04');
  });

  it('flags one sentence that one article dates twice', () => {
    const vote = 'Council members voted to close the old harbour bridge for the summer';
    const a = article('a', 'Portville Post', '2025-06-20', [`${vote} on March 3.`, 'Other news followed in the evening edition of the paper.', `${vote} on June 13.`]);
    const flagged = sourcesFor([a], vote);
    expect(new Set(flagged.map((s) => s.date))).toEqual(new Set(['2025-03-03', '2025-06-13']));
    expect(flagged.every((s) => s.conflict?.includes('puts this on 2025-03-03 and on 2025-06-13'))).toBe(true);
  });

  it('says when a date was resolved from an inferred publication date', () => {
    const a: Article = {
      ...article('a', null, '2025-06-03', ['The council voted on Monday to close the old harbour bridge.']),
      provenance: { title: 'text', outlet: null, published: 'inferred', url: null },
      publishedEvidence: 'the latest date the article reports',
    };
    const [s] = sourcesFor([a], 'voted on Monday');
    expect(s!.note).toMatch(/resolved from an inferred publication date/);
  });
});
