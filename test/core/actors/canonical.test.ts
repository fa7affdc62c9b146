import { describe, expect, it } from 'vitest';
import { extractActors } from '../../../src/core/actors/index.js';
import { buildArticle } from '../../../src/core/analyse.js';
import { doc } from '../../support/corpus.js';

describe('canonical names', () => {
  it('prefers the spelling with a known given name when two outlets tie', () => {
    const articles = [
      doc('a.txt', 'Talks resume\n\nUkrainian President Volodomyr Zelensky said the talks would resume.'),
      doc('b.txt', 'Talks resume\n\nPresident Volodymyr Zelensky said on Monday the talks would resume.'),
    ].map(buildArticle);
    const zelensky = extractActors(articles).find((a) => a.aliases.includes('Volodomyr Zelensky') || a.name === 'Volodomyr Zelensky');
    expect(zelensky?.name).toBe('Volodymyr Zelensky');
  });
});

describe('professions as titles', () => {
  it.each([
    ['Economist Lena Vogt estimated the cost at 12 million euros.', 'Lena Vogt', 'Economist'],
    ['Analyst Tom Reid agreed with the forecast.', 'Tom Reid', 'Analyst'],
  ])('%s -> %s, role %s', (sentence, name, role) => {
    const actors = extractActors([buildArticle(doc('a.txt', `Headline\n\n${sentence}`))]);
    const person = actors.find((a) => a.kind === 'person');
    expect(person?.name).toBe(name);
    expect(person?.roles.map((r) => r.text)).toContain(role);
    expect(actors.some((a) => a.kind === 'organization')).toBe(false);
  });
});
