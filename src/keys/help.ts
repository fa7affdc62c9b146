import { commands } from './commands.js';
import { keymap, scopeTitles, type Scope } from './keymap.js';
import { keyLabel } from './resolve.js';

/** One section of the key help: a scope's title and its bindings. */
export interface HelpSection {
  scope: Scope;
  title: string;
  rows: { keys: string; description: string }[];
}

/** The order sections are shown in when nothing is focused first: the ones people need first. */
const SECTION_ORDER: readonly Scope[] = ['global', 'move', 'list', 'articles', 'reader', 'actors', 'detail', 'compare', 'filter', 'overlay'];

/**
 * The key help, generated from the keymap: the help overlay and README.md both print this. `first`
 * are the scopes of where the user is, shown before the rest (help opens on the keys that work there).
 */
export function helpSections(first: readonly Scope[] = []): HelpSection[] {
  const order = [...new Set([...first.filter((s) => s !== 'overlay'), ...SECTION_ORDER])];
  return order.filter((scope) => keymap[scope].length > 0).map((scope) => ({
    scope,
    title: scopeTitles[scope],
    rows: keymap[scope].map((b) => ({ keys: b.keys.map(keyLabel).join(' / '), description: commands[b.command].description })),
  }));
}

/** The key help as Markdown tables, for the keys section of README.md. */
export function helpMarkdown(): string {
  return helpSections()
    .map((s) => [`**${s.title}**`, '', '| key | does |', '|---|---|', ...s.rows.map((r) => `| ${r.keys.replace(/\|/g, '\\|')} | ${r.description} |`)].join('\n'))
    .join('\n\n');
}
