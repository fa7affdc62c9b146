/**
 * Keyboard input as Ink can take it. A paste of coloured terminal output carries SGR sequences
 * ("ESC[31m"), and terminals answer queries with OSC/DCS strings; Ink's key parser throws on CSI
 * sequences it cannot name, which would end the app mid-paste. Sequences that name a key (arrows,
 * Home/End, PgUp/PgDn, F-keys, Shift-Tab, kitty's `u`) and SGR mouse reports pass; every other escape string goes.
 */
const FOREIGN_SEQUENCES = /\u001b\[(?!<[\d;]*[Mm])[0-?]*[ -/]*(?![A-DHFPQRSZ~u])[@-~]|\u001b[\]P^_X][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[\u0080-\u009f]/g;

/** Removes escape strings that name no key from a chunk of terminal input. */
export function keyboardInput(chunk: string): string {
  return chunk.replace(FOREIGN_SEQUENCES, '');
}

/** A stream Ink reads keys from with `read()`. */
interface ReadableInput {
  read: (size?: number) => unknown;
}

/** Makes a stdin hand Ink only keyboard input (see keyboardInput); returns the same stream. */
export function guardInput<T extends ReadableInput>(stdin: T): T {
  const read = stdin.read.bind(stdin);
  stdin.read = (size?: number) => {
    const chunk = read(size);
    if (chunk === null || chunk === undefined) return chunk;
    return keyboardInput(typeof chunk === 'string' ? chunk : String(chunk));
  };
  return stdin;
}
