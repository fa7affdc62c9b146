/**
 * Ctrl-Z: hands the terminal back to the shell (out of raw mode and the alternate screen), stops the
 * process as the shell's job control expects, and takes the terminal again when `fg` continues it.
 */
export function suspendProcess(setRawMode: (on: boolean) => void, write: (text: string) => void): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGCONT', () => {
      setRawMode(true);
      write('\u001b[?1049h\u001b[2J');
      resolve();
    });
    setRawMode(false);
    write('\u001b[?1049l');
    process.kill(process.pid, 'SIGTSTP');
  });
}
