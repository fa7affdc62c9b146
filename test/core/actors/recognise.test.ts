import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../src/core/actors/index.js';
import type { ActorKind } from '../../../src/core/types.js';
import { article } from './gold.js';

function actorsOf(...paragraphs: string[]) {
  return extractActors([article('a.txt', paragraphs)]);
}

describe('names in news style', () => {
  it.each<[string, string, ActorKind, string | null]>([
    ['US envoy Steve Witkoff said talks went well.', 'Steve Witkoff', 'person', 'US envoy'],
    ['Russian Foreign Minister Sergei Lavrov spoke on Saturday.', 'Sergei Lavrov', 'person', 'Russian Foreign Minister'],
    ['Kremlin spokesman Dmitry Peskov declined to comment.', 'Dmitry Peskov', 'person', 'Kremlin spokesman'],
    ['White House press secretary Carolyn Leavitt said more talks were planned.', 'Carolyn Leavitt', 'person', 'White House press secretary'],
    ['Yury Ushakov, Putin’s foreign policy aide, said the truce needed work.', 'Yury Ushakov', 'person', 'Putin’s foreign policy aide'],
    ['Dmitry Medvedev, deputy chairman of Russia’s Security Council, hit back.', 'Dmitry Medvedev', 'person', 'deputy chairman of Russia’s Security Council'],
    ['The head of Ukraine’s military, Oleksandr Syrsky, said troops were withdrawing.', 'Oleksandr Syrsky', 'person', 'head of Ukraine’s military'],
    ['Reporting from Moscow, Al Jazeera’s Yulia Shapovalova said there was uncertainty.', 'Yulia Shapovalova', 'person', 'Al Jazeera'],
    ['US Secretary of State Marco Rubio flew to Riyadh.', 'Marco Rubio', 'person', 'US Secretary of State'],
    ['The talks were led by Sarah Wynn-Williams and Conor O’Brien on Tuesday.', 'Sarah Wynn-Williams', 'person', null],
    ['The talks were led by Sarah Wynn-Williams and Conor O’Brien on Tuesday.', 'Conor O’Brien', 'person', null],
    ['Syria’s Bashar al-Assad fled to Moscow.', 'Bashar al-Assad', 'person', null],
    ['Officials met Ursula von der Leyen in Brussels.', 'Ursula von der Leyen', 'person', null],
    ['He wrote on Truth Social that the deal was close.', 'Truth Social', 'organization', null],
    ['British sources told the Sunday Times the plan was advanced.', 'Sunday Times', 'organization', null],
    ['The Ministry of Defence said drones were shot down.', 'Ministry of Defence', 'organization', null],
    ['Fighting continued in Kryvyy Rih overnight.', 'Kryvyy Rih', 'place', null],
    ['Finland, Spain, Turkey, Canada and Australia have offered troops.', 'Turkey', 'place', null],
    ['WASHINGTON (Reuters) - The Senate passed the bill.', 'Washington', 'place', null],
    ['Dave Smith, Antiwar.com, reported the story.', 'Antiwar.com', 'organization', null],
  ])('%s -> %s (%s, role %s)', (text, name, kind, role) => {
    const actor = actorsOf(text).find((a) => a.name === name);
    expect(actor?.kind).toBe(kind);
    if (role) expect(actor?.roles.map((r) => r.text)).toContain(role);
  });

  it.each([
    ['The Kremlin said on Monday that talks would resume.', 'The Kremlin'],
    ['Earlier, officials met in Geneva.', 'Earlier'],
    ['Speaking at the summit, the minister praised the plan.', 'Speaking'],
    ['Following the meeting, nothing changed.', 'Following'],
    ['The war entered its fourth year in February, one not seen since World War II.', 'World War II'],
    ['Talks resumed on Sunday and again on Tuesday.', 'Sunday'],
    ['Talks resumed in March.', 'March'],
    ['Ukrainian and Russian negotiators met.', 'Ukrainian'],
    ['The Prime Minister said nothing.', 'Prime Minister'],
    ['Recommended Stories', 'Recommended Stories'],
    ['TRENDING NOW', 'TRENDING'],
  ])('%s names no actor "%s"', (text, notName) => {
    const names = actorsOf(text).flatMap((a) => [a.name, ...a.aliases]);
    expect(names).not.toContain(notName);
  });

  it('strips titles from the name and keeps them as roles: "President Putin" is Vladimir Putin', () => {
    const actors = actorsOf('Russian President Vladimir Putin met envoys.', 'President Putin said later that he was ready.');
    const putin = actors.find((a) => a.name === 'Vladimir Putin');
    expect(putin?.aliases).toEqual(['Putin']);
    expect(putin?.roles.map((r) => r.text)).toEqual(['Russian President', 'President']);
  });

  it('counts mentions in the clean paragraphs only, never in what cleaning removed', () => {
    const a = article('a.txt', ['Keir Starmer spoke.']);
    a.removed = [{ line: 2, text: 'Brentford’s Christian Nørgaard feared sleeping pill addiction', reason: 'boilerplate' }];
    const names = extractActors([a]).map((x) => x.name);
    expect(names).toEqual(['Keir Starmer']);
  });

  it('records each mention with its paragraph, sentence, text and surface', () => {
    const witkoff = actorsOf('Talks ended.', 'They met. Mr. Witkoff said it went well.', 'Steve Witkoff left.').find((a) => a.name === 'Steve Witkoff');
    expect(witkoff?.mentionsIn).toEqual([
      { articleId: 'a.txt', paragraph: 1, sentence: 1, text: 'Mr. Witkoff said it went well.', surface: 'Witkoff' },
      { articleId: 'a.txt', paragraph: 2, sentence: 0, text: 'Steve Witkoff left.', surface: 'Steve Witkoff' },
    ]);
  });

  it('lists co-occurring actors by canonical name, most frequent first', () => {
    const actors = actorsOf('Donald Trump called Vladimir Putin.', 'Trump and Putin spoke with Emmanuel Macron.', 'Trump met Macron in Paris.');
    const trump = actors.find((a) => a.name === 'Donald Trump');
    expect(trump?.cooccurring).toEqual([
      { name: 'Emmanuel Macron', count: 2 },
      { name: 'Vladimir Putin', count: 2 },
      { name: 'Paris', count: 1 },
    ]);
  });

  it('sorts actors by prominence: outlets, then articles, then mentions', () => {
    const actors = extractActors([
      article('a.txt', ['Keir Starmer met Emmanuel Macron. Macron spoke.'], 'A'),
      article('b.txt', ['Keir Starmer travelled.'], 'B'),
    ]);
    expect(actors.map((a) => a.name)).toEqual(['Keir Starmer', 'Emmanuel Macron']);
  });

  it('is total: no articles, empty paragraphs and odd text give a list', () => {
    expect(extractActors([])).toEqual([]);
    expect(extractActors([article('a.txt', ['', '   ', '“', '– ,', '"""', 'A.'])])).toEqual([]);
  });
});
