import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../../src/core/chronology/calendar.js';
import type { DatedEvent } from '../../../src/core/chronology/events.js';
import { regroupSameDate } from '../../../src/core/chronology/regroup.js';
import { contentWords } from '../../../src/core/chronology/wording.js';

let order = 0;
/** A hand-made report: one sentence of one article, dated by day. */
function report(articleId: string, date: string, sentence: string, names: string[]): DatedEvent {
  return {
    articleId, outlet: articleId, paragraph: 0, sentenceIndex: 0, sentence, expression: 'on Thursday',
    start: parseIsoDay(date)!, precision: 'day', date, text: sentence, actors: [], keys: [`=${sentence}`, ...names],
    words: contentWords(sentence), order: order++,
  };
}

const callA = report('a', '2025-03-13', 'Trump and Putin held a long phone call about a ceasefire in Ukraine and prisoner exchanges.', ['Trump', 'Putin']);
const callB = report('b', '2025-03-13', 'Putin and Trump discussed a Ukraine ceasefire and prisoner exchanges during a long phone call.', ['Putin']);
const summit = report('c', '2025-03-13', 'Putin inspected troops and praised the army chief at a command post in Kursk.', ['Putin']);
const callLater = report('d', '2025-03-14', 'Trump and Putin held a long phone call about a ceasefire in Ukraine and prisoner exchanges.', ['Trump', 'Putin']);

describe('joining groups of the same date that merging left apart', () => {
  it('joins two groups with a name in common whose pooled wording agrees', () => {
    const groups = regroupSameDate([{ events: [callA], conflicting: false }, { events: [callB], conflicting: false }], () => 1);
    expect(groups.map((g) => g.events.map((e) => e.articleId))).toEqual([['a', 'b']]);
  });

  it('keeps apart different events of the day, and the same words on another day', () => {
    const groups = regroupSameDate(
      [{ events: [callA], conflicting: false }, { events: [summit], conflicting: false }, { events: [callLater], conflicting: false }],
      () => 1,
    );
    expect(groups.map((g) => g.events.map((e) => e.articleId))).toEqual([['a'], ['c'], ['d']]);
  });
});
