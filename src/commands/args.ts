import { parseArgs } from 'node:util';
import { UsageError } from './errors.js';

/** The subcommands of newsx; undefined runs the TUI. */
export type Subcommand = 'articles' | 'actors' | 'timeline' | 'stories' | 'compare';

const SUBCOMMANDS: readonly Subcommand[] = ['articles', 'actors', 'timeline', 'stories', 'compare'];

/** The parsed command line. */
export interface CliArgs {
  command: Subcommand | undefined;
  /** Positional arguments after the subcommand (compare's A and B, then DIR). */
  positionals: string[];
  corpus: string | undefined;
  manifest: string | undefined;
  json: boolean;
  help: boolean;
  version: boolean;
  noCache: boolean;
  /** Read links that lead out of the folder too (by default they are skipped with a warning). */
  followLinks: boolean;
}

/** Parses argv (without node and the script). Throws UsageError with a message that says what to do. */
export function parseCli(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        corpus: { type: 'string' },
        manifest: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
        'no-cache': { type: 'boolean', default: false },
        'follow-links': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    const unknown = /option '([^']+)'/.exec((error as Error).message)?.[1];
    const what = unknown ? `Unknown option ${unknown}` : (error as Error).message.replace(/\.$/, '');
    throw new UsageError(`${what}. See 'newsx --help'.`);
  }
  const [first, ...rest] = parsed.positionals;
  const command = SUBCOMMANDS.find((c) => c === first);
  const positionals = command ? rest : parsed.positionals;
  return {
    command,
    positionals,
    corpus: parsed.values.corpus,
    manifest: parsed.values.manifest,
    json: parsed.values.json ?? false,
    help: parsed.values.help ?? false,
    version: parsed.values.version ?? false,
    noCache: parsed.values['no-cache'] ?? false,
    followLinks: parsed.values['follow-links'] ?? false,
  };
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
