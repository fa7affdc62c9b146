import { safeLine } from '../core/text/safe.js';
import { pad } from '../core/text/width.js';

/** Pads or cuts a cell to a width in terminal cells, with an ellipsis where it is cut; made terminal-safe first. */
export function cell(text: string | null | undefined, width: number): string {
  return pad(safeLine(text ?? ''), width);
}

/** Makes one line of output terminal-safe and single-line. */
export function line(text: string | null | undefined): string {
  return safeLine(text ?? '');
}
