import { safeText } from '../core/text/safe.js';

/**
 * The terminal clipboard: OSC 52 asks the terminal itself to set the system clipboard, so copying works
 * over SSH and inside tmux (with `set-clipboard on`, tmux's default passes it to the outer terminal)
 * where no local clipboard tool could reach the user's machine. The text is made safe first: a copied
 * quote must not carry escape sequences into whatever it is pasted into.
 */

/** Terminals cap an OSC 52 payload (xterm: 100,000 bytes of base64); past it nothing is copied at all. */
export const OSC52_LIMIT = 74_000;

/** The bytes that copy `text` to the clipboard, or null when it is too long for one OSC 52 sequence. */
export function osc52(text: string): string | null {
  const payload = Buffer.from(safeText(text), 'utf8').toString('base64');
  if (payload.length > OSC52_LIMIT) return null;
  return `\u001b]52;c;${payload}\u0007`;
}
