import { describe, expect, it } from 'vitest';
import { compareQuotes, quotesIn } from '../../../src/core/compare/quotes.js';
import { comparableText } from '../../../src/core/compare/words.js';

function sortQuotes(a: string, b: string) {
  return compareQuotes(quotesIn([a]), quotesIn([b]), comparableText(a), comparableText(b)).map(({ in: where, a: qa, b: qb }) => ({ in: where, a: qa, b: qb }));
}

describe('quotesIn', () => {
  it.each([
    ['curly marks', '“We will not give up,” she said.', ['We will not give up']],
    ['straight marks', 'He said "the talks went well" and left.', ['the talks went well']],
    ['mixed marks from a careless scrape', 'to “narrow the differences even further," he added.', ['narrow the differences even further']],
    ['two quotes in one paragraph', '“First we talk,” he said. “Then we sign.”', ['First we talk', 'Then we sign.']],
    ['an unclosed mark does not swallow the text', 'He called it “historic and walked out.', []],
    ['a one-word scare quote is not a statement', 'It was "positive", he said.', []],
  ])('%s', (_name, paragraph, expected) => {
    expect(quotesIn([paragraph]).map((q) => q.text)).toEqual(expected);
  });
});

describe('compareQuotes', () => {
  it.each([
    [
      'verbatim in both, typography aside',
      'The envoy said: “We narrowed the differences.”',
      'He said: "We narrowed the differences," on CNN.',
      [{ in: 'both', a: 'We narrowed the differences.', b: 'We narrowed the differences' }],
    ],
    [
      'altered: a word changed',
      '“Russia must accept the deal now,” Macron wrote.',
      '“Russia must now accept the truce,” Macron wrote.',
      [{ in: 'altered', a: 'Russia must accept the deal now', b: 'Russia must now accept the truce' }],
    ],
    [
      'altered: cut to a fragment',
      'He expects a ceasefire “within weeks.”',
      'He expected "to see a ceasefire within weeks."',
      [{ in: 'altered', a: 'within weeks.', b: 'to see a ceasefire within weeks.' }],
    ],
    [
      'only in one',
      '“The ceasefire must hold,” the minister said.',
      'The minister spoke to reporters.',
      [{ in: 'a', a: 'The ceasefire must hold', b: null }],
    ],
    [
      'quoted in one, the same words unquoted in the other',
      'The minister spoke to reporters.',
      'She said the ceasefire must hold at all costs.',
      [],
    ],
    [
      'quoted in B, the same words as plain text in A: still verbatim',
      'She said the ceasefire must hold at all costs.',
      'She said “the ceasefire must hold at all costs.”',
      [{ in: 'both', a: 'the ceasefire must hold at all costs.', b: 'the ceasefire must hold at all costs.' }],
    ],
  ])('%s', (_name, a, b, expected) => {
    expect(sortQuotes(a, b)).toEqual(expected);
  });
});
