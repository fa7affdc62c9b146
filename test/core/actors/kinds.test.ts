import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../src/core/actors/index.js';
import type { ActorKind } from '../../../src/core/types.js';
import { article } from './gold.js';

/** Made-up articles, one per list of paragraphs; the actors of the whole set. */
function actorsOf(...articles: string[][]) {
  return extractActors(articles.map((paragraphs, i) => article(`a${i}.txt`, paragraphs, `Outlet ${i}`)));
}

const kindOf = (actors: ReturnType<typeof actorsOf>, name: string) =>
  actors.find((a) => [a.name, ...a.aliases].includes(name))?.kind ?? null;

describe('a person needs person evidence', () => {
  it.each<[string, string[][], string]>([
    ['a known given name', [['Talks resumed after Marta Kowalczyk arrived.']], 'Marta Kowalczyk'],
    ['a title', [['The visit was hosted by Sheikh Tamir Haddad.']], 'Tamir Haddad'],
    ['a role before the name', [['The plan was drafted by Hezbollah commander Nadeen Farraj.']], 'Nadeen Farraj'],
    ['a role in apposition', [['Tomas Ferreyra, a veteran diplomat, arrived late.']], 'Tomas Ferreyra'],
    ['a speech verb after', [['Olund Varga told reporters the plan was dead.']], 'Olund Varga'],
    ['a speech verb before', [['“We will rebuild,” said Himedan Korou.']], 'Himedan Korou'],
    ['he or she in the next sentence', [['Rahilla Zafrani joined the class late. She sat at the back.']], 'Rahilla Zafrani'],
    ['the same name typed a person in another article', [['Orvan Teledi arrived.'], ['Envoy Orvan Teledi left.']], 'Orvan Teledi'],
    ['a surname only people have', [['Talks were led by Cathal O’Brannagh and others.']], 'Cathal O’Brannagh'],
  ])('%s makes a person', (_why, texts, name) => {
    expect(kindOf(actorsOf(...texts), name)).toBe('person');
  });

  it.each<[string, string]>([
    ['capitalised words alone', 'The meeting at Diriyah Palace ended early.'],
    ['an outlet in a list', 'More from Raw Story and Deseret News.'],
    ['an agreement', 'They cited the Taif Agreement again.'],
    ['a prize', 'She was shortlisted for the Booker Prize last year.'],
    ['a weapon with a model number', 'A US MQ-9 Reaper was shot down.'],
    ['a ship', 'Strikes were launched from the USS Harry S. Truman overnight.'],
    ['a faith', 'Shia Muslims gathered in the square.'],
    ['a byline', 'By JON GAMBRELL'],
    ['a crowd’s chant', 'Protesters chanted “Free Aldoria” outside the embassy.'],
    ['a last-updated line', 'Last Updated Mar 24, 2025'],
  ])('%s is not a person', (_why, text) => {
    expect(actorsOf([text]).filter((a) => a.kind === 'person').map((a) => a.name)).toEqual([]);
  });
});

describe('heads and corpus-wide evidence give the other kinds', () => {
  it.each<[string, string, ActorKind]>([
    ['Troops stayed south of the Litani River for weeks.', 'Litani River', 'place'],
    ['Ships avoided the Gulf of Aden after the attack.', 'Gulf of Aden', 'place'],
    ['He prayed at the Monastery of Mar Maroun on Monday.', 'Monastery of Mar Maroun', 'place'],
    ['The plane landed at Pulkovo Airport on Friday.', 'Pulkovo Airport', 'place'],
    ['Staff at Boston Children’s Hospital said the boy was stable.', 'Children’s Hospital', 'organization'],
    ['Fighters of Hayat Tahrir al-Sham (HTS) took the city.', 'Hayat Tahrir al-Sham', 'organization'],
    ['Fawasel Media cited a source in the city.', 'Fawasel Media', 'organization'],
    ['Strikes went on. The Houthis said two people died. The Houthis vowed to respond.', 'Houthis', 'organization'],
    ['Trump wrote on X that the talks were over.', 'X', 'organization'],
  ])('%s -> %s (%s)', (text, name, kind) => {
    expect(kindOf(actorsOf([text]), name)).toBe(kind);
  });

  it('keeps "the Islamic Republic" from being a person', () => {
    const actors = actorsOf(['Sanctions on the Islamic Republic, officials said, would stay.']);
    expect(actors.filter((a) => a.kind === 'person')).toEqual([]);
  });

  it('names the body after a title with "of", not a person "of Hezbollah"', () => {
    const actors = actorsOf(['The Secretary-General of Hezbollah, Naim Qassem, spoke on Friday.']);
    expect(kindOf(actors, 'Hezbollah')).toBe('organization');
    expect(actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Naim Qassem']);
  });

  it('does not make a known person’s bare surname a place', () => {
    const actors = actorsOf(['Lawyer Marcel Ceccaldi said the inquiry was open.'], ['A letter from Ceccaldi reached the court.']);
    expect(kindOf(actors, 'Ceccaldi')).toBe('person');
    expect(actors.find((a) => a.name === 'Marcel Ceccaldi')?.aliases).toContain('Ceccaldi');
  });

  it('keeps a doctor’s title off the name', () => {
    const actors = actorsOf(['“He fell as a martyr,” said Doctor Saif Hamdi.']);
    expect(actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Saif Hamdi']);
  });
});
