import { describe, expect, it } from 'vitest';
import { fitStatus } from '../../src/ui/components/StatusBar.js';
import { Memo } from '../../src/ui/memo.js';
import { listModel } from '../../src/ui/models/list.js';
import { scrollbar, scrollTop } from '../../src/ui/models/scroll.js';
import { removedSpan } from '../../src/ui/reader-lines.js';
import { textWidth } from '../../src/ui/text-width.js';

describe('the scroll controller', () => {
  it.each([
    // total, height, top, row, first line shown
    [100, 10, 95, null, 90],
    [100, 10, -3, null, 0],
    [8, 10, 5, null, 0],
    [100, 10, 0, { start: 3, end: 5 }, 0],
    [100, 10, 0, { start: 50, end: 52 }, 47],
    [100, 10, 0, { start: 50, end: 70 }, 50],
    [100, 10, 0, { start: 98, end: 100 }, 90],
  ] as const)('%i lines in %i rows from %i around %j start at %i', (total, height, top, row, expected) => {
    expect(scrollTop(total, height, top, row)).toBe(expected);
  });

  it('draws a scrollbar only when the lines do not fit, its thumb at the end at the end', () => {
    expect(scrollbar(10, 0, 10)).toBeNull();
    expect(scrollbar(100, 0, 10)).toEqual({ from: 0, to: 1 });
    expect(scrollbar(100, 90, 10)).toEqual({ from: 9, to: 10 });
  });
});

describe('the list controller', () => {
  it('keeps the selection by id, falls back to the first row, and says where it is', () => {
    const ids = Array.from({ length: 83 }, (_, i) => `id${i}`);
    const memo = new Memo();
    const at = listModel(memo, { ids, selectedId: 'id11', height: 10, empty: 'none', row: (id) => id });
    expect(at.position).toBe('12/83');
    expect(at.visible.find((v) => v.selected)?.row).toBe('id11');
    expect(at.visible).toHaveLength(10);
    const gone = listModel(memo, { ids, selectedId: 'missing', height: 10, empty: 'none', row: (id) => id });
    expect(gone.selectedId).toBe('id0');
    expect(listModel(memo, { ids: [], selectedId: null, height: 10, empty: 'none', row: (id) => id }).position).toBe('0/0');
  });
});

describe('the memo', () => {
  it('makes a value once per identity of its keys and keeps the last few', () => {
    const memo = new Memo();
    const a = {};
    const b = {};
    let made = 0;
    const get = (key: object) => memo.get('slot', [key], () => ++made, 1);
    expect([get(a), get(a), get(b), get(b), get(a)]).toEqual([1, 1, 2, 2, 3]);
  });
});

describe('the status bar', () => {
  it.each([40, 60, 80, 120])('fits %i cells and always ends in "? help"', (width) => {
    const fitted = fitStatus('Articles · 12/83 · 83 of 340 articles · 2 marked', 'Two marked: press c to compare them',
      ['Space mark', 'c compare', 'Enter open', 'Esc back', '/ filter'], 3, width);
    const text = ` ${fitted.place} ${fitted.message ? ` ${fitted.message} ` : ''}${fitted.hints}`;
    expect(textWidth(text)).toBeLessThanOrEqual(width);
    expect(fitted.hints.endsWith('3 skipped · w · ? help')).toBe(true);
  });
});

describe('what the raw view dims', () => {
  it.each([
    ['By Jane Doe The port reopened.', ['By Jane Doe'], [0, 11]],
    ['The port reopened. | Example News', ['| Example News'], [19, 33]],
    ['Share on Facebook', ['Share on Facebook'], [0, 17]],
    ['text with a stripped control', ['\u0007'], [0, 28]],
  ] as const)('%j less %j dims %j', (line, removed, span) => {
    expect(removedSpan(line, removed)).toEqual(span);
  });
});
