import { describe, expect, it } from 'vitest';
import type { CompareRow } from '../../../src/core/types.js';
import { layoutRows, sideSpans } from '../../../src/ui/compare/row-layout.js';
import type { Span } from '../../../src/ui/compare/spans.js';

const changed: CompareRow = {
  kind: 'changed',
  a: 'The strike had left 40 ships waiting, according to the port.',
  b: 'The walkout had stranded 40 ships, the port claimed.',
  similarity: 0.6,
  diff: [
    { op: 'same', text: 'The' }, { op: 'remove', text: 'strike' }, { op: 'add', text: 'walkout' },
    { op: 'same', text: 'had' }, { op: 'remove', text: 'left' }, { op: 'add', text: 'stranded' },
    { op: 'same', text: '40' }, { op: 'remove', text: 'ships waiting, according to' }, { op: 'add', text: 'ships,' },
    { op: 'same', text: 'the' }, { op: 'remove', text: 'port.' }, { op: 'add', text: 'port claimed.' },
  ],
};
const same: CompareRow = { kind: 'same', a: 'The port reopened.', b: 'The port reopened.', similarity: 1 };
const onlyA: CompareRow = { kind: 'onlyA', a: 'Port director Henrik Lund spoke.', b: null, similarity: 0 };
const onlyB: CompareRow = { kind: 'onlyB', a: null, b: 'Shoppers feared empty shelves.', similarity: 0 };

const styled = (spans: Span[], style: Span['style']) => spans.filter((s) => s.style === style).map((s) => s.text);
const text = (spans: Span[]) => spans.map((s) => s.text).join('');

describe('sideSpans: the words a changed sentence lost and gained', () => {
  it.each([
    ['A shows the removed words', 'a', 'removed', ['strike', 'left', 'ships waiting, according to', 'port.']],
    ['B shows the added words', 'b', 'added', ['walkout', 'stranded', 'ships,', 'port claimed.']],
  ] as const)('%s', (_, side, style, words) => {
    expect(styled(sideSpans(changed, side), style)).toEqual(words);
  });

  it('rebuilds each side\'s own sentence, never the other\'s words', () => {
    expect(text(sideSpans(changed, 'a'))).toBe(changed.a);
    expect(text(sideSpans(changed, 'b'))).toBe(changed.b);
  });

  it('keeps A\'s own quotation marks where the diff carries B\'s spelling', () => {
    const row: CompareRow = { kind: 'changed', a: '“We narrowed the differences.”', b: '"We narrowed the differences," he said.', similarity: 0.9,
      diff: [{ op: 'same', text: '"We narrowed the' }, { op: 'remove', text: 'differences."' }, { op: 'add', text: 'differences," he said.' }] };
    expect(text(sideSpans(row, 'a'))).toBe('“We narrowed the differences.”');
  });

  it.each([
    ['a sentence only A has', onlyA, 'a', 'onlyA'],
    ['a sentence only B has', onlyB, 'b', 'onlyB'],
    ['a sentence both tell alike', same, 'a', 'plain'],
  ] as const)('marks %s as a whole', (_, row, side, style) => {
    expect(sideSpans(row, side)).toEqual([{ text: row[side], style }]);
  });

  it('drops control sequences an article carries', () => {
    expect(text(sideSpans({ ...onlyA, a: 'Lund\u001b[2J spoke\u202e.' }, 'a'))).toBe('Lund spoke.');
  });
});

describe('layoutRows', () => {
  it('side by side: both versions of a row start on one line, the gutter mark between, later lines ruled', () => {
    const { lines, rowStarts } = layoutRows([changed, onlyB], 47, false);
    expect(lines.map((l) => text(l.spans))).toEqual([
      'The strike had left 40 ~ The walkout had',
      'ships waiting,         │ stranded 40 ships, the',
      'according to the port. │ port claimed.',
      `${' '.repeat(22)} + Shoppers feared empty`,
      `${' '.repeat(22)} │ shelves.`,
    ]);
    expect(rowStarts).toEqual([0, 3]);
    expect(lines.map((l) => l.row)).toEqual([0, 0, 0, 1, 1]);
  });

  it('stacked: A above B with a side label, the mark on the row\'s first line', () => {
    const { lines } = layoutRows([changed, same, onlyA], 40, true);
    expect(lines.map((l) => text(l.spans))).toEqual([
      '~ A The strike had left 40 ships',
      '    waiting, according to the port.',
      '  B The walkout had stranded 40 ships,',
      '    the port claimed.',
      '=   The port reopened.',
      '− A Port director Henrik Lund spoke.',
    ]);
  });

  it.each([[100, false], [60, true], [41, false], [12, true]] as const)('never draws past the width (%i columns, stacked %s)', (width, stack) => {
    for (const line of layoutRows([changed, same, onlyA, onlyB], width, stack).lines) expect([...text(line.spans)].length).toBeLessThanOrEqual(width);
  });
});
