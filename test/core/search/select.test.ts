import { describe, expect, it } from 'vitest';
import { dateSpan, selectActors, selectArticles, selectChronology, selectStories, type Selection } from '../../../src/core/search/select.js';
import { sampleCorpus } from '../../support/corpus.js';

const corpus = sampleCorpus();
const articles = (s: Selection) => selectArticles(corpus, s).map((a) => a.id);

describe('command-line filters', () => {
  it.each<[Selection, string[]]>([
    [{}, ['herald.txt', 'gazette.txt', 'wire.txt']],
    [{ outlet: 'gazette' }, ['gazette.txt']],
    [{ outlet: 'EVENING' }, ['herald.txt']],
    [{ since: '2025-03-10' }, ['gazette.txt', 'wire.txt']],
    [{ until: '2025-03-09' }, ['herald.txt']],
    [{ since: '2025-03', until: '2025-03' }, ['herald.txt', 'gazette.txt', 'wire.txt']],
    [{ since: '2025-04' }, []],
    [{ actor: 'berg' }, ['gazette.txt']],
    [{ query: 'bridge' }, ['herald.txt', 'gazette.txt']],
    [{ query: 'text:percent' }, ['wire.txt']],
    [{ query: 'bridge', outlet: 'herald' }, ['herald.txt']],
  ])('articles %j → %j', (selection, ids) => expect(articles(selection).sort()).toEqual([...ids].sort()));

  it('keeps the actors the kept articles name, or the one asked for', () => {
    expect(selectActors(corpus, { actor: 'anna' }).map((a) => a.name)).toEqual(['Anna Berg']);
    const gazette = selectActors(corpus, { outlet: 'gazette' });
    expect(gazette.every((a) => a.articles.includes('gazette.txt'))).toBe(true);
    expect(selectActors(corpus, { outlet: 'press tv' }).some((a) => a.name === 'Anna Berg')).toBe(false);
  });

  it('keeps only the kept outlets\u2019 reports of each dated event, in the date range', () => {
    const all = selectChronology(corpus, {});
    expect(all.length).toBeGreaterThan(0);
    const herald = selectChronology(corpus, { outlet: 'herald' });
    expect(herald.length).toBeGreaterThan(0);
    for (const entry of herald) expect(entry.sources.every((s) => s.articleId === 'herald.txt')).toBe(true);
    expect(selectChronology(corpus, { since: '2030' })).toEqual([]);
  });

  it('keeps the stories with a kept article', () => {
    const bridge = selectStories(corpus, { query: 'bridge' });
    expect(selectStories(corpus, { outlet: 'press tv' }).every((s) => s.articles.includes('wire.txt'))).toBe(true);
    expect(bridge.length).toBeGreaterThan(0);
    expect(bridge.every((s) => /bridge/i.test(s.title))).toBe(true);
  });

  it.each([
    ['2025-03-09', ['2025-03-09', '2025-03-09']],
    ['2025-02', ['2025-02-01', '2025-02-28']],
    ['2024-02', ['2024-02-01', '2024-02-29']],
    ['2025', ['2025-01-01', '2025-12-31']],
  ])('the span of %s', (date, span) => expect(dateSpan(date)).toEqual(span));
});
