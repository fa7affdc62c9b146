import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BIN, hasTmux, Terminal } from '../support/tmux.js';

let term: Terminal | null = null;
let dir: string | null = null;
afterEach(() => {
  term?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  term = null;
  dir = null;
});

const read = (file: string) => { try { return readFileSync(file, 'utf8'); } catch { return null; } };
/** What newsx wrote on stderr, less the cursor-show that Ink's cursor helper writes there on exit. */
const complaints = (file: string) => read(file)?.replaceAll('\u001b[?25h', '') ?? null;

/**
 * The explorer started from a shell in tmux, the way a user runs it: the shell notes newsx's pid, its
 * exit status, what it printed on stderr, and the terminal's mode after it ended.
 */
function startExplorer() {
  dir = mkdtempSync(join(tmpdir(), 'newsx-life-'));
  const f = (name: string) => join(dir!, name);
  // The outer shell traps HUP (it does not ignore it, so newsx still gets it) to record what happened
  // after a hang-up; the inner one notes its pid and becomes newsx, in the foreground as a user runs it.
  const inner = `echo $$ > ${f('pid')}; exec node ${BIN} 2>${f('stderr')}`;
  const script = `trap 'true' HUP; echo BEFORE-NEWSX; bash -c '${inner}'; echo $? > ${f('code')}; stty -a > ${f('stty')} 2>&1; echo AFTER-NEWSX`;
  term = new Terminal(['bash', '-c', script], { columns: 100, rows: 30, env: { CI: 'true' } });
  return { f, pid: async () => Number(await vi.waitFor(() => { const p = read(f('pid')); if (!p) throw new Error('no pid yet'); return p; })) };
}

describe.skipIf(!hasTmux)('the terminal after newsx ends', () => {
  it.each([['SIGINT', 130], ['SIGQUIT', 131], ['SIGTERM', 143], ['SIGHUP', 129]] as const)('kill -%s leaves the alternate screen, restores the terminal and exits %i', { timeout: 60_000 }, async (signal, status) => {
    const { f, pid } = startExplorer();
    await term!.waitFor((s) => s.includes('5 of 5 articles'), 'the article list', 30_000);
    process.kill(await pid(), signal);
    const screen = await term!.waitFor((s) => s.includes('AFTER-NEWSX'), 'the shell after newsx');
    expect(screen).toContain('BEFORE-NEWSX');
    expect(screen).not.toContain('of 5 articles');
    expect(read(f('code'))?.trim()).toBe(String(status));
    expect(complaints(f('stderr'))).toBe('');
    expect(read(f('stty'))).toMatch(/(^|\s)icanon(\s|$)/);
    expect(read(f('stty'))).toMatch(/(^|\s)echo(\s|$)/);
  });

  it.each([['q', 'q'], ['Ctrl-C', 'C-c']])('%s leaves the terminal as it was and exits 0', { timeout: 60_000 }, async (_label, key) => {
    const { f } = startExplorer();
    await term!.waitFor((s) => s.includes('5 of 5 articles'), 'the article list', 30_000);
    term!.send(key);
    const screen = await term!.waitFor((s) => s.includes('AFTER-NEWSX'), 'the shell after newsx');
    expect(screen).toContain('BEFORE-NEWSX');
    expect(screen).not.toContain('of 5 articles');
    expect(read(f('code'))?.trim()).toBe('0');
    expect(read(f('stty'))).toMatch(/(^|\s)icanon(\s|$)/);
  });

  it('exits quietly when the terminal hangs up (the window closes)', { timeout: 60_000 }, async () => {
    const { f, pid } = startExplorer();
    await term!.waitFor((s) => s.includes('5 of 5 articles'), 'the article list', 30_000);
    const newsx = await pid();
    term!.close();
    term = null;
    await vi.waitFor(() => { if (read(f('code')) === null) throw new Error('newsx still running'); }, { timeout: 20_000, interval: 100 });
    expect(() => process.kill(newsx, 0)).toThrow();
    expect(complaints(f('stderr'))).toBe('');
    expect(read(f('code'))?.trim()).toBe('129');
  });
});
