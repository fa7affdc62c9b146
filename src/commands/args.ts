import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Selection } from '../core/search/select.js';
import type { ColumnChoice, ColumnField } from '../corpus/index.js';
import { UsageError } from './errors.js';
import { OUTPUT_FORMATS, type OutputFormat } from './output/list-output.js';
import { nearest } from './suggest.js';

/** The subcommands of newsx; undefined runs the TUI. */
export type Subcommand = 'articles' | 'actors' | 'timeline' | 'stories' | 'compare' | 'report' | 'completion' | 'help';

/** Every subcommand, in the order help lists them. */
export const SUBCOMMANDS: readonly Subcommand[] = ['articles', 'actors', 'timeline', 'stories', 'compare', 'report', 'completion', 'help'];

/** The subcommands that print a list, and so take `--format` and the filters. */
export const LIST_COMMANDS = ['articles', 'actors', 'timeline', 'stories'] as const;

/** Formats a report can be written in. */
export const REPORT_FORMATS = ['md', 'html'] as const;

/** The parsed command line. */
export interface CliArgs {
  command: Subcommand | undefined;
  /** Positional arguments after the subcommand (compare's A and B, then DIR). */
  positionals: string[];
  corpus: string | undefined;
  manifest: string | undefined;
  /** The output format: `--format`, or `json` for `--json`; undefined for the command's default. */
  format: OutputFormat | 'html' | undefined;
  /** The list filters (`--outlet`, `--since`, `--until`, `--actor`, `--story`, `--query`). */
  selection: Selection;
  /** `--width N`: cut text tables to N cells even when stdout is not a terminal. */
  width: number | undefined;
  /** `--output FILE` (report): where to write instead of stdout. */
  output: string | undefined;
  help: boolean;
  version: boolean;
  noCache: boolean;
  /** Read links that lead out of the folder too (by default they are skipped with a warning). */
  followLinks: boolean;
  /** CSV/TSV header names chosen with --columns (`text=story_body,date=pub`). */
  columns: ColumnChoice | undefined;
}

/** The options newsx takes, for the parser and for shell completion. */
export const OPTIONS = {
  corpus: { type: 'string' },
  manifest: { type: 'string' },
  json: { type: 'boolean', default: false },
  format: { type: 'string' },
  outlet: { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
  actor: { type: 'string' },
  story: { type: 'string' },
  query: { type: 'string' },
  width: { type: 'string' },
  output: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
  'no-cache': { type: 'boolean', default: false },
  'follow-links': { type: 'boolean', default: false },
  columns: { type: 'string' },
} as const;

/** Parses argv (without node and the script). Throws UsageError with a message that says what to do. */
export function parseCli(argv: readonly string[], isFolder: (path: string) => boolean = folderExists): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    const unknown = /option '([^']+)'/.exec((error as Error).message)?.[1];
    const what = unknown ? `Unknown option ${unknown}` : (error as Error).message.replace(/\.$/, '');
    throw new UsageError(`${what}. See 'newsx --help'.`);
  }
  const v = parsed.values;
  const [first, ...rest] = parsed.positionals;
  const command = SUBCOMMANDS.find((c) => c === first);
  if (first !== undefined && command === undefined && !isFolder(first)) rejectTypo(first);
  const format = formatOption(v.format, v.json ?? false, command);
  return {
    command,
    positionals: command ? rest : parsed.positionals,
    corpus: v.corpus,
    manifest: v.manifest,
    format,
    selection: selectionOptions(v),
    width: widthOption(v.width),
    output: v.output,
    help: v.help ?? false,
    version: v.version ?? false,
    noCache: v['no-cache'] ?? false,
    followLinks: v['follow-links'] ?? false,
    columns: v.columns === undefined ? undefined : parseColumns(v.columns),
  };
}

function folderExists(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/** A first word that is no subcommand and no folder but spelt like a subcommand (`actros`) is a typo. */
function rejectTypo(word: string): void {
  const guess = /^[a-z]+$/i.test(word) ? nearest(word, SUBCOMMANDS) : undefined;
  if (guess) throw new UsageError(`Unknown command '${word}'. Did you mean 'newsx ${guess}'? (A folder named ${word}? Write ./${word}.)`);
}

function formatOption(value: string | undefined, json: boolean, command: Subcommand | undefined): CliArgs['format'] {
  if (value === undefined) return json ? 'json' : undefined;
  const allowed: readonly string[] = command === 'report' ? REPORT_FORMATS : OUTPUT_FORMATS;
  if (!allowed.includes(value)) throw new UsageError(`Unknown format '${value}': use one of ${allowed.join(', ')}.`);
  if (json && value !== 'json') throw new UsageError(`--json and --format ${value} disagree; give one.`);
  return value as CliArgs['format'];
}

const DATE = /^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

function selectionOptions(v: { outlet?: string; since?: string; until?: string; actor?: string; story?: string; query?: string }): Selection {
  for (const [name, value] of [['since', v.since], ['until', v.until]] as const) {
    if (value !== undefined && !DATE.test(value)) throw new UsageError(`--${name} ${value}: give a date as YYYY, YYYY-MM or YYYY-MM-DD.`);
  }
  const selection: Selection = {};
  for (const key of ['outlet', 'since', 'until', 'actor', 'story', 'query'] as const) {
    const value = v[key];
    if (value !== undefined && value.trim() !== '') selection[key] = value.trim();
  }
  return selection;
}

function widthOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const width = Number(value);
  if (!Number.isInteger(width) || width < 20) throw new UsageError(`--width ${value}: give a whole number of columns, 20 or more.`);
  return width;
}

/** The corpus folder the user named: --corpus or the single positional DIR; undefined for the bundled one. */
export function corpusArgument(args: CliArgs, positionalsBefore: number): string | undefined {
  const extra = args.positionals.slice(positionalsBefore);
  if (extra.length > 1) throw new UsageError(`Too many arguments: ${extra.join(' ')}. See 'newsx --help'.`);
  const positional = extra[0];
  if (positional !== undefined && args.corpus !== undefined && positional !== args.corpus) {
    throw new UsageError(`Two corpus folders given (${positional} and --corpus ${args.corpus}); name one.`);
  }
  return args.corpus ?? positional;
}

const COLUMN_FIELDS: readonly ColumnField[] = ['text', 'title', 'date', 'url', 'outlet', 'author'];

/**
 * `--columns text=story_body,date=pub`: which CSV/TSV header holds each field when the usual names
 * (text, body, title, headline, date, ...) do not find it. `published` is accepted for `date`.
 */
export function parseColumns(value: string): ColumnChoice {
  const choice: ColumnChoice = {};
  for (const pair of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    const eq = pair.indexOf('=');
    const key = eq > 0 ? pair.slice(0, eq).trim().toLowerCase() : '';
    const header = eq > 0 ? pair.slice(eq + 1).trim() : '';
    const field = (key === 'published' ? 'date' : key) as ColumnField;
    if (!COLUMN_FIELDS.includes(field) || header === '') {
      throw new UsageError(`--columns ${pair}: expected FIELD=HEADER with FIELD one of ${COLUMN_FIELDS.join(', ')} (e.g. --columns text=story_body,date=pub).`);
    }
    choice[field] = header;
  }
  if (Object.keys(choice).length === 0) throw new UsageError(`--columns needs FIELD=HEADER pairs (e.g. --columns text=story_body,date=pub).`);
  return choice;
}
