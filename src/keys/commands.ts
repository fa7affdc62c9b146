/**
 * Every command a key can run, each with the description the help overlay and README show. The
 * `satisfies` makes a command without a description, or a description without a command, a compile error.
 */
export const commandIds = [
  'pane.next', 'pane.previous', 'pane.articles', 'pane.actors', 'pane.chronology', 'pane.compare',
  'move.up', 'move.down', 'move.pageUp', 'move.pageDown', 'move.top', 'move.bottom',
  'open', 'back',
  'filter.start', 'search.start', 'filter.accept', 'filter.cancel',
  'edit.left', 'edit.right', 'edit.home', 'edit.end', 'edit.wordLeft', 'edit.wordRight',
  'edit.backspace', 'edit.delete', 'edit.deleteWord', 'edit.deleteToStart', 'edit.deleteToEnd',
  'search.next', 'search.previous',
  'compare.mark', 'compare.run', 'compare.differencesOnly',
  'reader.raw', 'reader.header', 'reader.nextRemoval', 'reader.previousRemoval',
  'copy.selection', 'copy.all', 'copy.toFile',
  'actor.chronology', 'warnings.show', 'help.toggle', 'app.suspend', 'app.quit',
] as const;

/** A command's id. */
export type CommandId = (typeof commandIds)[number];

/** Groups in the help overlay, in the order they are shown. */
export const categories = ['Panes', 'Move', 'Open', 'Find', 'Edit', 'Compare', 'View', 'Copy', 'App'] as const;

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
  open: { description: 'Open or drill in (a compare row: that sentence in the reader)', category: 'Open', short: 'open' },
  back: { description: 'Back to where you came from, close, or clear the filter', category: 'Open', short: 'back' },
  'filter.start': { description: 'Filter as you type', category: 'Find', short: 'filter' },
  'search.start': { description: 'Search the text', category: 'Find', short: 'search' },
  'filter.accept': { description: 'Keep the filter and return to the list', category: 'Find', short: 'keep' },
  'filter.cancel': { description: 'Clear the filter', category: 'Find', short: 'clear' },
  'edit.left': { description: 'Cursor left', category: 'Edit', short: 'left' },
  'edit.right': { description: 'Cursor right', category: 'Edit', short: 'right' },
  'edit.home': { description: 'Cursor to the start', category: 'Edit', short: 'start' },
  'edit.end': { description: 'Cursor to the end', category: 'Edit', short: 'end' },
  'edit.wordLeft': { description: 'Cursor back a word', category: 'Edit', short: 'word left' },
  'edit.wordRight': { description: 'Cursor forward a word', category: 'Edit', short: 'word right' },
  'edit.backspace': { description: 'Delete the character before the cursor', category: 'Edit', short: 'delete' },
  'edit.delete': { description: 'Delete the character under the cursor', category: 'Edit', short: 'delete' },
  'edit.deleteWord': { description: 'Delete the word before the cursor', category: 'Edit', short: 'delete word' },
  'edit.deleteToStart': { description: 'Delete to the start', category: 'Edit', short: 'delete to start' },
  'edit.deleteToEnd': { description: 'Delete to the end', category: 'Edit', short: 'delete to end' },
  'search.next': { description: 'Next match or difference', category: 'Find', short: 'next' },
  'search.previous': { description: 'Previous match or difference', category: 'Find', short: 'previous' },
  'compare.mark': { description: 'Mark the article for comparison and move down', category: 'Compare', short: 'mark' },
  'compare.run': { description: 'Compare the two marked (or the closest version)', category: 'Compare', short: 'compare' },
  'compare.differencesOnly': { description: 'Show only the differences', category: 'Compare', short: 'differences only' },
  'reader.raw': { description: 'Raw text, with what cleaning removed', category: 'View', short: 'raw/clean' },
  'reader.header': { description: 'The whole header (metadata, actors, warnings) or its one line', category: 'View', short: 'header' },
  'reader.nextRemoval': { description: 'Raw text: next removal', category: 'View', short: 'next removal' },
  'reader.previousRemoval': { description: 'Raw text: previous removal', category: 'View', short: 'previous removal' },
  'copy.selection': { description: 'Copy the selection with its citation (terminal clipboard, OSC 52)', category: 'Copy', short: 'copy' },
  'copy.all': { description: 'Copy everything listed here, each with its citation', category: 'Copy', short: 'copy all' },
  'copy.toFile': { description: 'Write the selection\'s citation to newsx-citations.txt (when the terminal does not copy)', category: 'Copy', short: 'to file' },
  'actor.chronology': { description: "The selected actor's chronology", category: 'View', short: 'chronology' },
  'warnings.show': { description: 'Warnings: skipped files and why', category: 'View', short: 'warnings' },
  'help.toggle': { description: 'This help (opens on the keys of where you are)', category: 'App', short: 'help' },
  'app.suspend': { description: 'Suspend newsx (fg resumes it)', category: 'App', short: 'suspend' },
  'app.quit': { description: 'Quit (closes an overlay or the reader first)', category: 'App', short: 'quit' },
} satisfies Record<CommandId, CommandInfo>;
