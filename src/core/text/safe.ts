/**
 * Terminal safety: article text must never reach the screen carrying control sequences (CSI, OSC,
 * DCS, C1 controls) or invisible bidi overrides that reorder what the reader sees.
 */

// ESC-introduced sequences first, so their parameters go with them rather than leaking as text.
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[PX^_][^\u001b]*(?:\u001b\\)?|[@-Z\\-_])/g;
// C0 controls except tab and newline, DEL, C1 controls (U+0080-U+009F: U+009B is a one-byte CSI).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Bidi embeddings, overrides and isolates; zero-width and other invisible format characters.
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/g;

/** Removes escape sequences, control characters (keeping \n and \t) and bidi/invisible controls. */
export function safeText(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '').replace(INVISIBLE, '');
}

/** True when `text` holds anything `safeText` would remove. */
export function hasUnsafeCharacters(text: string): boolean {
  return safeText(text) !== text;
}
