import { describeProgress, type LoadProgress, type ProgressSink } from '../core/progress.js';

/** A progress line on a terminal: redrawn in place, cleared when the work ends. */
export interface TerminalProgress {
  sink: ProgressSink;
  /** Clears the line (call it before printing anything else, and at the end). */
  end: () => void;
}

/** Redraws at most this often: a terminal that is redrawn faster only costs the work its speed. */
const REDRAW_MS = 100;

/**
 * Progress on stderr for long command-line work, only when stderr is a terminal (a pipe or a log file
 * gets nothing): one line, redrawn with \r, cleared at the end.
 */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): TerminalProgress {
  if (!stream.isTTY) return { sink: () => {}, end: () => {} };
  let last = 0;
  let shown = false;
  let stage: LoadProgress['stage'] | null = null;
  const sink: ProgressSink = (progress) => {
    const time = Date.now();
    // A new stage is always shown; counts within a stage at most every REDRAW_MS.
    if (progress.stage === stage && time - last < REDRAW_MS) return;
    stage = progress.stage;
    last = time;
    const width = Math.max(10, (stream.columns || 80) - 1);
    stream.write(`\r${describeProgress(progress).slice(0, width)}\u001b[K`);
    shown = true;
  };
  const end = () => {
    if (shown) stream.write('\r\u001b[K');
    shown = false;
  };
  return { sink, end };
}
