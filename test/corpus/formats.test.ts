import { describe, expect, it } from 'vitest';
import { readJson } from '../../src/corpus/formats/json.js';
import { readJsonl } from '../../src/corpus/formats/jsonl.js';
import { readMarkdown } from '../../src/corpus/formats/markdown.js';
import { readTxt } from '../../src/corpus/formats/txt.js';

describe('.txt', () => {
  it('is the whole text, with nothing known about it', () => {
    expect(readTxt('Headline\n\nBody.')).toEqual({ records: [{ text: 'Headline\n\nBody.', fields: {}, warnings: [] }], problems: [] });
  });
});

describe('.md', () => {
  it.each([
    [
      'full front matter',
      '---\ntitle: Live: day two\noutlet: The Ledger\nvia: aggregator.example\npublished: 2025-03-17\nurl: https://x.example/a\n---\nBody.',
      { title: 'Live: day two', outlet: 'The Ledger', via: 'aggregator.example', published: '2025-03-17', url: 'https://x.example/a' },
      'Body.',
    ],
    [
      'aliases and quotes',
      "---\ntitle: \"Quoted: yes\"\nsource: 'The Ledger'\ndate: March 17, 2025\nlink: https://x.example/b\ntags: [a, b]\n---\nBody.",
      { title: 'Quoted: yes', outlet: 'The Ledger', published: '2025-03-17', url: 'https://x.example/b' },
      'Body.',
    ],
    ['site as outlet', '---\nsite: Regional Times\n---\nBody.', { outlet: 'Regional Times' }, 'Body.'],
    ['no front matter', 'Just prose.\n', {}, 'Just prose.\n'],
    ['an unclosed --- is a rule, not front matter', '---\ntitle: no\nBody.', {}, '\ntitle: no\nBody.'],
    ['a leading heading is the title', '# The Headline\n\nBody.', { title: 'The Headline' }, 'The Headline\n\nBody.'],
    ['closing hashes of a heading go, a C# stays', '## Section ##\nWritten in C#', {}, 'Section\nWritten in C#'],
    ['front matter title wins over the heading', '---\ntitle: Front\n---\n# Heading\nBody.', { title: 'Front' }, 'Heading\nBody.'],
    [
      'Markdown syntax becomes prose, line by line',
      'A **bold** and *italic* [link](https://x.example) ![a chart](c.png).\n> quoted\n\n---\nsnake_case_name stays',
      {},
      'A bold and italic link a chart.\nquoted\n\n\nsnake_case_name stays',
    ],
  ])('%s', (_name, input, fields, text) => {
    const { records, problems } = readMarkdown(input);
    expect(problems).toEqual([]);
    expect(records).toEqual([{ text, fields, warnings: [] }]);
  });

  it('a date that does not parse is a warning and no date', () => {
    const [record] = readMarkdown('---\ntitle: T\npublished: yesterday\n---\nBody.').records;
    expect(record?.fields).toEqual({ title: 'T' });
    expect(record?.warnings).toEqual(['published: not a date: "yesterday"']);
  });
});

describe('.json', () => {
  it('one object is one article, without #N', () => {
    const result = readJson(JSON.stringify({ title: 'T', outlet: 'Wire', published: '2025-03-16', url: 'https://w.example', text: 'Body.' }));
    expect(result).toEqual({
      records: [{ text: 'Body.', fields: { title: 'T', outlet: 'Wire', published: '2025-03-16', url: 'https://w.example' }, warnings: [] }],
      problems: [],
    });
  });

  it.each([
    ['source as a string', { source: 'Wire', text: 'x' }, { outlet: 'Wire' }],
    ['source as {name}', { source: { name: 'Wire' }, text: 'x' }, { outlet: 'Wire' }],
    ['date in words', { date: 'March 16, 2025', text: 'x' }, { published: '2025-03-16' }],
    ['link as url', { link: 'https://a.example', text: 'x' }, { url: 'https://a.example' }],
    ['via', { via: 'Aggregator', text: 'x' }, { via: 'Aggregator' }],
    ['blank strings are absent', { title: '  ', text: 'x' }, {}],
  ])('%s', (_name, object, fields) => {
    expect(readJson(JSON.stringify(object)).records[0]?.fields).toEqual(fields);
  });

  it.each([
    ['text', { text: 'Body.' }, 'Body.'],
    ['body', { body: 'Body.' }, 'Body.'],
    ['content', { content: 'Body.' }, 'Body.'],
    ['paragraphs as an array', { body: ['One.', 'Two.'] }, 'One.\n\nTwo.'],
    ['CRLF inside the string', { text: 'One.\r\nTwo.' }, 'One.\nTwo.'],
  ])('body from %s', (_name, object, text) => {
    expect(readJson(JSON.stringify(object)).records[0]?.text).toBe(text);
  });

  it('an array gives one record per object, numbered from 1, each hashed on its own JSON', () => {
    const { records, problems } = readJson(JSON.stringify([{ text: 'A' }, 42, { title: 'no body' }, { text: 'D' }]));
    expect(records.map((r) => [r.index, r.text, r.source])).toEqual([
      [1, 'A', '{"text":"A"}'],
      [4, 'D', '{"text":"D"}'],
    ]);
    expect(problems).toEqual([
      { record: 2, reason: 'not an article object (got number)' },
      { record: 3, reason: 'no text (expected a "text", "body" or "content" field)' },
    ]);
  });

  it.each([
    ['not JSON', '{"title": "cut off', /^not valid JSON \(/],
    ['an empty array', '[]', /^empty array: no articles$/],
    ['a bare string', '"just text"', /^not an article object \(got string\)$/],
  ])('%s is a problem for the whole file', (_name, input, reason) => {
    const { records, problems } = readJson(input);
    expect(records).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.record).toBeUndefined();
    expect(problems[0]?.reason).toMatch(reason);
  });

  it('a bad date or a wrong-typed field is a warning on the record, which still loads', () => {
    const [record] = readJson(JSON.stringify({ title: 7, published: 'last Tuesday', text: 'x' })).records;
    expect(record?.fields).toEqual({});
    expect(record?.warnings).toEqual(['title: expected text, got 7', 'published: not a date: "last Tuesday"']);
  });
});

describe('.jsonl', () => {
  const feed = [
    '{"title": "One", "text": "First."}',
    '{"title": "broken", "text": ',
    '',
    '{"title": "Headline only"}',
    '{"headline": "Four", "content": "Fourth."}',
  ].join('\n');

  it('loads every good line; a malformed line is a problem naming its line number', () => {
    const { records, problems } = readJsonl(feed);
    expect(records.map((r) => [r.index, r.fields.title, r.text])).toEqual([
      [1, 'One', 'First.'],
      [4, 'Four', 'Fourth.'],
    ]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ record: 2 });
    expect(problems[0]?.reason).toMatch(/^line 2: not valid JSON \(/);
    expect(problems[1]).toEqual({ record: 3, reason: 'line 4: no text (expected a "text", "body" or "content" field)' });
  });

  it('hashes each record on its own line, so editing one line changes one key', () => {
    const { records } = readJsonl(feed);
    expect(records[0]?.source).toBe('{"title": "One", "text": "First."}');
  });

  it('a file of blank lines has no articles', () => {
    expect(readJsonl('\n\n').problems).toEqual([{ reason: 'no articles' }]);
  });
});

describe('pathological input', () => {
  it('reads a long line of unclosed emphasis in linear time', () => {
    const started = performance.now();
    const [record] = readMarkdown('**a '.repeat(75_000)).records;
    expect(record?.text.length).toBeGreaterThan(0);
    // Quadratic matching took minutes on this; linear takes well under a second.
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
