import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../src/core/actors/index.js';
import { looseKey } from '../../../src/core/actors/transliteration.js';
import { nameKey } from '../../../src/core/actors/normalise.js';
import { article } from './gold.js';

/** Each spelling in its own outlet's article, with the same place around it (shared context). */
function people(...spellings: string[]) {
  return extractActors(spellings.map((s, i) => article(`a${i}.txt`, [`${s} spoke in Tripoli on Monday, officials said.`], `Outlet ${i}`)))
    .filter((a) => a.kind === 'person');
}

describe('romanisations of one name', () => {
  it.each([
    ['Muammar Gaddafi', 'Moamer Kadhafi', 'Muammar Qaddafi', 'Moammar Kadafi', 'Muammar Gadhafi'],
    ['Naim Qassem', 'Naeem Qassem'],
    ['Abu Mohammed al-Jolani', 'Abu Mohammad al-Golani', 'Abu Muhammad al-Joulani', 'Abu Mohammad al-Jawlani'],
    ['Abdullah Othman Abdurrahim', 'Abdullah Osman Abdulrahim'],
    ['Mohammed bin Salman', 'Mohammad bin Salman'],
    ['Abdul-Malik al-Houthi', 'Abdul Malik al-Houthi'],
    ['Saif al-Islam Gaddafi', 'Seif al-Islam Kadhafi', 'Saïf al-Islam Gaddafi'],
    ['Khaled al-Zaidi', 'Khaled Zaidi'],
    ['Badr al-Busaidi', 'Badr Busaidi'],
  ])('%s ... are one actor', (...spellings) => {
    const found = people(...spellings);
    expect(found.map((a) => a.name)).toHaveLength(1);
    expect(found[0]!.spellings!.map((s) => s.name).sort()).toEqual([...spellings].sort());
  });

  it.each([
    ['Hamid Kadhafi', 'Moamer Kadhafi'],
    ['Hannibal Kadhafi', 'Muammar Gaddafi'],
    ['Saif al-Islam', 'Saif al-Arab'],
    ['Hassan Nasrallah', 'Hussein Nasrallah'],
    ['Anna Haddad', 'Anne Haddad'],
    ['Khaled al-Zaidi', 'Abdallah Zaydi'],
    ['Donald Trump', 'Donald Trump Jr.'],
    ['Abu Bakr al-Baghdadi', 'Abu Mohammed al-Jolani'],
  ])('%s and %s stay apart', (a, b) => {
    expect(people(a, b)).toHaveLength(2);
  });

  it('merges a loose match only with agreement: the same given name, a shared role or shared context', () => {
    const pair = (a: string, b: string) => extractActors([
      article('a.txt', [a], 'One'),
      article('b.txt', [b], 'Two'),
    ]).filter((x) => x.kind === 'person');
    expect(pair('Muammar Gaddafi spoke in Tripoli on Monday.', 'Moamer Kadafi opened a bakery in Lyon, the owner said.')).toHaveLength(2);
    expect(pair('Muammar Gaddafi spoke in Tripoli on Monday.', 'Muammar Qaddafi opened a bakery in Lyon, the owner said.')).toHaveLength(1);
    expect(pair('Libyan leader Muammar Gaddafi spoke.', 'The Libyan leader, Moamer Kadafi, opened a bakery.')).toHaveLength(1);
  });

  it('records each spelling with the outlets that use it', () => {
    const actors = extractActors([
      article('a.txt', ['Muammar Gaddafi spoke in Tripoli on Monday, officials said.'], 'BBC'),
      article('b.txt', ['Moamer Kadhafi spoke in Tripoli on Monday, officials said.'], 'AFP'),
      article('c.txt', ['Moamer Kadhafi spoke in Tripoli on Tuesday, officials said.'], 'RFI'),
    ]);
    const gaddafi = actors.find((a) => a.name === 'Muammar Gaddafi' || a.name === 'Moamer Kadhafi')!;
    expect(gaddafi.spellings).toEqual(expect.arrayContaining([
      { name: 'Muammar Gaddafi', outlets: ['BBC'] },
      { name: 'Moamer Kadhafi', outlets: ['AFP', 'RFI'] },
    ]));
  });

  it.each([
    ['Gaddafi', 'Qaddafi'], ['Kadhafi', 'Gadhafi'], ['Muammar', 'Moamer'], ['Saif', 'Seif'], ['al-Jolani', 'al-Golani'],
    ['Houthi', 'Huthi'], ['Othman', 'Osman'], ['Araghchi', 'Araqchi'],
  ])('the loose key of %s is that of %s', (a, b) => {
    expect(looseKey(a)).toBe(looseKey(b));
  });

  it.each([['Hassan', 'Hussein'], ['Anna', 'Anne'], ['Hamid', 'Muammar'], ['Saif', 'Sofia']])('the loose key of %s is not that of %s', (a, b) => {
    expect(looseKey(a)).not.toBe(looseKey(b));
  });

  it.each([['al-Zaidi', 'Zaidi'], ['Naeem', 'Naim'], ['Joulani', 'Julani'], ['Kadhafi', 'Kadafi'], ['Abdullah', 'Abdulla']])(
    'the strict key of %s is that of %s', (a, b) => {
      expect(nameKey(a)).toBe(nameKey(b));
    },
  );
});

