import type { Page, PageLine } from './page.js';

// Combining marks and the few singletons NFC changes: only lines holding one need normalising.
const DECOMPOSED = /[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0900-\u0dff\u1100-\u11ff\u1dc0-\u1dff\u20d0-\u20ff\u2126\u212a\u212b\u3099\u309a]/;

/**
 * Composes characters (NFC), collapses runs of spaces and trims each line; blank lines go silently,
 * since they only separated paragraphs and recording them would flood the removal list. Other kinds
 * of whitespace were made plain spaces by controls.ts and entities.ts.
 */
export function normaliseSpacing(page: Page): void {
  const kept: PageLine[] = [];
  for (const l of page.lines) {
    let text = DECOMPOSED.test(l.text) ? l.text.normalize('NFC') : l.text;
    if (text.includes('  ')) text = text.replace(/ {2,}/g, ' ');
    text = text.trim();
    if (text !== '') kept.push(text === l.text ? l : { line: l.line, text });
  }
  page.lines = kept;
}
