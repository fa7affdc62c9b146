import { corpusArgument, parseCli, type CliArgs } from './commands/args.js';
import { printComparison } from './commands/compare-command.js';
import { UsageError } from './commands/errors.js';
import { HELP } from './commands/help.js';
import { printActors, printArticles, printStories, printTimeline } from './commands/list-commands.js';
import { loadCorpus } from './commands/load.js';
import { describeWarning } from './corpus/index.js';
import { NEWSX_VERSION_TEXT } from './version.js';

/**
 * The entry point: parses argv, runs a subcommand or the explorer, and is the one place that sets exit
 * codes. A user's mistake prints one line (exit 1); anything else is a bug and prints its stack.
 */
async function main(argv: readonly string[]): Promise<number> {
  const args = parseCli(argv);
  if (args.version) return print(`newsx ${NEWSX_VERSION_TEXT}\n`);
  if (args.help) return print(HELP[args.command ?? 'main'] + '\n');
  if (args.command === undefined) return runExplorer(args);
  const write = (text: string) => void process.stdout.write(text);
  const wanted = args.command === 'compare' ? 2 : 0;
  if (args.positionals.length < wanted) throw new UsageError(`compare needs two articles: newsx compare A B [DIR].`);
  const corpus = await loadCorpus(corpusArgument(args, wanted), { manifest: args.manifest, noCache: args.noCache, followLinks: args.followLinks });
  for (const warning of corpus.warnings) process.stderr.write(`newsx: ${describeWarning(warning)}\n`);
  switch (args.command) {
    case 'articles': printArticles(corpus, args.json, write); break;
    case 'actors': printActors(corpus, args.json, write); break;
    case 'timeline': printTimeline(corpus, args.json, write); break;
    case 'stories': printStories(corpus, args.json, write); break;
    case 'compare': printComparison(corpus, args.positionals[0]!, args.positionals[1]!, args.json, write); break;
  }
  return 0;
}

async function runExplorer(args: CliArgs): Promise<number> {
  if (!process.stdout.isTTY || !process.stdin.isTTY) {
    process.stderr.write(
      'newsx: the explorer needs a terminal. For scripts and pipes use a subcommand: newsx articles|actors|timeline|stories [--json], newsx compare A B (see newsx --help).\n',
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

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`newsx: ${error.message}\n`);
      for (const detail of error.details) process.stderr.write(`${detail}\n`);
    } else {
      process.stderr.write(`newsx: internal error (please report it): ${(error as Error)?.stack ?? String(error)}\n`);
    }
    process.exitCode = 1;
  },
);
