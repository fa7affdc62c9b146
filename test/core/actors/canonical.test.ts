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
