import type { CommandId } from './commands.js';

/**
 * Where a key is looked up. Order of offer (docs/DESIGN.md §5): the filter input, an open overlay,
 * the focused view's own scopes (e.g. the reader, then the move keys), then global.
 */
export type Scope = 'filter' | 'overlay' | 'move' | 'list' | 'articles' | 'reader' | 'actors' | 'detail' | 'compare' | 'global';

/**
 * A key as the resolver names it: a printable character ("j", "G", "?"), or a named key with optional
 * modifiers ("up", "pageDown", "shift+tab", "ctrl+u", "alt+b", "escape", "return", "space", "backspace").
 */
export type KeyName = string;

/** One binding: the keys (shown in help in this order) that run a command in a scope. */
export interface Binding {
  keys: readonly KeyName[];
  command: CommandId;
}

/** The keymap: the one table that input handling, the help overlay, the status hints and README read. */
export const keymap: Record<Scope, readonly Binding[]> = {
  // While typing every key is text except these, which edit the line as readline does or leave it.
  filter: [
    { keys: ['return'], command: 'filter.accept' },
    { keys: ['escape'], command: 'filter.cancel' },
    { keys: ['up'], command: 'move.up' },
    { keys: ['down'], command: 'move.down' },
    { keys: ['tab'], command: 'pane.next' },
    { keys: ['shift+tab'], command: 'pane.previous' },
    { keys: ['left', 'ctrl+b'], command: 'edit.left' },
    { keys: ['right', 'ctrl+f'], command: 'edit.right' },
    { keys: ['home', 'ctrl+a'], command: 'edit.home' },
    { keys: ['end', 'ctrl+e'], command: 'edit.end' },
    { keys: ['alt+b', 'alt+left'], command: 'edit.wordLeft' },
    { keys: ['alt+f', 'alt+right'], command: 'edit.wordRight' },
    { keys: ['backspace', 'ctrl+h'], command: 'edit.backspace' },
    { keys: ['ctrl+d'], command: 'edit.delete' },
    { keys: ['ctrl+w', 'alt+backspace'], command: 'edit.deleteWord' },
    { keys: ['ctrl+u'], command: 'edit.deleteToStart' },
    { keys: ['ctrl+k'], command: 'edit.deleteToEnd' },
    { keys: ['ctrl+c'], command: 'app.quit' },
  ],
  overlay: [
    { keys: ['escape', 'q', '?'], command: 'back' },
    { keys: ['/'], command: 'filter.start' },
    { keys: ['ctrl+c'], command: 'app.quit' },
  ],
  // Every list, text and overlay moves with the same keys: one table, listed once in help.
  move: [
    { keys: ['up', 'k'], command: 'move.up' },
    { keys: ['down', 'j'], command: 'move.down' },
    { keys: ['pageUp', 'ctrl+u'], command: 'move.pageUp' },
    { keys: ['pageDown', 'ctrl+d'], command: 'move.pageDown' },
    { keys: ['g', 'home'], command: 'move.top' },
    { keys: ['G', 'end'], command: 'move.bottom' },
  ],
  list: [
    { keys: ['return'], command: 'open' },
    { keys: ['escape'], command: 'back' },
    { keys: ['/'], command: 'filter.start' },
  ],
  articles: [
    { keys: ['space'], command: 'compare.mark' },
    { keys: ['c'], command: 'compare.run' },
  ],
  reader: [
    { keys: ['escape', 'q'], command: 'back' },
    { keys: ['/'], command: 'search.start' },
    { keys: ['n'], command: 'search.next' },
    { keys: ['N'], command: 'search.previous' },
    { keys: ['i'], command: 'reader.header' },
    { keys: ['r'], command: 'reader.raw' },
    { keys: [']'], command: 'reader.nextRemoval' },
    { keys: ['['], command: 'reader.previousRemoval' },
    { keys: ['c'], command: 'compare.run' },
  ],
  actors: [{ keys: ['t'], command: 'actor.chronology' }],
  detail: [
    { keys: ['return'], command: 'open' },
    { keys: ['escape', 'q'], command: 'back' },
  ],
  compare: [
    { keys: ['return'], command: 'open' },
    { keys: ['n'], command: 'search.next' },
    { keys: ['N'], command: 'search.previous' },
    { keys: ['d'], command: 'compare.differencesOnly' },
    { keys: ['escape', 'q'], command: 'back' },
  ],
  global: [
    { keys: ['tab'], command: 'pane.next' },
    { keys: ['shift+tab'], command: 'pane.previous' },
    { keys: ['1'], command: 'pane.articles' },
    { keys: ['2'], command: 'pane.actors' },
    { keys: ['3'], command: 'pane.chronology' },
    { keys: ['4'], command: 'pane.compare' },
    { keys: ['y'], command: 'copy.selection' },
    { keys: ['Y'], command: 'copy.all' },
    { keys: ['e'], command: 'copy.toFile' },
    { keys: ['w'], command: 'warnings.show' },
    { keys: ['?'], command: 'help.toggle' },
    { keys: ['ctrl+z'], command: 'app.suspend' },
    { keys: ['q', 'ctrl+c'], command: 'app.quit' },
  ],
};

/** Where each scope's keys are described in help. */
export const scopeTitles: Record<Scope, string> = {
  filter: 'While typing a filter or search',
  overlay: 'In help and warnings',
  move: 'Moving (lists, text, help)',
  list: 'In a list',
  articles: 'Articles',
  reader: 'Reading an article',
  actors: 'Actors',
  detail: 'An actor or event',
  compare: 'Compare',
  global: 'Everywhere',
};
