import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../src/core/actors/index.js';
import { article } from './gold.js';

/** Who each quote of the paragraphs is credited to: quote text -> canonical name. */
function credits(...paragraphs: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const actor of extractActors([article('a.txt', paragraphs)])) for (const q of actor.quotes) out[q.text] = actor.name;
  return out;
}

describe('quote attribution', () => {
  it.each<[string, string[], string, string | null]>([
    ['after the quote: “…,” X said', ['“We narrowed the differences,” Steve Witkoff said.'], 'We narrowed the differences', 'Steve Witkoff'],
    ['after the quote: said X', ['“We narrowed the differences,” said Steve Witkoff.'], 'We narrowed the differences', 'Steve Witkoff'],
    ['after the quote, with a title: said Foreign Minister X', ['“Nothing is agreed,” said Foreign Minister Sergei Lavrov.'], 'Nothing is agreed', 'Sergei Lavrov'],
    ['X told CNN after the quote', ['“It will happen within weeks,” Steve Witkoff told CNN.'], 'It will happen within weeks', 'Steve Witkoff'],
    ['before the quote: X said: “…”', ['Volodymyr Zelensky said: “Russia must stop the attacks.”'], 'Russia must stop the attacks.', 'Volodymyr Zelensky'],
    ['straight quotes', ['"We urge the Russians to sign," Karoline Leavitt said.'], 'We urge the Russians to sign', 'Karoline Leavitt'],
    ['mixed curly and straight marks', ['David Lammy followed suit, saying, “Ukraine has set out its position."'], 'Ukraine has set out its position.', 'David Lammy'],
    ['a partial quote after a speech verb', ['Envoy Steve Witkoff tells CNN that he expects a “good and positive discussion.”'], 'good and positive discussion.', 'Steve Witkoff'],
    ['a Nordic dash quote', ['– I think it will be so, Steve Witkoff tells CNN.'], 'I think it will be so', 'Steve Witkoff'],
    ['a dash quote with an unnamed speaker', ['– It will be a significant force, says one of them.'], 'It will be a significant force', null],
    ['an unnamed speaker before the quote', ['Dan Driscoll was upbeat, with his spokesman saying: “Talks are going well.”'], 'Talks are going well.', null],
    ['an unnamed official', ['The British official added that Moscow must accept the deal "with no conditions.”'], 'with no conditions.', null],
    ['a place as the speaker is not a person', ['Ukraine says it supports the “essence” of the plan.'], 'essence', null],
    ['a scare quote with no speech verb', ['Sergei Lavrov and Marco Rubio discussed “next steps” on Saturday.'], 'next steps', null],
    ['a scare quote after said', ['US President Donald Trump said “progress” is being made.'], 'progress', 'Donald Trump'],
    ['a quote with no attribution at all', ['“This is the end of an era.”'], 'This is the end of an era.', null],
  ])('%s', (_what, paragraphs, quote, speaker) => {
    expect(credits(...paragraphs)[quote] ?? null).toBe(speaker);
  });

  it('resolves "he said" to the person named as subject in the previous paragraph', () => {
    const c = credits(
      'Speaking alongside Micheál Martin in the Oval Office, Donald Trump said he had received positive messages.',
      '“But a positive message means nothing,” he said. “This is a very serious situation.”',
    );
    expect(c['But a positive message means nothing']).toBe('Donald Trump');
    expect(c['This is a very serious situation.']).toBe('Donald Trump');
  });

  it('follows a chain of "he said" paragraphs back to the named speaker', () => {
    const c = credits(
      'Steve Witkoff said he had informed Donald Trump of the results.',
      'On Saturday, Trump held discussions with his advisers, he said.',
      'More talks are expected to “narrow the differences even further,” he added.',
    );
    expect(c['narrow the differences even further']).toBe('Steve Witkoff');
  });

  it('keeps the speaker of a quote that spans sentences and of the quote that continues it', () => {
    const c = credits('“The two sides are closer. We narrowed the differences,” Steve Witkoff said. “We will meet again.”');
    expect(c).toEqual({ 'The two sides are closer. We narrowed the differences': 'Steve Witkoff', 'We will meet again.': 'Steve Witkoff' });
  });

  it('leaves "he said" unattributed when nobody was named before', () => {
    expect(credits('“We are ready,” he said.')).toEqual({});
  });

  it('does not credit a name standing in a prepositional phrase before the verb', () => {
    expect(credits('Sources close to Downing Street said the prime minister was “relaxed” about the row.')).toEqual({});
  });
});
