import { describe, expect, it } from 'vitest';
import { buildChronology, entriesForActor } from '../../../src/core/chronology/index.js';
import { actor, article, talksActors } from './fixtures.js';

// Published Friday 14 March 2025 unless said otherwise: "Thursday" is 13 March.
const wire = article('wire.txt', 'Reuters', '2025-03-14', [
  'MOSCOW (Reuters) - Russian President Vladimir Putin met U.S. envoy Steve Witkoff in the Kremlin on Thursday for talks on a U.S. proposal for a ceasefire in Ukraine, the Kremlin said.',
  'The European Parliament voted on Thursday to extend sanctions on Russian banks until the end of the year.',
]);
const broadsheet = article('broadsheet.txt', 'The Times', '2025-03-14', [
  'Vladimir Putin kept Steve Witkoff waiting for eight hours before their talks in the Kremlin on Thursday evening, where the two discussed the US ceasefire proposal for Ukraine.',
  'Putin visited a command post in the Kursk region on Thursday, wearing combat fatigues for the cameras.',
]);
const repost = article('repost.txt', 'Daily Star', '2025-03-14', [
  'Putin met Witkoff in the Kremlin on Wednesday for talks on the US ceasefire proposal for Ukraine, the Kremlin said.',
]);

describe('merging reports across outlets', () => {
  it('makes one entry with two sources when two outlets report the same event on the same day', () => {
    const entries = buildChronology([wire, broadsheet], talksActors);
    const meeting = entries.filter((e) => e.sources.some((s) => /Witkoff/.test(s.sentence)));
    expect(meeting).toHaveLength(1);
    expect(meeting[0]).toMatchObject({ date: '2025-03-13', precision: 'day', conflict: null });
    expect(meeting[0]!.sources.map((s) => s.outlet).sort()).toEqual(['Reuters', 'The Times']);
    expect(meeting[0]!.actors).toEqual(expect.arrayContaining(['Vladimir Putin', 'Steve Witkoff', 'Kremlin']));
  });

  it('keeps different events of the same day apart, even with an actor in common', () => {
    const entries = buildChronology([wire, broadsheet], talksActors).filter((e) => e.date === '2025-03-13');
    const texts = entries.map((e) => e.text);
    expect(entries).toHaveLength(3);
    expect(texts.some((t) => /European Parliament voted/.test(t))).toBe(true);
    expect(texts.some((t) => /command post/.test(t))).toBe(true);
  });

  it('flags outlets that put the same event on different days, dating it by the most reports', () => {
    const entries = buildChronology([wire, broadsheet, repost], talksActors);
    const meeting = entries.filter((e) => e.sources.some((s) => /Witkoff/.test(s.sentence)));
    expect(meeting).toHaveLength(1);
    expect(meeting[0]!.date).toBe('2025-03-13');
    expect(meeting[0]!.sources.map((s) => `${s.outlet} ${s.date}`).sort()).toEqual([
      'Daily Star 2025-03-12', 'Reuters 2025-03-13', 'The Times 2025-03-13',
    ]);
    expect(meeting[0]!.conflict).toBe('Reuters and The Times put this on 2025-03-13; Daily Star on 2025-03-12');
  });

  it('does not flag one outlet against itself, nor events a week apart', () => {
    const weekLater = article('weekly.txt', 'The Economist', '2025-03-21', [
      'Putin met Witkoff in the Kremlin on Thursday for talks on the US ceasefire proposal for Ukraine, the Kremlin said.',
    ]);
    const entries = buildChronology([wire, weekLater], talksActors);
    expect(entries.every((e) => e.conflict === null)).toBe(true);
    expect(entries.filter((e) => /Witkoff/.test(e.text)).map((e) => e.date).sort()).toEqual(['2025-03-13', '2025-03-20']);
  });

  it('puts a day inside a week reported elsewhere on that day, as one entry', () => {
    const weekly = article('liveblog.txt', 'Liveblog', '2025-03-16', [
      'Earlier this week, US envoy Steve Witkoff met with Russian President Vladimir Putin in the Kremlin for talks on a ceasefire in Ukraine.',
    ]);
    const entries = buildChronology([wire, weekly], talksActors).filter((e) => /Witkoff/.test(e.text));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ date: '2025-03-13', precision: 'day', conflict: null });
    expect(entries[0]!.sources.map((s) => `${s.outlet} ${s.date}`).sort()).toEqual(['Liveblog 2025-03-10', 'Reuters 2025-03-13']);
  });

  it('lists a sentence repeated within one article once', () => {
    const doubled = article('doubled.txt', 'Liveblog', '2025-03-16', [
      'Lavrov and Rubio discussed next steps to end the war in Ukraine on Saturday, a spokesperson said.',
      'Lavrov and Rubio discussed next steps to end the war in Ukraine on Saturday, a spokesperson said.',
    ]);
    const entries = buildChronology([doubled], talksActors);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.sources).toHaveLength(1);
  });

  it('merges the same wording from two outlets even when no actor is known', () => {
    const a = article('a.txt', 'Press TV', '2025-03-16', ['"The two sides are a lot closer today than they were a few weeks ago," he said.']);
    const b = article('b.txt', 'Antiwar.com', '2025-03-16', ['\u201cThe two sides are a lot closer today than they were a few weeks ago,\u201d he said.']);
    const entries = buildChronology([a, b], []);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.sources).toHaveLength(2);
  });
});

describe('actors of an entry', () => {
  it('takes actors from the extraction\u2019s mentions when the sentence does not spell the name', () => {
    const a = article('m.txt', 'Reuters', '2025-03-14', ['The president received the envoy at his residence on Thursday for a long talk.']);
    const mention = { articleId: 'm.txt', paragraph: 0, sentence: 0, text: a.paragraphs[0]!, surface: 'The president' };
    const entries = buildChronology([a], [actor('Vladimir Putin', 'person', [], [mention])]);
    expect(entries.map((e) => e.actors)).toEqual([['Vladimir Putin']]);
  });

  it('matches names and aliases as whole words only', () => {
    const a = article('w.txt', 'Reuters', '2025-03-14', ['Trumpeters played as Putinism was debated in parliament on Thursday afternoon.']);
    expect(buildChronology([a], talksActors).map((e) => e.actors)).toEqual([[]]);
  });

  it('gives an actor\u2019s entries in date order', () => {
    const entries = buildChronology([wire, broadsheet, repost], talksActors);
    const putin = entriesForActor(entries, 'vladimir putin');
    expect(putin.length).toBeGreaterThanOrEqual(2);
    expect(putin.every((e) => e.actors.includes('Vladimir Putin'))).toBe(true);
    const parliament = entriesForActor(entries, 'European Parliament');
    expect(parliament).toHaveLength(1);
    expect(parliament[0]!.text).toMatch(/^The European Parliament voted on Thursday to extend sanctions/);
    expect(entriesForActor(entries, 'Nobody')).toEqual([]);
  });
});
