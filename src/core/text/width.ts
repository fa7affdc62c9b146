import { eastAsianWidth } from 'get-east-asian-width';
import stringWidth from 'string-width';

/**
 * Terminal cell widths, so wrapping, cutting and padding agree with what the terminal draws and with
 * Ink's own layout. Ink measures with string-width (per grapheme cluster: East Asian wide and fullwidth
 * 2, emoji presentation and VS16 sequences 2, a ZWJ sequence one glyph of 2, combining marks and other
 * zero-width characters 0), so newsx measures with the same function. It costs a few microseconds a
 * character, so two fast paths give the same answer sooner: printable ASCII is its length, and text in
 * which no character can join its neighbour into one glyph is the sum of its characters' widths.
 */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const segmenter = new Intl.Segmenter();
// Characters that may make a grapheme cluster of more than one character: marks, joiners, variation
// selectors, emoji modifiers and tags, regional indicators, Hangul jamo, prepended marks, CR before LF.
const JOINS = /[\p{M}\p{Grapheme_Extend}\p{Emoji_Modifier}\p{Regional_Indicator}\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u{110bd}\u{110cd}\u200c\u200d\r\u1100-\u11ff\ua960-\ua97f\ud7b0-\ud7ff\u0d4e\u{111c2}\u{111c3}\u{1193f}\u{11941}\u{11a3a}\u{11a84}-\u{11a89}\u{11d46}\u{e0020}-\u{e007f}]/u;
// What string-width draws as nothing (marks are left to it, above).
const ZERO_WIDTH = /[\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Surrogate}]/u;

/** The grapheme clusters of a string (what a terminal draws as one glyph): the units to cut text at. */
export function graphemes(text: string): string[] {
  if (PRINTABLE_ASCII.test(text)) return text.split('');
  const out: string[] = [];
  for (const { segment } of segmenter.segment(text)) out.push(segment);
  return out;
}

/** Cells one grapheme cluster (or any string) takes. */
export function charWidth(cluster: string): number {
  return textWidth(cluster);
}

/** Cells a string takes. */
export function textWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let width = 0;
  if (!JOINS.test(text)) {
    // Every character is a glyph of its own: its East Asian width, or none.
    for (const ch of text) width += singleWidth(ch);
    return width;
  }
  // string-width sums its clusters too: only clusters of more than one character need it.
  for (const { segment } of segmenter.segment(text)) {
    width += segment.length === 1 || (segment.length === 2 && segment.codePointAt(0)! > 0xffff) ? singleWidth(segment) : stringWidth(segment);
  }
  return width;
}

/** Cells one character alone takes, as string-width counts it. */
function singleWidth(ch: string): number {
  if (ZERO_WIDTH.test(ch) || JOINS.test(ch)) return ch === '\r' ? 0 : JOINS.test(ch) ? stringWidth(ch) : 0;
  return eastAsianWidth(ch.codePointAt(0)!);
}

/** Cuts a string to `width` cells, ending in "…" when cut; a wide glyph that would straddle the edge goes. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (PRINTABLE_ASCII.test(text)) return text.length <= width ? text : text.slice(0, width - 1) + '…';
  if (textWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const cluster of graphemes(text)) {
    const w = textWidth(cluster);
    if (used + w > width - 1) break;
    out += cluster;
    used += w;
  }
  return out + '…';
}

/** Pads a string with spaces to `width` cells (cutting it first if longer). */
export function pad(text: string, width: number): string {
  const cut = truncate(text, width);
  return cut + ' '.repeat(Math.max(0, width - textWidth(cut)));
}

/** Wraps text to lines of at most `width` cells, breaking at spaces where it can. */
export function wrap(text: string, width: number): string[] {
  const w = Math.max(1, width);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let used = 0;
    for (const word of paragraph.split(/(\s+)/)) {
      if (!word) continue;
      const ww = textWidth(word);
      if (used + ww <= w) {
        line += word;
        used += ww;
        continue;
      }
      if (/^\s+$/.test(word)) {
        lines.push(line);
        line = '';
        used = 0;
        continue;
      }
      if (line.trim()) lines.push(line.trimEnd());
      line = '';
      used = 0;
      for (const cluster of graphemes(word)) {
        const cw = textWidth(cluster);
        if (used + cw > w && used > 0) {
          lines.push(line);
          line = '';
          used = 0;
        }
        line += cluster;
        used += cw;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
