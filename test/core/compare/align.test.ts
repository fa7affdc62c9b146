import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../../src/core/compare/index.js';
import type { CompareRow } from '../../../src/core/types.js';
import { articleOf } from './make-article.js';

const WIRE = `Flood waters rose across northern Italy on Tuesday, forcing the evacuation of 3,000 people from villages along the Po river.
The civil protection agency said 40 roads had been closed and rail services between Milan and Bologna were suspended.
"We have never seen the river this high in March," said Marco Bellini, the mayor of Piacenza.
Regional authorities asked the government in Rome to declare a state of emergency.
Forecasters expect more rain on Wednesday before conditions improve at the weekend.`;

/** The same text as a reprint: curly quotes, different spacing, plus the reposting site's credit line. */
const REPRINT = `Flood waters rose across northern Italy on Tuesday, forcing the evacuation of 3,000 people from villages along the Po river.
The civil protection agency said 40 roads had been closed and rail services between Milan  and Bologna were suspended.
“We have never seen the river this high in March,” said Marco Bellini, the mayor of Piacenza.
Regional authorities asked the government in Rome to declare a state of emergency.
Forecasters expect more rain on Wednesday before conditions improve at the weekend.`;

/** A rewrite: the same facts with words changed in each sentence. */
const REWRITE = `Flood waters rose across northern Italy on Tuesday, forcing the evacuation of about 3,000 residents from villages along the Po river.
The civil protection agency said 40 roads were closed and train services between Milan and Bologna had been halted.
"We have never seen the river this high in March," said Marco Bellini, mayor of Piacenza.
Regional authorities urged the government in Rome to declare a state of emergency.
Forecasters expect more heavy rain on Wednesday before conditions improve at the weekend.`;

/** The same paragraphs in another order. */
const REORDERED = `Regional authorities asked the government in Rome to declare a state of emergency.
"We have never seen the river this high in March," said Marco Bellini, the mayor of Piacenza.
Flood waters rose across northern Italy on Tuesday, forcing the evacuation of 3,000 people from villages along the Po river.
Forecasters expect more rain on Wednesday before conditions improve at the weekend.
The civil protection agency said 40 roads had been closed and rail services between Milan and Bologna were suspended.`;

const UNRELATED = `The central bank left interest rates unchanged at 4.5 percent on Thursday, citing stubborn inflation in services.
Its governor told a news conference that cuts were unlikely before the summer.
Markets had priced in a small chance of a reduction, and the currency rose slightly after the announcement.`;

const kinds = (rows: CompareRow[]) => rows.map((r) => r.kind);

describe('compareArticles aligns sentences', () => {
  it.each([
    ['a reprint that changed only typography', 1, REPRINT, ['same', 'same', 'same', 'same', 'same']],
    ['paragraphs moved around', 1, REORDERED, ['same', 'same', 'same', 'same', 'same']],
  ])('%s: similarity %s, every row the same', (_name, similarity, other, expected) => {
    const result = compareArticles(articleOf('a', WIRE), articleOf('b', other), []);
    expect(result.similarity).toBe(similarity);
    expect(kinds(result.rows)).toEqual(expected);
  });

  it('a reprint with the reposting site\'s credit line is nearly identical, the credit only in B', () => {
    const result = compareArticles(articleOf('a', WIRE), articleOf('b', `${REPRINT}\nThis article originally appeared at Example News.`), []);
    expect(result.similarity).toBeGreaterThan(0.9);
    expect(kinds(result.rows)).toEqual(['same', 'same', 'same', 'same', 'same', 'onlyB']);
    expect(result.rows.at(-1)?.b).toBe('This article originally appeared at Example News.');
  });

  it('a rewrite gives changed rows, each with a word diff of that sentence pair', () => {
    const result = compareArticles(articleOf('a', WIRE), articleOf('b', REWRITE), []);
    expect(kinds(result.rows)).toEqual(['changed', 'changed', 'same', 'changed', 'changed']);
    expect(result.similarity).toBeGreaterThan(0.7);
    expect(result.similarity).toBeLessThan(1);
    expect(result.rows[3]?.diff).toEqual([
      { op: 'same', text: 'Regional authorities' },
      { op: 'remove', text: 'asked' },
      { op: 'add', text: 'urged' },
      { op: 'same', text: 'the government in Rome to declare a state of emergency.' },
    ]);
  });

  it('keeps moved paragraphs in A\'s reading order, paired with their partners', () => {
    const result = compareArticles(articleOf('a', WIRE), articleOf('b', REORDERED), []);
    expect(result.rows.map((r) => r.a)).toEqual(articleOf('a', WIRE).paragraphs);
    for (const row of result.rows) expect(row.b).toBe(row.a);
  });

  it('two unrelated articles share nothing: low similarity, rows only in A or only in B', () => {
    const result = compareArticles(articleOf('a', WIRE), articleOf('b', UNRELATED), []);
    expect(result.similarity).toBeLessThan(0.1);
    expect(new Set(kinds(result.rows))).toEqual(new Set(['onlyA', 'onlyB']));
    expect(result.rows).toHaveLength(8);
  });

  it.each([
    [
      'one sentence in A, split in two in B',
      'The minister resigned on Friday after a report found she had misled parliament about the contracts.',
      'The minister resigned on Friday. A report found she had misled parliament about the contracts.',
      [{ op: 'same', text: 'The minister resigned on' }, { op: 'remove', text: 'Friday after a' },
        { op: 'add', text: 'Friday. A' }, { op: 'same', text: 'report found she had misled parliament about the contracts.' }],
    ],
    [
      'two sentences in A, joined in B',
      'Rescue teams reached the village at dawn. They found the bridge had been swept away by the river.',
      'Rescue teams reached the village at dawn and found the bridge had been swept away by the river.',
      [{ op: 'same', text: 'Rescue teams reached the village at' }, { op: 'remove', text: 'dawn. They' },
        { op: 'add', text: 'dawn and' }, { op: 'same', text: 'found the bridge had been swept away by the river.' }],
    ],
  ])('%s: one row joins the two with a space, and its diff shows the seam', (_name, a, b, diff) => {
    const result = compareArticles(articleOf('a', a), articleOf('b', b), []);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]).toMatchObject({ a, b, diff });
  });

  it('places a sentence only B has where it falls in B, after the row of its predecessor', () => {
    const b = WIRE.replace('Regional authorities', 'Schools in 12 towns will stay closed until Friday.\nRegional authorities');
    const result = compareArticles(articleOf('a', WIRE), articleOf('b', b), []);
    expect(kinds(result.rows)).toEqual(['same', 'same', 'same', 'onlyB', 'same', 'same']);
  });

  it('gives an empty comparison for empty articles rather than failing', () => {
    const result = compareArticles(articleOf('a', ''), articleOf('b', ''), []);
    expect(result).toMatchObject({ similarity: 0, rows: [], quotes: [], figuresOnlyA: [], figuresOnlyB: [] });
  });
});
