import type { CommandId } from './commands.js';

/**
 * Where a key is looked up. Order of offer (DESIGN.md §5): the filter input, an open overlay, the
 * focused view's own scopes (e.g. the reader, then list keys), then global.
 */
export type Scope = 'filter' | 'overlay' | 'list' | 'articles' | 'reader' | 'actors' | 'detail' | 'compare' | 'global';

/**
 * A key as the resolver names it: a printable character ("j", "G", "?"), or a named key with optional
 * modifiers ("up", "pageDown", "shift+tab", "ctrl+u", "escape", "return", "space").
 */
export type KeyName = string;

/** One binding: the keys (shown in help in this order) that run a command in a scope. */
export interface Binding {
  keys: readonly KeyName[];
  command: CommandId;
}

const moves: Binding[] = [
  { keys: ['up', 'k'], command: 'move.up' },
  { keys: ['down', 'j'], command: 'move.down' },
  { keys: ['pageUp', 'ctrl+u'], command: 'move.pageUp' },
  { keys: ['pageDown', 'ctrl+d'], command: 'move.pageDown' },
  { keys: ['g', 'home'], command: 'move.top' },
  { keys: ['G', 'end'], command: 'move.bottom' },
];

/** The keymap: the one table that input handling and the help overlay both read. */
export const keymap: Record<Scope, readonly Binding[]> = {
  // ink-text-input takes every other key as text, so only these leave the input (DESIGN.md §5).
  filter: [
    { keys: ['return'], command: 'filter.accept' },
    { keys: ['escape'], command: 'filter.cancel' },
    { keys: ['up'], command: 'move.up' },
    { keys: ['down'], command: 'move.down' },
    { keys: ['tab'], command: 'pane.next' },
    { keys: ['shift+tab'], command: 'pane.previous' },
    { keys: ['ctrl+c'], command: 'app.quit' },
  ],
  overlay: [
    { keys: ['escape', 'q', '?'], command: 'back' },
    { keys: ['ctrl+c'], command: 'app.quit' },
    { keys: ['up', 'k'], command: 'move.up' },
    { keys: ['down', 'j'], command: 'move.down' },
    { keys: ['pageUp', 'ctrl+u'], command: 'move.pageUp' },
    { keys: ['pageDown', 'ctrl+d'], command: 'move.pageDown' },
  ],
  list: [
    ...moves,
    { keys: ['return'], command: 'open' },
    { keys: ['escape'], command: 'back' },
    { keys: ['/'], command: 'filter.start' },
  ],
  articles: [
    { keys: ['space'], command: 'compare.mark' },
    { keys: ['c'], command: 'compare.run' },
  ],
  reader: [
    ...moves,
    { keys: ['escape', 'q'], command: 'back' },
    { keys: ['/'], command: 'filter.start' },
    { keys: ['n'], command: 'search.next' },
    { keys: ['N'], command: 'search.previous' },
    { keys: ['r'], command: 'reader.raw' },
    { keys: ['c'], command: 'compare.run' },
  ],
  actors: [{ keys: ['t'], command: 'actor.chronology' }],
  detail: [
    ...moves,
    { keys: ['return'], command: 'open' },
    { keys: ['escape', 'q'], command: 'back' },
  ],
  compare: [
    ...moves,
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
    { keys: ['w'], command: 'warnings.show' },
    { keys: ['?'], command: 'help.toggle' },
    { keys: ['q', 'ctrl+c'], command: 'app.quit' },
  ],
};

/** Where each scope's keys are described in help. */
export const scopeTitles: Record<Scope, string> = {
  filter: 'While filtering',
  overlay: 'In help and warnings',
  list: 'In a list',
  articles: 'Articles',
  reader: 'Reading an article',
  actors: 'Actors',
  detail: 'An actor or event',
  compare: 'Compare',
  global: 'Everywhere',
};
