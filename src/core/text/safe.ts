/**
 * Terminal safety, one definition for every string newsx prints (the explorer's frames, the command
 * line's tables, warnings and errors, and JSON): nothing from an article, a file name or a manifest may
 * reach a terminal carrying an escape sequence (CSI, OSC, DCS…), a C0/C1 control or an invisible bidi
 * or format character that reorders or hides what the reader sees.
 *
 * Three ways to make a string safe, for three kinds of string:
 * - `safeText`: text to read (article text, titles, outlets). Controls are removed; newlines and tabs kept.
 * - `safeLine`: the same, on one line (table cells, status lines): whitespace runs become one space.
 * - `visibleText`: names and diagnostics (file and folder names, ids, warnings, errors, a user's
 *   argument). Nothing is removed, every control is shown (`␛]0;title␇`, `a␤b.txt`, `<U+202E>`), so a
 *   newline cannot forge a second warning line and two names that differ only by a control look different.
 *
 * Zero-width joiner and non-joiner (U+200D, U+200C) are text: Persian words and emoji sequences need them.
 */

// ESC-introduced sequences first, so their parameters go with them rather than leaking as text: CSI,
// OSC (ended by BEL, ST or the string's end), DCS/SOS/PM/APC strings, nF (ESC ( B), and two-byte Fe/Fp/Fs.
// The one-byte C1 forms (U+009B CSI, U+009D OSC, U+0090 DCS…) are read the same way.
const ESCAPE_SEQUENCE =
  /\u001b\[[0-?]*[ -/]*[@-~]?|\u009b[0-?]*[ -/]*[@-~]?|[\u001b\u009d]\][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u009d[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[PX^_][^\u001b\u009c]*(?:\u001b\\|\u009c)?|[\u0090\u0098\u009e\u009f][^\u001b\u009c]*(?:\u001b\\|\u009c)?|\u001b[ -/]+[0-~]?|\u001b[0-~]/g;
// C0 controls except tab and newline, DEL, C1 controls.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Invisible format characters (Unicode Cf) that are not text: the soft hyphen (terminals draw it, Ink
// counts it 0), bidi marks, embeddings, overrides and isolates, word joiners and invisible operators,
// the BOM, interlinear annotation, musical formatting, the language tag; tag characters outside the
// flag sequences they spell (🏴 + tags + cancel tag). Not U+200C/U+200D. Lone surrogates are broken text.
const INVISIBLE =
  /[\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\u{1d173}-\u{1d17a}\u{e0001}]|(?<!\u{1f3f4}[\u{e0020}-\u{e007e}]*)[\u{e0020}-\u{e007f}]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;
// Line and paragraph separators: line breaks to Unicode, not to a terminal.
const SEPARATOR = /[\u2028\u2029]/g;
// One scan that clean text passes: anything any of the patterns above could touch.
const SUSPECT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b\u200e\u200f\u2028-\u202e\u2060-\u206f\ud800-\udfff\ufeff\ufff9-\ufffb]/;

/** Text to read, made terminal-safe: escape sequences, controls (not \n or \t) and invisible format characters removed. */
export function safeText(text: string): string {
  if (!SUSPECT.test(text)) return text;
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '').replace(INVISIBLE, '').replace(SEPARATOR, '\n');
}

/** Text to read on one line (a table cell, a status line): `safeText`, then every whitespace run one space. */
export function safeLine(text: string): string {
  return safeText(text).replace(/\s+/g, ' ').trim();
}

// What visibleText shows for each control: the Unicode control pictures (␀…␟, ␡), with ␤ for a newline.
const PICTURE_OF = (code: number) => String.fromCharCode(code === 0x0a ? 0x2424 : code === 0x7f ? 0x2421 : 0x2400 + code);
const SHOWN = /[\u0000-\u001f\u007f]|[\u0080-\u009f\u2028\u2029]|[\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\u{1d173}-\u{1d17a}\u{e0001}]|(?<!\u{1f3f4}[\u{e0020}-\u{e007e}]*)[\u{e0020}-\u{e007f}]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

/**
 * A name or a diagnostic as one safe line that hides nothing: each control is drawn as its control
 * picture (ESC as ␛, a newline as ␤), each C1 control or invisible format character as `<U+XXXX>`.
 */
export function visibleText(text: string): string {
  if (!SUSPECT.test(text) && !/[\n\t]/.test(text)) return text;
  return text.replace(SHOWN, (ch) => {
    const code = ch.codePointAt(0)!;
    if (code < 0x20 || code === 0x7f) return PICTURE_OF(code);
    return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
  });
}

/** True when `text` holds anything `safeText` would remove. */
export function hasUnsafeCharacters(text: string): boolean {
  return safeText(text) !== text;
}
