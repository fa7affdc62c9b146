import { describe, expect, it } from 'vitest';
import { ListFilter } from '../../../src/core/search/filter.js';
import { fuzzyContains, matchSpans } from '../../../src/core/search/match.js';
import { narrows, parseQuery } from '../../../src/core/search/query.js';

interface Row { id: string; title: string; outlet: string; body: string }
const rows: Row[] = [
  { id: '1', title: 'Witkoff says Trump and Putin to speak', outlet: 'Press TV', body: 'Talks lasted four hours.' },
  { id: '2', title: 'Trump and Putin to discuss ceasefire', outlet: 'Antiwar.com', body: 'A ceasefire within weeks.' },
  { id: '3', title: 'Harbour bridge reopens', outlet: 'Daily Gazette', body: 'The mayor spoke.' },
];
const filter = () => new ListFilter<Row>(rows, (r) => r.id, [
  { name: 'title', get: (r) => r.title, weight: 3 },
  { name: 'outlet', get: (r) => r.outlet },
  { name: 'text', get: (r) => r.body, qualifiedOnly: true },
]);

describe('ListFilter', () => {
  it.each([
    ['', ['1', '2', '3']],
    ['press tv', ['1']],
    ['prstv', ['1']],
    ['press tv', ['1']],
    ['ptn', ['1', '2']],
    ['pcf', []],
    ['putin', ['1', '2']],
    ["'bridge", ['3']],
    ['!putin', ['3']],
    ['^harbour', ['3']],
    ['gazette$', ['3']],
    ['text:HOURS', ['1']],
    ['text:ceasefire putin', ['2']],
    ['zzz', []],
  ])('"%s" matches %j', (query, ids) => {
    expect(filter().search(query).sort()).toEqual([...ids].sort());
  });

  it('gives the same answer typed a letter at a time as typed at once', () => {
    const typed = filter();
    let last: string[] = [];
    for (const prefix of ['p', 'pu', 'put', 'puti', 'putin']) last = typed.search(prefix);
    expect(last).toEqual(filter().search('putin'));
  });

  it('widens again when a letter is deleted', () => {
    const f = filter();
    f.search('bridge');
    expect(f.search('').length).toBe(3);
    f.search('witk');
    expect(f.search('wit').length).toBeGreaterThanOrEqual(1);
  });
});

describe('query language', () => {
  it.each([
    ['pu', 'put', true],
    ['put', 'pu', false],
    ['!x', '!xy', false],
    ['a', 'a b', true],
    ['text:wor', 'text:word', true],
  ])('"%s" then "%s" narrows: %s', (a, b, expected) => {
    expect(narrows(parseQuery(a, ['text']), parseQuery(b, ['text']))).toBe(expected);
  });

  it('highlights contiguous matches, else the letters of a subsequence', () => {
    expect(matchSpans('Press TV News', ['tv'])).toEqual([[6, 8]]);
    expect(matchSpans('Press TV', ['ptv'])).toEqual([[0, 1], [6, 8]]);
  });
});

describe('fuzzyContains', () => {
  it.each([
    ['press tv', 'press', true],
    ['press tv', 'prstv', true],
    ['trump to send top envoy to russia in push', 'press', false],
    ['witkoff', 'wtkf', true],
    ['antiwar.com', 'awc', false],
  ])('%j contains %j: %s', (text, needle, expected) => {
    expect(fuzzyContains(text, needle)).toBe(expected);
  });
});

describe('quoted phrases', () => {
  it.each([
    ['outlet:"press tv"', [{ kind: 'field', field: 'outlet', text: 'press tv' }]],
    ['outlet:"press t', [{ kind: 'field', field: 'outlet', text: 'press t' }]],
    ['"four hours" putin', [{ kind: 'include', text: 'four hours' }, { kind: 'fuzzy', text: 'putin' }]],
    ['outlet:press', [{ kind: 'field', field: 'outlet', text: 'press' }]],
  ])('%j', (query, terms) => {
    expect(parseQuery(query, ['outlet']).terms).toEqual(terms);
  });

  it('narrows while a quoted qualifier is typed', () => {
    expect(narrows(parseQuery('outlet:"press', ['outlet']), parseQuery('outlet:"press tv"', ['outlet']))).toBe(true);
  });
});
