import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../src/core/actors/index.js';
import { nameKey } from '../../../src/core/actors/normalise.js';
import { givenNamesMatch, surnamesMatch } from '../../../src/core/actors/similarity.js';
import { article } from './gold.js';

/** Two outlets each name one person; the question is whether they become one actor. */
function actorsFor(a: string, b: string) {
  return extractActors([
    article('one.txt', [`${a} said on Monday that talks would continue.`], 'Outlet One'),
    article('two.txt', [`${b} said on Tuesday that talks had stalled.`], 'Outlet Two'),
  ]).filter((x) => x.kind === 'person');
}

describe('merging spellings of one person across outlets', () => {
  it.each([
    ['Volodymyr Zelensky', 'Volodomyr Zelensky'],
    ['Volodymyr Zelensky', 'Volodymyr Zelenskyy'],
    ['Volodymyr Zelenskiy', 'Volodymyr Zelenskyj'],
    ['Oleksandr Syrsky', 'Oleksandr Syrskyj'],
    ['Karoline Leavitt', 'Carolyn Leavitt'],
    ['Dmitry Peskov', 'Dmitri Peskov'],
    ['Sergei Lavrov', 'Sergey Lavrov'],
    ['Mykhailo Podolyak', 'Mykhaylo Podolyak'],
    ['Steve Witkoff', 'President Steve Witkoff'],
    ['Yury Ushakov', 'Yuri Ushakov'],
    ['Andriy Yermak', 'Andrii Yermak'],
    ['Khalid Sheikh', 'Halid Sheikh'],
    ['J. Smithson', 'John Smithson'],
  ])('"%s" and "%s" are one actor', (a, b) => {
    expect(actorsFor(a, b).map((x) => x.name)).toHaveLength(1);
  });

  it.each([
    ['Joe Biden', 'Hunter Biden'],
    ['Mike Waltz', 'Mike Johnson'],
    ['Ed Miliband', 'David Miliband'],
    ['Tom Cotton', 'Tim Cotton'],
    ['Mark Rutte', 'Mark Rutter'],
    ['Kim Jong Un', 'Kim Yo Jong'],
    ['Anna Smith', 'Anne Smith'],
    ['Donald Trump', 'Donald Tusk'],
    ['Ivan Petrov', 'Ivan Petrova'],
    ['Jan Kowalski', 'Jan Kowalska'],
  ])('"%s" and "%s" stay apart', (a, b) => {
    expect(actorsFor(a, b).map((x) => x.name)).toHaveLength(2);
  });
});

describe('a lone surname', () => {
  it('joins the one person with that surname in the same article', () => {
    const actors = extractActors([article('a.txt', [
      'US envoy Steve Witkoff arrived in Moscow.',
      'Mr. Witkoff met officials for four hours, and envoy Witkoff later said the talks were useful.',
    ])]);
    const witkoff = actors.find((a) => a.name === 'Steve Witkoff');
    expect(witkoff?.mentions).toBe(3);
    expect(witkoff?.aliases).toEqual(['Witkoff']);
    expect(actors.filter((a) => a.kind === 'person')).toHaveLength(1);
  });

  it('joins the one person in the corpus when its own article has none', () => {
    const actors = extractActors([
      article('a.txt', ['President Vladimir Putin spoke on Sunday.']),
      article('b.txt', ['Putin said the offer was serious.']),
    ]);
    expect(actors.find((a) => a.name === 'Vladimir Putin')?.articles).toEqual(['a.txt', 'b.txt']);
  });

  it('prefers the person of its own article when the corpus has two', () => {
    const actors = extractActors([
      article('a.txt', ['Joe Biden spoke in Delaware. Biden said he was proud.']),
      article('b.txt', ['Hunter Biden appeared in court. Biden said nothing.']),
    ]);
    expect(actors.find((a) => a.name === 'Joe Biden')?.articles).toEqual(['a.txt']);
    expect(actors.find((a) => a.name === 'Hunter Biden')?.articles).toEqual(['b.txt']);
  });

  it('is not guessed when its article names two people with that surname', () => {
    const actors = extractActors([article('a.txt', ['Joe Biden and Hunter Biden arrived. Mr Biden said little.'])]);
    expect(actors.find((a) => a.name === 'Joe Biden')?.mentions).toBe(1);
    expect(actors.find((a) => a.name === 'Hunter Biden')?.mentions).toBe(1);
    expect(actors.some((a) => a.name === 'Biden')).toBe(false);
  });
});

describe('the canonical name', () => {
  it('is the fullest, most frequent form, and the id its slug', () => {
    const actors = extractActors([article('a.txt', [
      'Zelensky spoke first. Volodymyr Zelensky then said more. Volodymyr Zelensky left.',
      'Later Volodomyr Zelensky returned, and Zelensky said goodbye.',
    ])]);
    const person = actors.find((a) => a.kind === 'person');
    expect(person?.name).toBe('Volodymyr Zelensky');
    expect(person?.id).toBe('volodymyr-zelensky');
    expect(person?.aliases.sort()).toEqual(['Volodomyr Zelensky', 'Zelensky']);
  });
});

describe('name keys and thresholds', () => {
  it.each([
    ['Zelenskyy', 'Zelensky', true],
    ['Syrskyj', 'Syrsky', true],
    ['Leavitt', 'Levitt', true],
    ['Waltz', 'Walz', false],
    ['Biden', 'Bidon', false],
    ['Kharkiv', 'Harkiv', true],
  ])('surname %s ~ %s: %s', (a, b, same) => {
    expect(surnamesMatch(nameKey(a), nameKey(b))).toBe(same);
  });

  it.each([
    ['Volodymyr', 'Volodomyr', true],
    ['Karoline', 'Carolyn', true],
    ['Joe', 'Hunter', false],
    ['Tom', 'Tim', false],
    ['J', 'John', true],
  ])('given name %s ~ %s: %s', (a, b, same) => {
    expect(givenNamesMatch(nameKey(a), nameKey(b))).toBe(same);
  });
});
