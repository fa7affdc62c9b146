import { close, constants, createReadStream, fstat, lstat, open, read, readdir, realpath, stat } from 'node:fs';
import { promisify } from 'node:util';
import { tooLarge } from './limits.js';

/**
 * A path as the file system spells it: one character per byte (latin1), so a name that is not UTF-8
 * can be listed, compared and opened. Paths made of ASCII read the same either way.
 */
export type RawPath = string;

/** A directory entry as discovery needs it (node's Dirent, with its name as a RawPath). */
export interface DirEntry {
  name: RawPath;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
  isFIFO?(): boolean;
  isSocket?(): boolean;
  isCharacterDevice?(): boolean;
  isBlockDevice?(): boolean;
}

/** What discovery and loading learn from stat (node's Stats fits). */
export interface FileStat {
  size: number;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink?(): boolean;
  isFIFO?(): boolean;
  isSocket?(): boolean;
  isCharacterDevice?(): boolean;
  isBlockDevice?(): boolean;
}

/** What opening a file for reading gave: its bytes and the size fstat saw, or why it was not read. */
export type FileRead = { bytes: Uint8Array; size: number } | { refused: string };

/**
 * The read-only file operations the reader uses. Everything goes through this, so tests can simulate
 * what root cannot (an unreadable file) or what is hard to time (a file changing while it is read),
 * and so nothing here can write to the corpus.
 */
export interface CorpusFs {
  readdir(path: RawPath): Promise<DirEntry[]>;
  stat(path: RawPath): Promise<FileStat>;
  lstat(path: RawPath): Promise<FileStat>;
  realpath(path: RawPath): Promise<RawPath>;
  /**
   * Opens without following a last link and without blocking (a FIFO), checks the open handle is a
   * regular file of at most `limit` bytes, then reads at most `limit` + 1 bytes: what is checked is
   * what is read, whatever is swapped in between.
   */
  readFile(path: RawPath, limit: number): Promise<FileRead>;
  /**
   * Opens and checks the handle as readFile does, then gives the file in chunks instead of whole: for
   * web archives, which may be far larger than memory should hold. A read error rejects the iteration.
   */
  readStream(path: RawPath, limit: number): Promise<FileStream>;
}

/** What opening a file for streaming gave: its chunks and size, or why it was not read. */
export type FileStream = { chunks: AsyncIterable<Uint8Array>; size: number } | { refused: string };

/** A RawPath as node takes it. */
export function toNative(path: RawPath): Buffer {
  return Buffer.from(path, 'latin1');
}

/** A path or name the user gave (UTF-16) as a RawPath (its UTF-8 bytes). */
export function toRaw(path: string): RawPath {
  return Buffer.from(path, 'utf8').toString('latin1');
}

/** A RawPath as text to show: UTF-8, with U+FFFD for each byte sequence that is not. */
export function shownPath(path: RawPath): string {
  return toNative(path).toString('utf8');
}

/** True when a RawPath's bytes are valid UTF-8 (its shown form is its real name). */
export function isUtf8(path: RawPath): boolean {
  // Pure ASCII is the usual case and needs no decoding.
  if (!/[^\x00-\x7f]/.test(path)) return true;
  const bytes = toNative(path);
  return Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes);
}

/** A non-regular file in words: "a FIFO", "a socket", "a device". */
export function kindOf(entry: DirEntry | FileStat): string {
  if (entry.isDirectory()) return 'a folder';
  if (entry.isFIFO?.()) return 'a FIFO';
  if (entry.isSocket?.()) return 'a socket';
  if (entry.isCharacterDevice?.() || entry.isBlockDevice?.()) return 'a device';
  return 'not a file';
}

const readdirAsync = promisify(readdir);
const statAsync = promisify(stat);
const lstatAsync = promisify(lstat);
const realpathAsync = promisify(realpath);
const openAsync = promisify(open);
const fstatAsync = promisify(fstat);
const readAsync = promisify(read);
const closeAsync = promisify(close);

