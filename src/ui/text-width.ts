/**
 * Terminal cell widths, so wrapping and cutting agree with what the terminal draws: East Asian wide
 * characters and most emoji take two cells, combining marks none.
 */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
const ZERO = /[\u0300-\u036f\u200b-\u200f\u20d0-\u20ff\ufe00-\ufe0f]/u;

/** Cells one character takes. */
export function charWidth(ch: string): number {
  if (ZERO.test(ch)) return 0;
  return WIDE.test(ch) ? 2 : 1;
}

/** Cells a string takes. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}

/** Cuts a string to `width` cells, ending in "…" when cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (textWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = charWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
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
      for (const ch of word) {
        const cw = charWidth(ch);
        if (used + cw > w) {
          lines.push(line);
          line = '';
          used = 0;
        }
        line += ch;
        used += cw;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
