import { describe, expect, it } from 'vitest';
import { eventText } from '../../../src/core/chronology/event-text.js';

/** The display text of the event dated by `expression` in `sentence`. */
function textFor(sentence: string, expression: string): string {
  const from = sentence.indexOf(expression);
  return eventText(sentence, from, from + expression.length);
}

const GENEVA = 'Tuesday saw a surge in diplomatic activity after US and Ukrainian negotiators met two days earlier in Geneva to discuss Trump\u2019s preliminary peace plan, which was seen in Ukraine as a Russian wish list.';
const WITKOFF = 'Witkoff, who met with Putin for four hours on Thursday in Moscow, said on Sunday that he had arranged the talk between the two leaders as part of Trump\u2019s goal to seal a deal.';

describe('the text of an event', () => {
  it.each([
    ['keeps a short sentence whole', 'Lavrov and Rubio spoke on Saturday.', 'on Saturday', 'Lavrov and Rubio spoke on Saturday.'],
    ['takes the clause of each date in a long sentence', GENEVA, 'Tuesday', 'Tuesday saw a surge in diplomatic activity'],
    ['drops the word tying a clause to the one before', GENEVA, 'two days earlier', 'US and Ukrainian negotiators met two days earlier in Geneva to discuss Trump\u2019s preliminary peace\u2026'],
    ['grows a short clause with the subject before it', WITKOFF, 'on Thursday', 'Witkoff, who met with Putin for four hours on Thursday in Moscow'],
    ['keeps a short subject before a later clause', WITKOFF, 'on Sunday', 'Witkoff \u2026 said on Sunday that he had arranged the talk between the two leaders as part of Trump\u2019s\u2026'],
  ])('%s', (_, sentence, expression, expected) => {
    expect(textFor(sentence, expression)).toBe(expected);
  });

  it('gives a clause that is little more than its date the clause after it, cut at a word', () => {
    const text = textFor('Earlier this week, US envoy Steve Witkoff met with Russian President Vladimir Putin in Moscow to propose a 30-day ceasefire between the two warring sides.', 'Earlier this week');
    expect(text.startsWith('Earlier this week, US envoy Steve Witkoff met with')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(101);
    expect(text.endsWith('\u2026')).toBe(true);
    expect(text).not.toMatch(/\s\u2026$/);
  });
});
