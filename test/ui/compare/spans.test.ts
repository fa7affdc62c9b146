import { describe, expect, it } from 'vitest';
import { spansWidth, truncateSpans, wrapSpans, type Span } from '../../../src/ui/compare/spans.js';

const plain = (text: string): Span => ({ text, style: 'plain' });
const removed = (text: string): Span => ({ text, style: 'removed' });
const asText = (lines: Span[][]) => lines.map((l) => l.map((s) => s.text).join(''));

describe('wrapSpans', () => {
  it.each([
    ['breaks at spaces', [plain('the port handles a third of imports')], 12, ['the port', 'handles a', 'third of', 'imports']],
    ['cuts a word longer than the line', [plain('Northport-Southport')], 8, ['Northpor', 't-Southp', 'ort']],
    ['collapses runs of spaces', [plain('a   b')], 10, ['a b']],
    ['gives one empty line for no text', [], 10, ['']],
    ['counts wide characters as two cells', [plain('港口 罢工 结束')], 5, ['港口', '罢工', '结束']],
  ] as const)('%s', (_, spans, width, expected) => {
    expect(asText(wrapSpans([...spans], width))).toEqual(expected);
  });

  it('keeps a changed phrase marked on both sides of a line break', () => {
    const lines = wrapSpans([plain('The'), plain(' '), removed('strike had left'), plain(' '), plain('ships')], 15);
    expect(lines).toEqual([
      [plain('The '), removed('strike had')],
      [removed('left'), plain(' ships')],
    ]);
  });

  it('never makes a line wider than asked', () => {
    const text = 'Witkoff, who met with Putin for four hours on Thursday in Moscow, said on Sunday';
    for (const width of [1, 5, 17, 40]) for (const line of wrapSpans([plain(text)], width)) expect(spansWidth(line)).toBeLessThanOrEqual(width);
  });
});

describe('truncateSpans', () => {
  it.each([
    ['leaves a line that fits', 'Figures only in B', 20, 'Figures only in B'],
    ['ends a cut line in an ellipsis', 'Figures only in B', 10, 'Figures o…'],
  ] as const)('%s', (_, text, width, expected) => {
    expect(truncateSpans([plain(text)], width).map((s) => s.text).join('')).toBe(expected);
  });
});
