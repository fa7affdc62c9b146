import { describe, expect, it } from 'vitest';
import { eventText } from '../../../src/core/chronology/event-text.js';

/** The display text of the event dated by `expression` in `sentence`, which also dates `others`. */
function textFor(sentence: string, expression: string, others: string[] = []): string {
  const from = sentence.indexOf(expression);
  return eventText(sentence, from, from + expression.length, others.map((o) => sentence.indexOf(o)));
}

const GENEVA = 'Tuesday saw a surge in diplomatic activity after US and Ukrainian negotiators met two days earlier in Geneva to discuss Trump\u2019s preliminary peace plan, which was seen in Ukraine as a Russian wish list.';
const WITKOFF = 'Witkoff, who met with Putin for four hours on Thursday in Moscow, said on Sunday that he had arranged the talk between the two leaders as part of Trump\u2019s goal to seal a deal.';

describe('the text of an event', () => {
  it.each([
    ['keeps a short sentence whole', 'Lavrov and Rubio spoke on Saturday.', 'on Saturday', [], 'Lavrov and Rubio spoke on Saturday.'],
    ['takes the clause of each date in a long sentence', GENEVA, 'Tuesday', ['two days earlier'], 'Tuesday saw a surge in diplomatic activity'],
    ['drops the word tying a clause to the one before', GENEVA, 'two days earlier', ['Tuesday'], 'US and Ukrainian negotiators met two days earlier in Geneva to discuss Trump\u2019s preliminary peace\u2026'],
    ['grows a short clause with the subject before it', WITKOFF, 'on Thursday', ['on Sunday'], 'Witkoff, who met with Putin for four hours on Thursday in Moscow'],
    ['keeps a short subject before a later clause', WITKOFF, 'on Sunday', ['on Thursday'], 'Witkoff \u2026 said on Sunday that he had arranged the talk between the two leaders as part of Trump\u2019s\u2026'],
    ['grows a short clause past a comma in a list of names', 'The meeting in Jeddah was the first between US and Ukrainian officials since a 28 February meeting between Zelensky, Trump and Vice President JD Vance descended into a shouting match and, ultimately, a pause in US military aid.', '28 February', [], 'A 28 February meeting between Zelensky, Trump and Vice President JD Vance descended into a shouting\u2026'],
  ] as const)('%s', (_, sentence, expression, others, expected) => {
    expect(textFor(sentence, expression, [...others])).toBe(expected);
  });

  it('keeps a date that holds a comma whole, with the clause before it', () => {
    const text = textFor('Steve Witkoff speaks as Donald Trump looks on during a news conference at Mar-a-Lago, Jan. 7, 2025, in Palm Beach, Fla.', 'Jan. 7, 2025');
    expect(text).toContain('Jan. 7, 2025');
    expect(text).toMatch(/news conference at Mar-a-Lago, Jan\. 7, 2025/);
  });

  it('gives a clause that is little more than its date the clause after it, cut at a word', () => {
    const text = textFor('Earlier this week, US envoy Steve Witkoff met with Russian President Vladimir Putin in Moscow to propose a 30-day ceasefire between the two warring sides.', 'Earlier this week');
    expect(text.startsWith('Earlier this week, US envoy Steve Witkoff met with')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(101);
    expect(text.endsWith('\u2026')).toBe(true);
    expect(text).not.toMatch(/\s\u2026$/);
  });
});
