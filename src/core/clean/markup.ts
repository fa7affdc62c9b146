import { decodeEntities } from './entities.js';
import { recordRemoval, type Page, type PageLine } from './page.js';

// A whole tag (or comment) on one line; a letter must follow "<", so "x < 5" is not a tag.
const TAG = /<!--.*?-->|<\/?[a-zA-Z][a-zA-Z0-9:-]*(?:\s[^<>]*)?\/?>/g;
// A tag cut off by the end of the line ("<a href"), or the tail of one cut off at its start.
const OPEN_FRAGMENT = /<\/?[a-zA-Z][a-zA-Z0-9:-]*(?:\s[^<>]*)?$/;
const CLOSE_FRAGMENT = /^\s*(?:[a-zA-Z-]+=(?:"[^"]*"|'[^']*')\s*)+\/?>/;

/**
 * Removes stray HTML tags and fragments, then decodes character references. Tags go before decoding
 * so that an encoded "&lt;b&gt;", which the site meant as text, is not mistaken for a tag. A line that
 * was only markup is removed; stripped tags on a line with text are recorded beside it.
 */
export function dropMarkup(page: Page): void {
  const kept: PageLine[] = [];
  for (const l of page.lines) {
    let text = l.text;
    if (text.includes('<') || text.includes('>')) {
      const stripped: string[] = [];
      const strip = (m: string): string => {
        stripped.push(m.trim());
        return ' ';
      };
      text = text.replace(TAG, strip).replace(OPEN_FRAGMENT, strip).replace(CLOSE_FRAGMENT, strip);
      if (stripped.length > 0) {
        if (decodeEntities(text).trim() === '') {
          recordRemoval(page, l.line, l.text.trim(), 'markup', 'markup-line');
          continue;
        }
        recordRemoval(page, l.line, stripped.join(' '), 'markup', 'markup-tags');
      }
    }
    const decoded = decodeEntities(text);
    kept.push(decoded === l.text ? l : { line: l.line, text: decoded });
  }
  page.lines = kept;
}
