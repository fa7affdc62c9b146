import { commands } from './commands.js';
import { keymap, scopeTitles, type Scope } from './keymap.js';
import { keyLabel } from './resolve.js';

/** One section of the key help: a scope's title and its bindings. */
export interface HelpSection {
  title: string;
  rows: { keys: string; description: string }[];
}

/** The order sections are shown in: the ones people need first. */
const SECTION_ORDER: readonly Scope[] = ['global', 'list', 'articles', 'reader', 'actors', 'detail', 'compare', 'filter', 'overlay'];

/** The key help, generated from the keymap: the help overlay and README.md both print this. */
export function helpSections(): HelpSection[] {
  return SECTION_ORDER.filter((scope) => keymap[scope].length > 0).map((scope) => ({
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
