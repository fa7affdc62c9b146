import { describe, expect, it } from 'vitest';
import { parseColumns } from '../../src/commands/args.js';
import { readCsv } from '../../src/corpus/formats/csv.js';
import type { ColumnChoice } from '../../src/corpus/formats/types.js';

const read = (text: string | Uint8Array, columns: ColumnChoice = {}, delimiter: ',' | '\t' = ',') =>
  readCsv(typeof text === 'string' ? Buffer.from(text, 'utf8') : text, { file: 'export.csv', columns, size: text.length }, delimiter);

describe('CSV and TSV exports', () => {
  it('reads one article per row, every field by its usual header, id by row', async () => {
    const csv = 'title,url,date,outlet,text,author\nTram line approved,https://l.example/1,2025-03-11,The Ledger,The council approved it.,Ann Lee\n';
    const { records, problems, notes } = await read(csv);
    expect(problems).toEqual([]);
    expect(notes).toEqual([]);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      index: 1,
      text: 'The council approved it.',
      fields: { title: 'Tram line approved', url: 'https://l.example/1', published: '2025-03-11', outlet: 'The Ledger', author: 'Ann Lee' },
      warnings: [],
    });
  });

  it.each([
    ['headline', 'body', 'publish_date', 'media_name', 'byline', 'link'],
    ['Headline', 'Content', 'Published', 'Source', 'Author', 'URL'],
    ['HEADLINE', 'article', 'Publish Date', 'publisher', 'byline', 'Link'],
  ])('finds columns by other names, in any case: %s, %s, %s, %s', async (title, text, date, outlet, author, url) => {
    const csv = `${title},${text},${date},${outlet},${author},${url}\nT,Body.,"March 11, 2025",Wire,Bo Ek,https://w.example\n`;
    const [record] = (await read(csv)).records;
    expect(record?.fields).toEqual({ title: 'T', published: '2025-03-11', outlet: 'Wire', author: 'Bo Ek', url: 'https://w.example' });
    expect(record?.text).toBe('Body.');
  });

  it('follows RFC 4180: quoted commas, doubled quotes, newlines inside quotes, a BOM, CRLF', async () => {
    const csv = '\ufeff"title","text"\r\n"One, two","He said ""yes"".\r\nThen he left."\r\n"Second",plain\r\n';
    const { records } = await read(csv);
    expect(records.map((r) => [r.index, r.fields.title, r.text])).toEqual([
      [1, 'One, two', 'He said "yes".\nThen he left.'],
      [2, 'Second', 'plain'],
    ]);
  });

  it('reads TSV with tabs, quoted fields included', async () => {
    const tsv = 'headline\tbody\tdate\nA\tFirst body, with a comma.\t2025-03-11\nB\t"Quoted\ttab"\t2025-03-12\n';
    const { records } = await read(tsv, {}, '\t');
    expect(records.map((r) => [r.fields.title, r.text, r.fields.published])).toEqual([
      ['A', 'First body, with a comma.', '2025-03-11'],
      ['B', 'Quoted\ttab', '2025-03-12'],
    ]);
  });

  it('uses --columns for headers the usual names miss', async () => {
    const csv = 'story_body,pub,headline\nThe text.,2025-03-11,T\n';
    const [record] = (await read(csv, parseColumns('text=story_body,date=pub'))).records;
    expect(record).toMatchObject({ text: 'The text.', fields: { title: 'T', published: '2025-03-11' } });
  });

  it('names the file\'s headers when no text column exists', async () => {
    const { records, problems } = await read('id,headline,date\n1,T,2025-03-11\n');
    expect(records).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.reason).toMatch(/^no text column .*--columns text=HEADER.*headers: "id", "headline", "date"$/);
  });

  it('says when a --columns header is not in the file', async () => {
    const { problems } = await read('title,text\nT,Body.\n', { text: 'story_body' });
    expect(problems[0]?.reason).toBe('no column "story_body" (from --columns text=story_body); headers: "title", "text"');
  });

  it('keeps the rows before a quote left open, and names the line it opened on', async () => {
    const csv = 'title,text\nA,"fine"\nB,"also fine\nover two lines"\nC,"never closed\nD,lost\n';
    const { records, notes } = await read(csv);
    expect(records.map((r) => r.fields.title)).toEqual(['A', 'B']);
    expect(notes).toEqual(['a quote opened on line 5 is never closed: the rows from line 5 on were not read']);
  });

  it('a row with no text is a problem naming its row and line; blank lines are not rows', async () => {
    const { records, problems } = await read('title,text\nA,Body.\n\nB,\nC,More.\n');
    expect(records.map((r) => [r.index, r.fields.title])).toEqual([[1, 'A'], [3, 'C']]);
    expect(problems).toEqual([{ record: 2, reason: 'line 4: no text' }]);
  });

  it('a date that is not one is a warning on the row', async () => {
    const [record] = (await read('text,date\nBody.,soon\n')).records;
    expect(record?.fields).toEqual({});
    expect(record?.warnings).toEqual(['date: not a date: "soon"']);
  });

  it('decodes a Windows-1252 export and says so', async () => {
    const bytes = Buffer.concat([Buffer.from('text\nCaf'), Buffer.from([0xe9]), Buffer.from(' du port.\n')]);
    const [record] = (await read(bytes)).records;
    expect(record?.text).toBe('Café du port.');
    expect(record?.warnings).toEqual(['decoded as Windows-1252']);
  });

  it('keys each row\'s cache entry by its cells and the column choice', async () => {
    const csv = 'text,alt\nOne.,Two.\n';
    const [plain] = (await read(csv)).records;
    const [chosen] = (await read(csv, { text: 'alt' })).records;
    expect(chosen?.text).toBe('Two.');
    expect(plain?.source).not.toBe(chosen?.source);
  });
});

describe('--columns', () => {
  it.each([
    ['text=story_body', { text: 'story_body' }],
    ['text=story_body,date=pub', { text: 'story_body', date: 'pub' }],
    ['published=Pub Date, Title=hed', { date: 'Pub Date', title: 'hed' }],
  ])('%s', (value, expected) => {
    expect(parseColumns(value)).toEqual(expected);
  });

  it.each(['text', 'body=story', 'text=', ''])('rejects %j with a line that says what to write', (value) => {
    expect(() => parseColumns(value)).toThrow(/--columns .*(FIELD=HEADER)/);
  });
});
