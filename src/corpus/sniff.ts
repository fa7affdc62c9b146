/** How much of a file's start is looked at to tell text from binary. */
const SNIFF_BYTES = 8192;
/** Above this share of NUL and control bytes in the first 8 KB, a file is not text. */
const CONTROL_SHARE = 0.01;
/** ...and at least this many: one stray NUL in a 50-byte note is debris to remove, not a binary. */
const CONTROL_MINIMUM = 8;

/** File signatures of the binaries people most often drop into a folder of articles. */
const MAGIC: readonly { name: string; bytes: readonly number[] }[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'GZIP archive', bytes: [0x1f, 0x8b] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

/** True for bytes no text file carries: NUL and C0 controls other than tab, newlines, form feed, escape. */
function isControlByte(byte: number): boolean {
  return byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b;
}

/**
 * Why a file is binary ("PNG image", "binary: 12% NUL or control bytes"), or null when it looks like text.
 * UTF-16 text is full of NULs, so its byte-order marks are let through here and decoded later.
 */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const { name, bytes: magic } of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) return name;
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null;
  const sample = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < sample; i++) if (isControlByte(bytes[i] ?? 0)) controls++;
  if (controls >= CONTROL_MINIMUM && controls / sample > CONTROL_SHARE) {
    return `${Math.round((controls / sample) * 100)}% NUL or control bytes`;
  }
  return null;
}
