import { textWidth, truncate } from '../../core/text/width.js';

/** How many terminal cells a (safe, single-line) text takes. */
export function cellWidth(text: string): number {
  return textWidth(text);
}

/** Fits a text to `width` cells: cut with an ellipsis when longer, padded with spaces when `pad`. */
export function fitCell(text: string, width: number, pad: boolean): string {
  const cut = textWidth(text) > width ? truncate(text, width) : text;
  return pad ? cut + ' '.repeat(Math.max(0, width - textWidth(cut))) : cut;
}
