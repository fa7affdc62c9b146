/**
 * Windows-1252 both ways. Node's own `TextDecoder('windows-1252')` decodes 0x80-0x9F as Latin-1 C1
 * controls since 20.18.3 (nodejs/node#60888), which turns curly quotes into invisible characters, so
 * the 32 printable differences from Latin-1 are spelled out here.
 */
const HIGH_CODE_POINTS: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

const HIGH_CHARS = HIGH_CODE_POINTS.map((cp) => String.fromCharCode(cp));

/** Unicode character -> the Windows-1252 byte that shows it, for every byte 0x80-0xFF. */
const BYTE_OF = new Map<string, number>();
for (let byte = 0x80; byte <= 0xff; byte++) {
  BYTE_OF.set(byte < 0xa0 ? (HIGH_CHARS[byte - 0x80] ?? '') : String.fromCharCode(byte), byte);
}
// Text that went through a Latin-1 decoder carries the C1 code points themselves: they are the same bytes.
for (let byte = 0x80; byte < 0xa0; byte++) {
  if (!BYTE_OF.has(String.fromCharCode(byte))) BYTE_OF.set(String.fromCharCode(byte), byte);
}

/** Decodes bytes as Windows-1252 (WHATWG mapping; undefined bytes stay as their C1 code points). */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (c) => HIGH_CHARS[c.charCodeAt(0) - 0x80] ?? c);
}

/** The Windows-1252 byte (0x80-0xFF) a character stands for, or undefined for any other character. */
export function windows1252ByteOf(char: string): number | undefined {
  return BYTE_OF.get(char);
}

/** Every character that stands for a byte in [from, to] (0x80-0xFF), as a regex character-class body. */
export function windows1252CharClass(from: number, to: number): string {
  let body = '';
  for (const [char, byte] of BYTE_OF) {
    if (byte >= from && byte <= to) body += `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  }
  return body;
}
