import type { CliArgs } from './commands/args.js';

/** Starts the explorer. (Placeholder: being built.) */
export async function runTui(_dir: string | undefined, _args: CliArgs): Promise<number> {
  process.stderr.write('newsx: the explorer is being built\n');
  return 1;
}
