import type { CommandId } from '../keys/commands.js';
import type { EditLine } from './app-state.js';

/** True for the commands that edit the line being typed. */
export function isEditCommand(command: CommandId): boolean {
  return command.startsWith('edit.');
}

const WORD = /[\p{L}\p{N}_]/u;

/** Where the word before `at` starts: back over spaces and punctuation, then over the word (readline's Ctrl-W and Alt-B). */
export function wordStartBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && !WORD.test(text[i - 1]!)) i--;
  while (i > 0 && WORD.test(text[i - 1]!)) i--;
  return i;
}

/** Where the word after `at` ends (readline's Alt-F). */
export function wordEndAfter(text: string, at: number): number {
  let i = at;
  while (i < text.length && !WORD.test(text[i]!)) i++;
  while (i < text.length && WORD.test(text[i]!)) i++;
  return i;
}

/** One code point before or after `at`, so a surrogate pair is never split. */
function step(text: string, at: number, direction: 1 | -1): number {
  if (direction === -1) return at <= 0 ? 0 : at - (at >= 2 && /[\udc00-\udfff]/.test(text[at - 1]!) && /[\ud800-\udbff]/.test(text[at - 2]!) ? 2 : 1);
  return at >= text.length ? text.length : at + (/[\ud800-\udbff]/.test(text[at]!) ? 2 : 1);
}

/** The line after an edit command, as readline does it. Pure. */
export function editLine(line: EditLine, command: CommandId): EditLine {
  const { text } = line;
  const cursor = Math.min(Math.max(0, line.cursor), text.length);
  const cut = (from: number, to: number, at: number): EditLine => ({ text: text.slice(0, from) + text.slice(to), cursor: at });
  switch (command) {
    case 'edit.left': return { text, cursor: step(text, cursor, -1) };
    case 'edit.right': return { text, cursor: step(text, cursor, 1) };
    case 'edit.home': return { text, cursor: 0 };
    case 'edit.end': return { text, cursor: text.length };
    case 'edit.wordLeft': return { text, cursor: wordStartBefore(text, cursor) };
    case 'edit.wordRight': return { text, cursor: wordEndAfter(text, cursor) };
    case 'edit.backspace': { const from = step(text, cursor, -1); return cut(from, cursor, from); }
    case 'edit.delete': return cut(cursor, step(text, cursor, 1), cursor);
    case 'edit.deleteWord': { const from = wordStartBefore(text, cursor); return cut(from, cursor, from); }
    case 'edit.deleteToStart': return cut(0, cursor, 0);
    case 'edit.deleteToEnd': return cut(cursor, text.length, cursor);
    default: return { text, cursor };
  }
}

/** The line with `typed` inserted at the cursor. */
export function insertText(line: EditLine, typed: string): EditLine {
  const cursor = Math.min(Math.max(0, line.cursor), line.text.length);
  return { text: line.text.slice(0, cursor) + typed + line.text.slice(cursor), cursor: cursor + typed.length };
}
