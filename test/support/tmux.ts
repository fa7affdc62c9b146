import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';

/** True when tmux is installed (the terminal tests need it). */
export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

/** The built CLI (npm install and npm test build it first). */
export const BIN = join(import.meta.dirname, '..', '..', 'dist', 'newsx.js');

/**
 * A program running in a real terminal (tmux), for end-to-end keystroke tests: send keys, wait for the
 * screen to show something, read the exit status.
 */
export class Terminal {
  private readonly socket = `newsx-test-${process.pid}-${Math.random().toString(36).slice(2)}`;
  private readonly dir = mkdtempSync(join(tmpdir(), 'newsx-term-'));

  constructor(command: string[], { columns = 110, rows = 32, env = {} as Record<string, string> } = {}) {
    const status = join(this.dir, 'status');
    const vars = Object.entries({ TERM: 'xterm-256color', ...env }).map(([k, v]) => `${k}=${shellQuote(v)}`).join(' ');
    const line = `${vars} ${command.map(shellQuote).join(' ')}; echo $? > ${shellQuote(status)}; sleep 30`;
    this.tmux('new-session', '-d', '-s', 'main', '-x', String(columns), '-y', String(rows), line);
    this.tmux('set-option', '-t', 'main', 'status', 'off');
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  }

  /** What the terminal shows now. */
  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', 'main');
  }

  /** Sends tmux key names ("Enter", "Escape", "BTab") or, with literal, text. */
  send(keys: string, literal = false): void {
    this.tmux('send-keys', '-t', 'main', ...(literal ? ['-l', keys] : keys.split(' ')));
  }

  /** Resizes the terminal, as a user dragging the window does. */
  resize(columns: number, rows: number): void {
    this.tmux('resize-window', '-t', 'main', '-x', String(columns), '-y', String(rows));
  }

  /** Waits until the screen passes `check`; fails with the screen when it never does. */
  async waitFor(check: (screen: string) => boolean, what: string, timeout = 8000): Promise<string> {
    let last = '';
    await vi.waitFor(() => {
      last = this.screen();
      if (!check(last)) throw new Error(`waiting for ${what}; the screen:\n${last}`);
    }, { timeout, interval: 50 });
    return last;
  }

  /** The program's exit status once it has ended, or null while it runs. */
  exitStatus(): number | null {
    try {
      return Number(readFileSync(join(this.dir, 'status'), 'utf8').trim());
    } catch {
      return null;
    }
  }

  /** Ends tmux and removes the temporary folder. */
  close(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server']);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
