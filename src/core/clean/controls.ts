import { safeText } from '../text/safe.js';
import { recordRemoval, type Page, type PageLine } from './page.js';

/*
 * Terminal escapes and invisible characters, matched one at a time so each can be described in the
 * removal record. ESC-introduced sequences come first so their parameters go with them ("ESC[31m"
 * rather than a stray "[31m" left in the text). Same classes as text/safe.ts.
 */
const UNSAFE = new RegExp(
  [
    '\\u001b(?:\\[[0-?]*[ -/]*[@-~]|\\][^\\u0007\\u001b]*(?:\\u0007|\\u001b\\\\)?|[PX^_][^\\u001b]*(?:\\u001b\\\\)?|[@-Z\\\\-_])?',
    '\\u009b[0-?]*[ -/]*[@-~]',
    '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001a\\u001c-\\u001f\\u007f-\\u009a\\u009c-\\u009f]',
    '[\\u061c\\u200b\\u200e\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff\\ufff9-\\ufffb]',
  ].join('|'),
  'g',
);
/** Whitespace that is harmless but not a plain space: made a space before spacing is normalised. */
const ODD_SPACE = /[\t\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;
/** Any character either pattern cares about: one cheap scan lets clean lines skip both. */
const SUSPECT = /[\u0000-\u001f\u007f-\u00a0\u061c\u1680\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff\ufff9-\ufffb]/;
const LONGEST_DESCRIPTION = 40;

/** "ESC[31m", "U+202E": a stripped sequence as a reader can see it without being affected by it. */
export function describeControl(sequence: string): string {
  let out = '';
  for (const ch of sequence) {
    const code = ch.codePointAt(0) ?? 0;
    if (code === 0x1b) out += 'ESC';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || safeText(ch) === '') {
      out += `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    } else out += ch;
    if (out.length > LONGEST_DESCRIPTION) return `${out.slice(0, LONGEST_DESCRIPTION)}…`;
  }
  return out;
}

/**
 * Strips control, escape, bidi and invisible format characters from every line. A line that held
 * only such characters is removed; a line that also held text keeps it, and what was stripped is
 * recorded (described, never copied, so the record itself is safe to print or serialise).
 */
export function stripControls(page: Page): void {
  const kept: PageLine[] = [];
  for (const l of page.lines) {
    if (!SUSPECT.test(l.text)) {
      kept.push(l);
      continue;
    }
    let text = l.text.replace(ODD_SPACE, ' ');
    const found: string[] = [];
    UNSAFE.lastIndex = 0;
    if (UNSAFE.test(text)) {
      text = text.replace(UNSAFE, (seq) => {
        found.push(describeControl(seq));
        return '';
      });
      text = safeText(text); // belt and braces: anything safe.ts knows and this pattern missed
      recordRemoval(page, l.line, found.join(' '), 'control', 'control-characters');
      if (text.trim() === '') continue;
    }
    kept.push({ line: l.line, text });
  }
  page.lines = kept;
}
