/** Timing helpers for the bench: medians, and whole-process wall times. */
import { spawn, type SpawnOptions } from 'node:child_process';

/** The median of some numbers (0 for none). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds since some fixed point, sub-millisecond. */
export const now = () => performance.now();

/** What a finished child process gave. */
export interface ProcessRun {
  ms: number;
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** Runs a command to its end (or to `timeoutMs`), timing the whole process from spawn to exit. */
export function timeProcess(command: string, args: readonly string[], options: SpawnOptions & { input?: string; stdin?: number; timeoutMs?: number } = {}): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const start = now();
    const child = spawn(command, args, { ...options, stdio: [options.stdin ?? 'pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout!.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); });
    const timer = options.timeoutMs ? setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, options.timeoutMs) : null;
    child.on('error', reject);
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      resolve({ ms: now() - start, code, stdout, stderr, timedOut });
    });
    child.stdin?.end(options.input ?? '');
  });
}
