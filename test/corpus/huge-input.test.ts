import { describe, expect, it } from 'vitest';
import { readJson } from '../../src/corpus/formats/json.js';
import { readMarkdown } from '../../src/corpus/formats/markdown.js';
import { checkManifest } from '../../src/corpus/manifest-check.js';
import { deepArray } from '../fixtures/make-hostile-folder.js';

// JSON.parse reads any depth, but JSON.stringify recurses: 6,000 levels (12 KB) overflowed V8's stack
// where a record's text was hashed or a bad value quoted, and the whole folder was lost.
describe('JSON nested thousands deep', () => {
  it('an array of arrays is a problem for its record, not an exception', () => {
    expect(readJson(deepArray(6000))).toEqual({ records: [], problems: [{ record: 1, reason: 'not an article object (got an array)' }] });
  });

  it('an article holding a deep value still reads, and two such articles hash apart', () => {
    const result = readJson(`[{"title": "A", "text": "First.", "x": ${deepArray(6000)}}, {"title": "B", "text": "Second.", "x": ${deepArray(6000)}}]`);
    expect(result.records.map((r) => [r.index, r.text, r.fields.title])).toEqual([[1, 'First.', 'A'], [2, 'Second.', 'B']]);
    expect(result.records[0]!.source).not.toBe(result.records[1]!.source);
  });

  it('a deep value where text was expected is described in the warning', () => {
    const [record] = readJson(`{"title": ${deepArray(6000)}, "date": ${deepArray(6000)}, "text": "Body."}`).records;
    expect(record?.warnings).toEqual(['title: expected text, got an array nested too deep to show', 'date: not a date: an array nested too deep to show']);
  });

  it('a deep value in the manifest is a problem sentence', () => {
    const checked = checkManifest(JSON.parse(`{"version": ${deepArray(6000)}, "articles": {"a.txt": {"title": ${deepArray(6000)}}}}`));
    expect(checked.problems).toEqual([
      'version: expected 1, got an array nested too deep to show',
      'articles["a.txt"].title: expected a string, got an array',
    ]);
  });
});

/** The two link regexes the scanner replaced, as the specification of what it must do. */
const linksByRegex = (line: string): string => line.replace(/!\[([^\]\n]*)\]\([^)\n]*\)/g, '$1').replace(/\[([^\]\n]+)\]\([^)\n]*\)/g, '$1');

describe('Markdown links on any line', () => {
  it('reads links and images as the regexes did, on 20,000 random lines of brackets', () => {
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pieces = ['[', ']', '(', ')', '!', 'a', ' ', '![', '](', 'b c'];
    for (let n = 0; n < 20_000; n++) {
      let line = '';
      for (let i = Math.floor(random() * 14); i > 0; i--) line += pieces[Math.floor(random() * pieces.length)];
      expect(readMarkdown(line).records[0]!.text, line).toBe(linksByRegex(line));
    }
  });

  // The regexes scanned to the line's end from every `[` with no `)` after it: minutes on 20 MB.
  it('reads "[a](" repeated over 20 MB in one pass', { timeout: 120_000 }, () => {
    const line = '[a]('.repeat(5_000_000);
    expect(readMarkdown(line).records[0]!.text).toBe(line);
    expect(readMarkdown(`${'[a]('.repeat(1_000_000)}x)`).records[0]!.text).toBe('a'); // one link: its target runs to the only `)`
  });
});
