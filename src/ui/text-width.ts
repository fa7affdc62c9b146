/** Terminal cell widths for the panes: the same measure as the command line's tables (core/text/width.ts). */
export { charWidth, graphemes, pad, textWidth, truncate, wrap } from '../core/text/width.js';
