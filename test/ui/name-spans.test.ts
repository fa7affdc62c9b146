import { describe, expect, it } from 'vitest';
import { namePattern, nameSpans, nameSpansOverLines, type NameForm } from '../../src/ui/name-spans.js';

const forms: NameForm[] = [
  { form: 'Trump', kind: 'person' },
  { form: 'Donald Trump', kind: 'person' },
  { form: 'Iran', kind: 'place' },
  { form: 'Turkey', kind: 'place' },
  { form: 'U.S.', kind: 'place' },
  { form: 'UN', kind: 'organization' },
];
const pattern = namePattern(forms);
const found = (text: string) => nameSpans(text, pattern).map((s) => `${text.slice(s.start, s.end)}:${s.kind}`);

describe('actor names in a text', () => {
  it.each([
    ['the full name wins over the surname', 'President Donald Trump said.', ['Donald Trump:person']],
    ['a surname alone is still found', 'Trump said it twice, Trump said.', ['Trump:person', 'Trump:person']],
    ['a possessive keeps the name', "Trump's envoy", ['Trump:person']],
    ['not inside a longer word', 'Iranian officials and Trumpism', []],
    ['case matters: a bird is not a country', 'a turkey dinner in Turkey', ['Turkey:place']],
    ['dots in a name are literal', 'the U.S. and the UN, not USA', ['U.S.:place', 'UN:organization']],
    ['letters of other scripts are word characters', 'Irané and Iran', ['Iran:place']],
  ])('%s', (_rule, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('finds nothing without forms', () => {
    expect(namePattern([])).toBeNull();
    expect(namePattern([{ form: 'X', kind: 'person' }])).toBeNull();
    expect(nameSpans('Donald Trump', null)).toEqual([]);
  });

  it('finds a name wrapped over two lines, and gives each line its part', () => {
    const lines = ['talks with Donald', 'Trump ended; Iran', 'replied.'];
    const perLine = nameSpansOverLines(lines, pattern).map((spans, i) => spans.map((s) => lines[i]!.slice(s.start, s.end)));
    expect(perLine).toEqual([['Donald'], ['Trump', 'Iran'], []]);
  });
});