describe('other names of one person', () => {
  it.each([
    ['Ahmed al-Sharaa, also known as Abu Mohammed al-Jolani, met envoys.', 'Ahmed al-Sharaa', 'Abu Mohammed al-Jolani'],
    ['Sharaa was long known as Abu Mohammad al-Golani. President Ahmed al-Sharaa said so.', 'Ahmed al-Sharaa', 'Abu Mohammad al-Golani'],
    ['President Ahmed al-Sharaa was known by his nom de guerre Abu Mohammad al-Jawlani.', 'Ahmed al-Sharaa', 'Abu Mohammad al-Jawlani'],
    ['Ahmed Hussein al-Sharaa – or Abu Mohammed al-Jolani, to give him the nom de guerre he used – spoke.', 'Ahmed Hussein al-Sharaa', 'Abu Mohammed al-Jolani'],
    ['Pope Leo XIV, born Robert Prevost, said Mass.', 'Leo XIV', 'Robert Prevost'],
    ['The author Mark Twain, whose real name was Samuel Clemens, said he was ready.', 'Mark Twain', 'Samuel Clemens'],
  ])('%s', (text, name, alias) => {
    const actor = extractActors([article('a.txt', [text])]).find((a) => a.name === name || a.aliases.includes(name));
    expect(actor && [actor.name, ...actor.aliases]).toContain(alias);
  });

  it('does not link names a verb puts side by side ("Trump called Putin")', () => {
    const actors = extractActors([article('a.txt', ['President Donald Trump called President Vladimir Putin on Monday.'])]);
    expect(actors.filter((a) => a.kind === 'person')).toHaveLength(2);
  });

  it('joins a regnal name and the bare name: Pope Leo XIV is Leo', () => {
    const actors = extractActors([
      article('a.txt', ['Pope Leo XIV landed in Beirut on Sunday.'], 'One'),
      article('b.txt', ['Crowds waited for Pope Leo. Leo said he came with hope.'], 'Two'),
    ]).filter((a) => a.kind === 'person');
    expect(actors.map((a) => a.name)).toEqual(['Leo XIV']);
    expect(actors[0]!.aliases).toContain('Leo');
  });

  it('joins a two-word name to the one longer name it begins', () => {
    const actors = extractActors([article('a.txt', [
      'Saif al-Islam Gaddafi was killed in Zintan, his lawyer said.',
      'Saif al-Islam was 53. His adviser Abdullah Othman confirmed it, and Abdullah Othman Abdurrahim later spoke.',
    ])]).filter((a) => a.kind === 'person');
    expect(actors.map((a) => a.name).sort()).toEqual(['Abdullah Othman Abdurrahim', 'Saif al-Islam Gaddafi']);
  });
});
