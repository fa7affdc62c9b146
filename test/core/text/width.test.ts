import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { cell } from '../../../src/commands/text-table.js';
import { graphemes, pad, textWidth, truncate, wrap } from '../../../src/core/text/width.js';

// Cells as a terminal (and Ink, which measures with string-width) draws them.
describe('textWidth', () => {
  it.each([
    ['ASCII', 'Witkoff', 7],
    ['CJK', '特朗普', 6],
    ['Hangul', '트럼프', 6],
    ['fullwidth forms', 'ＡＢ', 4],
    ['⚡ emoji presentation', '⚡', 2],
    ['☕ emoji presentation', '☕', 2],
    ['🫠 (Unicode 14)', '🫠', 2],
    ['🗞 without VS16 is text presentation', '🗞', 1],
    ['🗞 with VS16', '🗞\ufe0f', 2],
    ['☺ with VS16', '☺\ufe0f', 2],
    ['combining acute', 'e\u0301', 1],
    ['Thai vowel above', 'กิ', 1],
    ['Thai tone mark', 'ก่', 1],
    ['Devanagari vowel sign below (Mn)', 'कु', 1],
    ['ZWJ family is one glyph', '👨\u200d👩\u200d👧', 2],
    ['ZWJ technologist', '👩\u200d💻', 2],
    ['flag', '🇺🇦', 2],
    ['Persian with ZWNJ', 'می\u200cخواهم', 7],
  ])('%s: %j is %i cells', (_what, text, cells) => {
    expect(textWidth(text)).toBe(cells);
    expect(textWidth(text)).toBe(stringWidth(text));
  });

  it('agrees with string-width on the marks, symbols and emoji blocks, and a sample of the rest', () => {
    const dense = (code: number) => (code >= 0x300 && code < 0x3100) || (code >= 0x1f000 && code < 0x1fb00);
    for (let code = 0x20; code < 0x20000; code += 1) {
      if (!dense(code) && code % 13 !== 0) continue;
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCodePoint(code);
      if (textWidth(ch) !== stringWidth(ch)) throw new Error(`U+${code.toString(16)}: ${textWidth(ch)} vs ${stringWidth(ch)}`);
    }
  });

  it('agrees with string-width on random mixes of joined, wide, marked and plain text', () => {
    const parts = ['a', ' ', '特', '트', 'ก', 'ิ', 'e\u0301', '⚡', '🗞', '\ufe0f', '\u200d', '\u200c', '👩', '💻', '🇺', '🇦', '🏽', '1\u20e3', 'ᄀ', 'ᅡ', 'ᆨ', 'ﾞ', 'क', 'ि', '\u0600', 'م', '\r', '\n'];
    let seed = 7;
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let k = 0; k < 1 + (n % 9); k++) text += parts[(seed = (seed * 1103515245 + 12345) % 2147483648) % parts.length];
      expect(textWidth(text), JSON.stringify(text)).toBe(stringWidth(text));
    }
  });

  it('measures a long ASCII line fast', () => {
    const text = 'The harbour bridge reopened on Monday, the mayor said. '.repeat(20_000);
    const started = performance.now();
    for (let i = 0; i < 20; i++) textWidth(text);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('truncate, pad and wrap cut at glyphs, never inside one', () => {
  it.each([
    ['特朗普会见普京', 7, '特朗普…'],
    ['ab⚡cd', 4, 'ab…'],
    ['👨\u200d👩\u200d👧 family', 4, '👨\u200d👩\u200d👧 …'],
    ['e\u0301e\u0301e\u0301e\u0301', 3, 'e\u0301e\u0301…'],
    ['short', 10, 'short'],
  ])('truncate(%j, %i) = %j', (text, width, cut) => {
    expect(truncate(text, width)).toBe(cut);
    expect(textWidth(truncate(text, width))).toBeLessThanOrEqual(width);
  });

  it('pads to cells', () => {
    expect(textWidth(pad('特朗普', 10))).toBe(10);
    expect(textWidth(pad('☕ talks', 10))).toBe(10);
  });

  it('wraps a ZWJ sequence as one glyph and never past the width', () => {
    const lines = wrap('👩\u200d💻👩\u200d💻👩\u200d💻 特朗普会见普京 ok', 4);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(4);
    expect(lines.join('')).toContain('👩\u200d💻');
    expect(graphemes('👩\u200d💻x')).toEqual(['👩\u200d💻', 'x']);
  });
});

describe('the command-line table', () => {
  it.each([
    ['特朗普与普京通话', 12],
    ['⚡ Breaking: ☕ shortage', 12],
    ['🫠 Ukraine 🇺🇦 talks', 12],
    ['กิน ข้าว', 12],
    ['👨\u200d👩\u200d👧 plain', 12],
    ['plain ASCII title', 12],
  ])('pads %j to %i cells so the next column lines up', (text, width) => {
    const row = `${cell(text, width)}|next`;
    expect(textWidth(row.slice(0, row.lastIndexOf('|')))).toBe(width);
  });
});
