import type { Page } from './page.js';

/**
 * Composes characters (NFC), collapses runs of spaces and trims each line; blank lines go silently,
 * since they only separated paragraphs and recording them would flood the removal list.
 */
export function normaliseSpacing(page: Page): void {
  page.lines = page.lines
    .map((l) => ({ line: l.line, text: l.text.normalize('NFC').replace(/\s+/g, ' ').trim() }))
    .filter((l) => l.text !== '');
}
