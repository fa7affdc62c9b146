import { describe, expect, it } from 'vitest';
import { csvField, csvRow } from '../../../src/commands/output/csv.js';
import { writeList, type ListShape, type OutputFormat } from '../../../src/commands/output/list-output.js';
import { layoutTable } from '../../../src/commands/output/table.js';

interface Row { title: string; outlet: string | null; n: number }
const SHAPE: ListShape<Row> = {
  columns: [
    { header: 'TITLE', value: (r) => r.title, flexible: true },
    { header: 'OUTLET', value: (r) => r.outlet },
    { header: 'N', value: (r) => r.n },
  ],
  record: (r) => r,
};
const ROWS: Row[] = [
  { title: 'Bridge reopens after repairs to the harbour crossing', outlet: 'Gazette', n: 3 },
  { title: '=HYPERLINK("http://evil")', outlet: null, n: 12 },
  { title: 'Quote "this", and | that', outlet: 'Herald\nEvening', n: 0 },
];

function run(format: OutputFormat, width: number | null = null): string {
  let out = '';
  writeList(ROWS, SHAPE, format, { write: (t) => (out += t), width });
  return out;
}

describe('CSV fields (RFC 4180, formulas neutralised)', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+44 20 7946', "'+44 20 7946"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['=A1,B1', `"'=A1,B1"`],
    [null, ''],
  ])('%j → %s', (value, field) => expect(csvField(value)).toBe(field));

  it('ends every record with CRLF; numbers are left as numbers', () => {
    expect(csvRow(['a', 3, null])).toBe('a,3,\r\n');
  });
});

describe('a list in every format', () => {
  it('json is one array equal to the records, written record by record', () => {
    const chunks: string[] = [];
    writeList(ROWS, SHAPE, 'json', { write: (t) => chunks.push(t), width: null });
    expect(JSON.parse(chunks.join(''))).toEqual(ROWS);
    expect(chunks.length).toBe(ROWS.length + 1);
    let empty = '';
    writeList([], SHAPE, 'json', { write: (t) => (empty += t), width: null });
    expect(JSON.parse(empty)).toEqual([]);
  });

  it('jsonl is one record a line', () => {
    const lines = run('jsonl').trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual(ROWS);
  });

  it('csv has a header, one row an item, formulas neutralised, newlines made spaces', () => {
    const out = run('csv');
    expect(out.split('\r\n')[0]).toBe('TITLE,OUTLET,N');
    expect(out).toContain(`"'=HYPERLINK(""http://evil"")",,12`);
    expect(out).toContain('Herald Evening');
  });

  it('md escapes pipes so a cell cannot add a column', () => {
    const lines = run('md').trimEnd().split('\n');
    expect(lines[0]).toBe('| TITLE | OUTLET | N |');
    expect(lines[1]).toBe('|---|---|---|');
    expect(lines[4]).toContain('and \\| that');
    for (const l of lines.slice(2)) expect(l.replace(/\\\|/g, '').split('|')).toHaveLength(5);
  });

  it('text is never cut without a width (a pipe), and fits a terminal width when given one', () => {
    const whole = run('text');
    expect(whole).toContain(ROWS[0]!.title);
    expect(whole).toContain('—');
    const narrow = run('text', 40).trimEnd().split('\n');
    expect(narrow[1]).toContain('…');
    for (const l of narrow) expect([...l].length).toBeLessThanOrEqual(40);
  });

  it('counts terminal cells: CJK titles keep the columns aligned', () => {
    const rows = layoutTable([{ t: '東京の橋', o: 'X' }, { t: 'Bridge', o: 'Y' }], [{ header: 'T', value: (r: { t: string }) => r.t }, { header: 'O', value: (r: { o: string }) => r.o }], null);
    expect(rows[1]!.indexOf('X')).toBe(4 + 2);
    expect(rows[2]!.indexOf('Y')).toBe(6 + 2 + 2);
  });
});
