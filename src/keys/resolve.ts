import type { CommandId } from './commands.js';
import { keymap, type KeyName, type Scope } from './keymap.js';

/** The subset of Ink's key flags the resolver reads (kept structural so tests need no Ink). */
export interface KeyFlags {
  upArrow?: boolean; downArrow?: boolean; leftArrow?: boolean; rightArrow?: boolean;
  pageUp?: boolean; pageDown?: boolean; home?: boolean; end?: boolean;
  return?: boolean; escape?: boolean; tab?: boolean; backspace?: boolean; delete?: boolean;
  ctrl?: boolean; shift?: boolean; meta?: boolean;
}

/** Names a key press the way the keymap does; null for presses no binding can name. */
export function keyName(input: string, key: KeyFlags): KeyName | null {
  if (key.upArrow) return 'up';
  if (key.downArrow) return 'down';
  if (key.leftArrow) return 'left';
  if (key.rightArrow) return 'right';
  if (key.pageUp) return 'pageUp';
  if (key.pageDown) return 'pageDown';
  if (key.home) return 'home';
  if (key.end) return 'end';
  if (key.return) return 'return';
  if (key.escape) return 'escape';
  if (key.tab) return key.shift ? 'shift+tab' : 'tab';
  if (key.ctrl && input.length === 1) return `ctrl+${input.toLowerCase()}`;
  if (input === ' ') return 'space';
  if (input.length === 1) return input;
  return null;
}

const BURST_KEYS: Record<string, KeyName> = { '\r': 'return', '\n': 'return', '\t': 'tab', ' ': 'space' };

/**
 * The keys in one read from the terminal. Keys typed faster than a read (or sent by a script) arrive
 * as one string, which Ink passes whole as if pasted: outside a text input each character is a key.
 */
export function keyNames(input: string, key: KeyFlags): KeyName[] {
  const single = keyName(input, key);
  if (single !== null) return [single];
  if (input.length < 2 || input.includes('\u001b')) return [];
  return [...input].flatMap((ch) => BURST_KEYS[ch] ?? (ch >= ' ' && ch !== '\u007f' ? [ch] : []));
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
  return: 'Enter', escape: 'Esc', tab: 'Tab', 'shift+tab': 'Shift-Tab', space: 'Space',
};

/** How a key is written for people: "Ctrl-u", "PgDn", "Enter", "j". */
export function keyLabel(key: KeyName): string {
  if (KEY_LABELS[key]) return KEY_LABELS[key]!;
  if (key.startsWith('ctrl+')) return `Ctrl-${key.slice(5)}`;
  return key;
}
