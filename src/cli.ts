import { statSync } from 'node:fs';
import { corpusArgument, parseCli, SUBCOMMANDS, type CliArgs } from './commands/args.js';
import { printComparison } from './commands/compare-command.js';
import { completionScript } from './commands/completion.js';
import { UsageError } from './commands/errors.js';
import { HELP } from './commands/help.js';
import { printActors, printArticles, printStories, printTimeline, type ListRequest } from './commands/list-commands.js';
import { loadCorpus } from './commands/load.js';
import { nearest } from './commands/suggest.js';
import { line } from './commands/text-table.js';
import { visibleText } from './core/text/safe.js';
import { describeWarning } from './corpus/index.js';
import { NEWSX_VERSION_TEXT } from './version.js';

/**
 * The entry point: parses argv, runs a subcommand or the explorer, and is the one place that sets exit
 * codes: 0 done, 1 nothing could be loaded or found, 2 a usage error. A user's mistake prints one
 * line; anything else is a bug and prints its stack.
 */
async function main(argv: readonly string[]): Promise<number> {
  const args = parseCli(argv);
  if (args.version) return print(`newsx ${NEWSX_VERSION_TEXT}\n`);
  if (args.command === 'help') return print(helpFor(args.positionals[0]) + '\n');
  if (args.help) return print(HELP[args.command ?? 'main'] + '\n');
  if (args.command === undefined) return runExplorer(args);
  if (args.command === 'completion' && args.positionals[0] !== 'ids') return print(completionScript(args.positionals[0] ?? ''));
  quietOnClosedPipe();
  const write = (text: string) => void process.stdout.write(text);
  const before = positionalsBefore(args);
  const corpus = await loadCorpus(corpusArgument(args, before), { manifest: args.manifest, noCache: args.noCache, followLinks: args.followLinks, columns: args.columns });
  for (const warning of corpus.warnings) say(`newsx: ${describeWarning(warning)}`);
  const list: ListRequest = {
    format: args.format === 'html' || args.format === undefined ? 'text' : args.format,
    selection: args.selection,
    target: { write, width: args.width ?? (process.stdout.isTTY ? process.stdout.columns : null) },
  };
  switch (args.command) {
    case 'articles': printArticles(corpus, list); break;
    case 'actors': printActors(corpus, list); break;
    case 'timeline': printTimeline(corpus, list); break;
    case 'stories': printStories(corpus, list); break;
    case 'compare': printComparison(corpus, args.positionals[0]!, args.positionals[1]!, args.format === 'json', write); break;
    case 'completion': for (const a of corpus.articles) write(`${line(a.id)}\n`); break;
    case 'report': {
      const { runReport } = await import('./commands/report/report-command.js');
      const format = args.format === 'html' ? 'html' : 'md';
      const written = runReport(corpus, { references: args.positionals.slice(0, before), format, output: args.output, write });
      if (written) say(`newsx: wrote the report to ${written}`);
      break;
    }
  }
  return 0;
}

/**
 * How many positionals come before DIR. compare takes two; `completion ids` one; report takes none,
 * one story or two articles, so a last positional that is a folder is DIR and the rest are references.
 */
function positionalsBefore(args: CliArgs): number {
  const p = args.positionals;
  switch (args.command) {
    case 'compare':
      if (p.length < 2) throw new UsageError(`compare needs two articles: newsx compare A B [DIR].`);
      return 2;
    case 'completion': return 1;
    case 'report': {
      const last = p[p.length - 1];
      const lastIsFolder = last !== undefined && args.corpus === undefined && (statSync(last, { throwIfNoEntry: false })?.isDirectory() ?? false);
      const references = lastIsFolder ? p.length - 1 : p.length;
      if (references > 2) throw new UsageError(`report takes a story or two articles, then DIR: newsx report [STORY|A B] [DIR].`);
      return references;
    }
    default: return 0;
  }
}

function helpFor(topic: string | undefined): string {
  if (topic === undefined) return HELP.main;
  const command = SUBCOMMANDS.find((c) => c === topic);
  if (command) return HELP[command];
  const guess = nearest(topic, SUBCOMMANDS);
  throw new UsageError(`No command '${topic}'.${guess ? ` Did you mean 'newsx help ${guess}'?` : ''} Commands: ${SUBCOMMANDS.join(', ')}.`);
}

async function runExplorer(args: CliArgs): Promise<number> {
  if (!process.stdout.isTTY || !process.stdin.isTTY) {
    process.stderr.write(
      'newsx: the explorer needs a terminal. For scripts and pipes use a subcommand: newsx articles|actors|timeline|stories [--format F], newsx compare A B, newsx report (see newsx --help).\n',
    );
    return 1;
  }
  const { runTui } = await import('./tui.js');
  return runTui(corpusArgument(args, 0), args);
}

function print(text: string): number {
  process.stdout.write(text);
  return 0;
}

// `newsx articles | head` closes the pipe early: that is the reader's choice, not an error, so the
// run ends quietly (status 0) instead of an EPIPE stack. (The explorer handles its terminal's errors in tui.ts.)
function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
  }
}

/**
 * One diagnostic line on stderr. File and folder names, a user's arguments, manifest field names and
 * V8's JSON error snippets end up in these lines, so controls are made visible: no escape reaches the
 * terminal, and a newline in a name shows as ␤ rather than forging a second line.
 */
function say(text: string): void {
  process.stderr.write(visibleText(text) + '\n');
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      say(`newsx: ${error.message}`);
      for (const detail of error.details) say(`  ${detail.trim()}`);
      process.exitCode = error.exitCode;
    } else {
      const [first = '', ...stack] = ((error as Error)?.stack ?? String(error)).split('\n');
      say(`newsx: internal error (please report it): ${first}`);
      for (const frame of stack) say(frame);
      process.exitCode = 1;
    }
  },
);

