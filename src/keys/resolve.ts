import type { CommandId } from './commands.js';
import { keymap, type KeyName, type Scope } from './keymap.js';

/** The subset of Ink's key flags the resolver reads (kept structural so tests need no Ink). */
export interface KeyFlags {
  upArrow?: boolean; downArrow?: boolean; leftArrow?: boolean; rightArrow?: boolean;
  pageUp?: boolean; pageDown?: boolean; home?: boolean; end?: boolean;
  return?: boolean; escape?: boolean; tab?: boolean; backspace?: boolean; delete?: boolean;
  ctrl?: boolean; shift?: boolean; meta?: boolean;
}

function arrow(name: string, key: KeyFlags): KeyName {
  return key.meta ? `alt+${name}` : name;
}

/**
 * Names a key press the way the keymap does; null for presses no binding can name. Ink reports the
 * Backspace key's DEL (0x7f) as `delete`, so both are backspace, as in readline.
 */
export function keyName(input: string, key: KeyFlags): KeyName | null {
  if (key.upArrow) return 'up';
  if (key.downArrow) return 'down';
  if (key.leftArrow) return arrow('left', key);
  if (key.rightArrow) return arrow('right', key);
  if (key.pageUp) return 'pageUp';
  if (key.pageDown) return 'pageDown';
  if (key.home) return 'home';
  if (key.end) return 'end';
  if (key.return) return 'return';
  if (key.escape) return 'escape';
  if (key.tab) return key.shift ? 'shift+tab' : 'tab';
  if (key.backspace || key.delete) return key.meta ? 'alt+backspace' : 'backspace';
  if (key.ctrl && input.length === 1) return `ctrl+${input.toLowerCase()}`;
  if (key.meta && input.length === 1) return `alt+${input}`;
  if (input === ' ') return 'space';
  if ([...input].length === 1 && input >= ' ') return input;
  return null;
}

/** A control character in a burst, by name: DEL and ^H delete, ^A..^Z are Ctrl keys. */
function controlName(ch: string): KeyName | null {
  if (ch === '\r' || ch === '\n') return 'return';
  if (ch === '\t') return 'tab';
  if (ch === '\u007f' || ch === '\b') return 'backspace';
  const code = ch.charCodeAt(0);
  if (code >= 1 && code <= 26) return `ctrl+${String.fromCharCode(code + 96)}`;
  return null;
}

/**
 * The keys in one read from the terminal. Keys typed faster than a read (or sent by a script) arrive
 * as one string, which Ink passes whole as if pasted: each character is a key, control characters
 * (several backspaces, Ctrl-U, Ctrl-W) included, so a burst edits exactly as the keys one by one would.
 */
export function keyNames(input: string, key: KeyFlags): KeyName[] {
  const single = keyName(input, key);
  if (single !== null) return [single];
  if ([...input].length < 2 || input.includes('\u001b')) return [];
  return [...input].flatMap((ch): KeyName[] => {
    if (ch === ' ') return ['space'];
    if (ch < ' ' || ch === '\u007f') {
      const name = controlName(ch);
      return name ? [name] : [];
    }
    return [ch];
  });
}

/** Finds the command a key runs, offering it to each scope in order; null when none binds it. */
export function resolveKey(scopes: readonly Scope[], key: KeyName): { command: CommandId; scope: Scope } | null {
  for (const scope of scopes) {
    const binding = keymap[scope].find((b) => b.keys.includes(key));
    if (binding) return { command: binding.command, scope };
  }
  return null;
}

const KEY_LABELS: Record<string, string> = {
  up: '↑', down: '↓', left: '←', right: '→', pageUp: 'PgUp', pageDown: 'PgDn', home: 'Home', end: 'End',
  return: 'Enter', escape: 'Esc', tab: 'Tab', 'shift+tab': 'Shift-Tab', space: 'Space', backspace: 'Backspace',
};

/** How a key is written for people: "Ctrl-u", "Alt-b", "PgDn", "Enter", "j". */
export function keyLabel(key: KeyName): string {
  if (KEY_LABELS[key]) return KEY_LABELS[key]!;
  if (key.startsWith('ctrl+')) return `Ctrl-${key.slice(5)}`;
  if (key.startsWith('alt+')) return `Alt-${keyLabel(key.slice(4))}`;
  return key;
}
