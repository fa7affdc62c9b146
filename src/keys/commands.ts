/**
 * Every command a key can run, each with the description the help overlay and README show. The
 * `satisfies` makes a command without a description, or a description without a command, a compile error.
 */
export const commandIds = [
  'pane.next', 'pane.previous', 'pane.articles', 'pane.actors', 'pane.chronology', 'pane.compare',
  'move.up', 'move.down', 'move.pageUp', 'move.pageDown', 'move.top', 'move.bottom',
  'open', 'back',
  'filter.start', 'filter.accept', 'filter.cancel',
  'search.next', 'search.previous',
  'compare.mark', 'compare.run', 'compare.differencesOnly',
  'reader.raw', 'actor.chronology', 'warnings.show', 'help.toggle', 'app.quit',
] as const;

/** A command's id. */
export type CommandId = (typeof commandIds)[number];

/** Groups in the help overlay, in the order they are shown. */
export const categories = ['Panes', 'Move', 'Open', 'Find', 'Compare', 'View', 'App'] as const;

/** A help group. */
export type Category = (typeof categories)[number];

/** What a command does, in the words the help shows. */
export interface CommandInfo {
  description: string;
  category: Category;
  /** One or two words for the status bar's key hints. */
  short: string;
}

/** The description and help group of every command. */
export const commands = {
  'pane.next': { description: 'Next pane', category: 'Panes', short: 'next pane' },
  'pane.previous': { description: 'Previous pane', category: 'Panes', short: 'previous pane' },
  'pane.articles': { description: 'Articles pane', category: 'Panes', short: 'articles' },
  'pane.actors': { description: 'Actors pane', category: 'Panes', short: 'actors' },
  'pane.chronology': { description: 'Chronology pane', category: 'Panes', short: 'chronology' },
  'pane.compare': { description: 'Compare pane', category: 'Panes', short: 'compare' },
  'move.up': { description: 'Move up', category: 'Move', short: 'up' },
  'move.down': { description: 'Move down', category: 'Move', short: 'down' },
  'move.pageUp': { description: 'Page up', category: 'Move', short: 'page up' },
  'move.pageDown': { description: 'Page down', category: 'Move', short: 'page down' },
  'move.top': { description: 'Go to the top', category: 'Move', short: 'top' },
  'move.bottom': { description: 'Go to the bottom', category: 'Move', short: 'bottom' },
  open: { description: 'Open or drill in', category: 'Open', short: 'open' },
  back: { description: 'Back, close, or clear the filter', category: 'Open', short: 'back' },
  'filter.start': { description: 'Filter as you type (in the reader: search the text)', category: 'Find', short: 'filter' },
  'filter.accept': { description: 'Keep the filter and return to the list', category: 'Find', short: 'keep' },
  'filter.cancel': { description: 'Clear the filter', category: 'Find', short: 'clear' },
  'search.next': { description: 'Next match or difference', category: 'Find', short: 'next' },
  'search.previous': { description: 'Previous match or difference', category: 'Find', short: 'previous' },
  'compare.mark': { description: 'Mark the article for comparison', category: 'Compare', short: 'mark' },
  'compare.run': { description: 'Compare the two marked (or the closest version)', category: 'Compare', short: 'compare' },
  'compare.differencesOnly': { description: 'Show only the differences', category: 'Compare', short: 'differences only' },
  'reader.raw': { description: 'Raw text, with what cleaning removed', category: 'View', short: 'raw/clean' },
  'actor.chronology': { description: "The selected actor's chronology", category: 'View', short: 'chronology' },
  'warnings.show': { description: 'Warnings: skipped files and why', category: 'View', short: 'warnings' },
  'help.toggle': { description: 'This help', category: 'App', short: 'help' },
  'app.quit': { description: 'Quit (closes an overlay or the reader first)', category: 'App', short: 'quit' },
} satisfies Record<CommandId, CommandInfo>;
