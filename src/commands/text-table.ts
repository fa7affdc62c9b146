import { safeText } from '../core/text/safe.js';

/** Pads or cuts a cell to a width, with an ellipsis where it is cut; text is made terminal-safe first. */
export function cell(text: string | null | undefined, width: number): string {
  const clean = safeText(text ?? '').replace(/\s+/g, ' ');
  const chars = [...clean];
  if (chars.length <= width) return clean + ' '.repeat(width - chars.length);
  return chars.slice(0, Math.max(0, width - 1)).join('') + '…';
}

/** Makes one line of output terminal-safe and single-line. */
export function line(text: string | null | undefined): string {
  return safeText(text ?? '').replace(/\s+/g, ' ').trim();
}
