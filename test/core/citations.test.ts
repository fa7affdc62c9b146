import { describe, expect, it } from 'vitest';
import { citeArticle, citeEntry, citeQuote } from '../../src/core/citations.js';
import type { ChronologyEntry } from '../../src/core/types.js';
import { articleOf } from './compare/make-article.js';

const BBC = articleOf('002.txt', 'Trump says envoys on way', { outlet: 'BBC News', published: '2025-03-12', url: 'https://www.bbc.co.uk/news/x' });
const BARE = articleOf('notes/raw.txt', 'Untitled scrape');

describe('citations', () => {
  it('name outlet, title, date, address (or file) and paragraph', () => {
    expect(citeArticle(BBC, 3)).toBe('BBC News, “Trump says envoys on way”, 2025-03-12, https://www.bbc.co.uk/news/x, ¶4');
    expect(citeArticle(BARE)).toBe('unknown outlet, “Untitled scrape”, undated, notes/raw.txt');
  });

  it('put the speaker after the quote', () => {
    expect(citeQuote({ name: 'Steve Witkoff' }, { text: 'Peace is close', paragraph: 0 }, BBC)).toBe(
      '“Peace is close” — Steve Witkoff, BBC News, “Trump says envoys on way”, 2025-03-12, https://www.bbc.co.uk/news/x, ¶1',
    );
  });

  it('list every report of a dated event and its conflict', () => {
    const entry: ChronologyEntry = {
      id: 'e1', date: '2025-03-11', precision: 'day', text: 'Talks in Jeddah', actors: [], conflict: 'BBC News says 11 March; Wire says 12 March',
      sources: [{ articleId: '002.txt', outlet: 'BBC News', expression: 'on Tuesday', sentence: 'Talks in Jeddah on Tuesday.', paragraph: 5, date: '2025-03-11' }],
    };
    expect(citeEntry(entry, (id) => (id === BBC.id ? BBC : undefined)).split('\n')).toEqual([
      '2025-03-11: Talks in Jeddah',
      '  “on Tuesday” (2025-03-11) — BBC News, “Trump says envoys on way”, 2025-03-12, https://www.bbc.co.uk/news/x, ¶6',
      '  (BBC News says 11 March; Wire says 12 March)',
    ]);
  });
});
