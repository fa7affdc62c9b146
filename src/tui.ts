import type { CliArgs } from './commands/args.js';
import { closeSync, writeSync } from 'node:fs';
import { constants } from 'node:os';
import { resolve } from 'node:path';
import { isatty } from 'node:tty';
import { loadInBackground } from './commands/background-load.js';
import { appendCitations } from './commands/citations-file.js';
import { bundledCorpusDir } from './commands/load.js';
import { visibleText } from './core/text/safe.js';

// SGR mouse reports (1000: clicks and wheel, 1006: their SGR form) go on and off with the alternate screen.
const ENTER_ALTERNATE_SCREEN = '\u001b[?1049h\u001b[H\u001b[?1000h\u001b[?1006h';
const LEAVE_ALTERNATE_SCREEN = '\u001b[?1000l\u001b[?1006l\u001b[?1049l';
const SHOW_CURSOR = '\u001b[?25h';

/** Signals that end the explorer; each leaves the terminal as it was and exits 128 + its number. */
const ENDING_SIGNALS = ['SIGINT', 'SIGQUIT', 'SIGTERM', 'SIGHUP'] as const;
/** Errors a terminal gives once it has gone (window closed, SSH dropped): there is nothing left to draw on. */
const TERMINAL_GONE = new Set(['EIO', 'EPIPE', 'ENXIO', 'EBADF', 'ENOTTY']);

/**
 * Ink reads CI when it is imported and then draws nothing until exit (docs/DESIGN.md §7). In a real
 * terminal newsx must draw whatever CI says, so the decision is made here, before Ink loads.
 */
export function letInkDraw(env: NodeJS.ProcessEnv): void {
  for (const name of ['CI', 'CONTINUOUS_INTEGRATION']) if (name in env) env[name] = 'false';
}

/**
 * Takes the terminal for the explorer (alternate screen) and makes every way out give it back: a
 * normal quit, a signal (kill -INT/-QUIT/-TERM/-HUP), or the terminal going away under it. Returns
 * `restore`, which leaves the alternate screen, shows the cursor and ends raw mode, once.
 */
function takeTerminal(): () => void {
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    // Written synchronously, so it is out before any exit; a terminal that has gone cannot take it.
    try { writeSync(1, SHOW_CURSOR + LEAVE_ALTERNATE_SCREEN); } catch { /* the terminal has gone */ }
    try { if (process.stdin.isTTY) process.stdin.setRawMode(false); } catch { /* likewise */ }
  };
  // When the terminal has hung up, Node's own terminal reset at exit fails on it and aborts (a crash
  // report after every closed window, fixed only in later Node releases). Our descriptors on it are
  // closed first, so that reset skips them: the process then ends quietly with the given status.
  // (A hung-up terminal is no longer a tty to isatty, so which ones were is noted now.)
  const terminalFds = [0, 1, 2].filter((fd) => isatty(fd));
  const leaveGoneTerminal = (status: number) => {
    restored = true;
    for (const fd of terminalFds) try { closeSync(fd); } catch { /* already closed */ }
    process.exit(status);
  };
  const onSignal = (signal: (typeof ENDING_SIGNALS)[number]) => {
    const status = 128 + constants.signals[signal];
    restore();
    if (signal === 'SIGHUP') leaveGoneTerminal(status);
    else process.exit(status);
  };
  const onStreamError = (error: NodeJS.ErrnoException) => {
    if (!TERMINAL_GONE.has(error.code ?? '')) throw error;
    leaveGoneTerminal(128 + constants.signals.SIGHUP);
  };
  for (const signal of ENDING_SIGNALS) process.on(signal, onSignal);
  for (const stream of [process.stdout, process.stderr, process.stdin]) stream.on('error', onStreamError);
  process.once('exit', restore);
  try { writeSync(1, ENTER_ALTERNATE_SCREEN); } catch (error) { onStreamError(error as NodeJS.ErrnoException); }
  return restore;
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
  const restore = takeTerminal();
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
