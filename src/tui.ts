import type { CliArgs } from './commands/args.js';
import { resolve } from 'node:path';
import { loadInBackground } from './commands/background-load.js';
import { appendCitations } from './commands/citations-file.js';
import { bundledCorpusDir } from './commands/load.js';
import { visibleText } from './core/text/safe.js';

// SGR mouse reports (1000: clicks and wheel, 1006: their SGR form) go on and off with the alternate screen.
const ENTER_ALTERNATE_SCREEN = '\u001b[?1049h\u001b[H\u001b[?1000h\u001b[?1006h';
const LEAVE_ALTERNATE_SCREEN = '\u001b[?1000l\u001b[?1006l\u001b[?1049l';
const SHOW_CURSOR = '\u001b[?25h';

/**
 * Ink reads CI when it is imported and then draws nothing until exit (docs/DESIGN.md §7). In a real
 * terminal newsx must draw whatever CI says, so the decision is made here, before Ink loads.
 */
export function letInkDraw(env: NodeJS.ProcessEnv): void {
  for (const name of ['CI', 'CONTINUOUS_INTEGRATION']) if (name in env) env[name] = 'false';
}

/**
 * Starts the explorer on the terminal: loads the corpus in a worker while it draws progress, on the
 * alternate screen so that quitting leaves the terminal as it was, whatever way newsx ends.
 */
export async function runTui(dir: string | undefined, args: CliArgs): Promise<number> {
  // The worker starts first, so reading the corpus overlaps loading Ink; the explorer never waits on it.
  const load = loadInBackground({ dir, manifest: args.manifest, noCache: args.noCache, followLinks: args.followLinks, columns: args.columns });
  letInkDraw(process.env);
  const { exploreWhileLoading } = await import('./ui/Explorer.js');
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    process.stdout.write(SHOW_CURSOR + LEAVE_ALTERNATE_SCREEN);
  };
  process.stdout.write(ENTER_ALTERNATE_SCREEN);
  process.once('exit', restore);
  for (const signal of ['SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      restore();
      process.exit(128 + (signal === 'SIGTERM' ? 15 : 1));
    });
  }
  let corpus;
  try {
    const root = resolve(dir ?? bundledCorpusDir());
    corpus = await exploreWhileLoading(load, root, { save: (text) => appendCitations(text, root) });
  } finally {
    // Leave the alternate screen before anything is printed, or an error message would vanish with it.
    restore();
  }
  if (!corpus) return 0;
  const problems = corpus.warnings.length;
  if (problems > 0) process.stderr.write(`newsx: ${problems} warning${problems === 1 ? '' : 's'} while reading ${visibleText(corpus.root)} (newsx articles shows them; w in the explorer).\n`);
  return 0;
}
