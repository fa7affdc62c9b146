import stringWidth from 'string-width';

/**
 * Terminal cell widths, so wrapping, cutting and padding agree with what the terminal draws and with
 * Ink's own layout. Ink measures with string-width (per grapheme cluster: East Asian wide and fullwidth
 * 2, emoji presentation and VS16 sequences 2, a ZWJ sequence one glyph of 2, combining marks and other
 * zero-width characters 0), so newsx measures with the same function; printable ASCII skips it.
 */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const segmenter = new Intl.Segmenter();

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
  return PRINTABLE_ASCII.test(text) ? text.length : stringWidth(text);
}

/** Cuts a string to `width` cells, ending in "…" when cut; a wide glyph that would straddle the edge goes. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (PRINTABLE_ASCII.test(text)) return text.length <= width ? text : text.slice(0, width - 1) + '…';
  if (textWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const cluster of graphemes(text)) {
    const w = stringWidth(cluster);
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