// O_NONBLOCK: opening a FIFO with no writer returns at once instead of blocking a libuv thread (and the
// process) forever; O_NOFOLLOW: a file swapped for a link after discovery is refused, not followed.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0) | (constants.O_NOCTTY ?? 0);

/** Reads an open regular file to its end, but never more than `limit` + 1 bytes (it may grow meanwhile). */
async function readBounded(fd: number, size: number, limit: number): Promise<Buffer> {
  let buffer = Buffer.allocUnsafe(Math.min(size, limit) + 1);
  let length = 0;
  for (;;) {
    const { bytesRead: n } = await readAsync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) return buffer.subarray(0, length);
    length += n;
    if (length > limit) return buffer.subarray(0, length);
    if (length === buffer.length) {
      const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit + 1));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
  }
}

/**
 * Opens a path as the reading policy wants (no last link followed, no blocking on a FIFO) and checks
 * the open handle, not the name: a regular file within the limit, or why not. The caller owns `fd`.
 */
async function openRegular(path: RawPath, limit: number): Promise<{ fd: number; size: number } | { refused: string }> {
  let fd: number;
  try {
    fd = await openAsync(toNative(path), OPEN_FLAGS);
  } catch (error) {
    // Only a link gives ELOOP under O_NOFOLLOW, and every path opened here was a file or a resolved link.
    if ((error as { code?: unknown }).code === 'ELOOP') return { refused: 'became a link after the folder was listed (not followed)' };
    throw error;
  }
  try {
    const info = await fstatAsync(fd);
    const refused = !info.isFile() ? `not a regular file (${kindOf(info)})` : info.size > limit ? tooLarge(info.size, limit) : null;
    if (refused === null) return { fd, size: info.size };
    await closeAsync(fd);
    return { refused };
  } catch (error) {
    await closeAsync(fd);
    throw error;
  }
}

async function readRegular(path: RawPath, limit: number): Promise<FileRead> {
  const opened = await openRegular(path, limit);
  if ('refused' in opened) return opened;
  try {
    const bytes = await readBounded(opened.fd, opened.size, limit);
    if (bytes.length > limit) return { refused: tooLarge(bytes.length, limit) };
    return { bytes, size: opened.size };
  } finally {
    await closeAsync(opened.fd);
  }
}

/** Opens a file as readRegular does, then streams it. */
async function streamRegular(path: RawPath, limit: number): Promise<FileStream> {
  const opened = await openRegular(path, limit);
  if ('refused' in opened) return opened;
  // The stream owns the descriptor from here and closes it at the end, on an error, or when abandoned.
  return { chunks: createReadStream('', { fd: opened.fd, highWaterMark: 1024 * 1024, end: limit }), size: opened.size };
}

/** Node's Dirent with its Buffer name given as a RawPath (the type checks stay node's own). */
function rawEntry(entry: import('node:fs').Dirent<Buffer>): DirEntry {
  return Object.assign(entry, { name: entry.name.toString('latin1') }) as unknown as DirEntry;
}

/**
 * The real file system, through the callback API: `fs/promises` readFile reads in chunks with an await
 * per step and measured several times slower over 100,000 small files.
 */
export const nodeFs: CorpusFs = {
  readdir: async (path) => (await readdirAsync(toNative(path), { withFileTypes: true, encoding: 'buffer' })).map(rawEntry),
  stat: (path) => statAsync(toNative(path)),
  lstat: (path) => lstatAsync(toNative(path)),
  realpath: async (path) => (await realpathAsync(toNative(path), { encoding: 'buffer' })).toString('latin1'),
  readFile: readRegular,
  readStream: streamRegular,
};

const ERROR_WORDS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'no such file',
  EISDIR: 'is a folder',
  ENOTDIR: 'not a folder',
  ELOOP: 'too many levels of links',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
  ENXIO: 'not a regular file (a socket or device)',
};

/** A file-system error in words a user can act on ("permission denied"), not a stack trace. */
export function describeError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return ERROR_WORDS[code] ?? code;
  return error instanceof Error ? error.message : String(error);
}
