/**
 * Cache files: gzip-compressed JSON Lines in a private folder. One header line (what the file is, for
 * which build and key), one line per record, one trailer line with the count. Lines keep every string
 * small at any corpus size (one JSON blob of 100,000 articles is past V8's longest string), gzip makes
 * the repeats of news text cheap on disk, and the trailer plus gzip's own checksum tell a whole file
 * from a half-written or damaged one. Written to a private temporary file, then renamed: a reader sees
 * the old file or the new one, never part of one.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, lstat, mkdir, readdir, rename, stat, unlink, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';

/** The header of a cache file: the reader compares every field with what it expects. */
export interface CacheHeader {
  newsx: 'cache';
  format: number;
  kind: string;
  build: string;
  key: string;
}

const ownUid = typeof process.getuid === 'function' ? process.getuid() : null;

/**
 * The cache folder, made private (0700) if needed; null when it cannot be used (a file in its place, a
 * link, another user's folder): then newsx runs without a cache rather than share one.
 */
export async function privateFolder(dir: string): Promise<string | null> {
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const info = await lstat(dir);
    if (!info.isDirectory() || (ownUid !== null && info.uid !== ownUid)) return null;
    if ((info.mode & 0o777) !== 0o700) await chmod(dir, 0o700);
    return dir;
  } catch {
    return null;
  }
}

/** Lines per write: large enough that gzip and the stream see few calls, small enough to stay small. */
const BATCH_CHARS = 1 << 16;

function* lines(header: CacheHeader, records: Iterable<unknown>): Generator<string> {
  let batch = `${JSON.stringify(header)}\n`;
  let count = 0;
  for (const record of records) {
    batch += `${JSON.stringify(record)}\n`;
    count++;
    if (batch.length >= BATCH_CHARS) {
      yield batch;
      batch = '';
    }
  }
  yield `${batch}${JSON.stringify({ end: count })}\n`;
}

/**
 * Writes a cache file whole or not at all: a private (0600) temporary file beside it, then a rename.
 * Any failure removes the temporary file (a directory where the file should be leaves nothing behind).
 */
export async function writeCacheFile(dir: string, name: string, header: CacheHeader, records: Iterable<unknown>): Promise<boolean> {
  const target = join(dir, name);
  const temporary = join(dir, `${name}.${process.pid}.${Date.now()}.tmp`);
  try {
    const out = createWriteStream(temporary, { flags: 'wx', mode: 0o600 });
    await pipeline(Readable.from(lines(header, records)), createGzip({ level: 1 }), out);
    await rename(temporary, target);
    return true;
  } catch {
    await unlink(temporary).catch(() => {});
    return false;
  }
}

/**
 * Reads a cache file, handing each record to `accept` (which says whether it has the right shape).
 * Null for a miss of any kind: no file, not a regular file of ours, another header, a damaged or
 * truncated file, a record of the wrong shape, a missing trailer. A hit touches the file, so pruning
 * by age keeps what is in use.
 */
export async function readCacheFile(dir: string, name: string, header: CacheHeader, accept: (record: unknown) => boolean): Promise<boolean> {
  const file = join(dir, name);
  try {
    const info = await lstat(file);
    if (!info.isFile() || (ownUid !== null && info.uid !== ownUid)) return false;
    // Large pieces: gzip's default 16 KB means a callback per 16 KB, most of the time of a re-open.
    const input = createReadStream(file, { highWaterMark: 1 << 20 }).pipe(createGunzip({ chunkSize: 1 << 20 }));
    let state = 'header' as 'header' | 'records' | 'ended';
    let count = 0;
    let ok = true;
    const take = (line: string): boolean => {
      const value = JSON.parse(line) as unknown;
      if (state === 'header') {
        state = 'records';
        return sameHeader(value, header);
      }
      if (state === 'records' && isTrailer(value)) {
        state = 'ended';
        return value.end === count;
      }
      if (state === 'records' && accept(value)) return ++count > 0;
      return false;
    };
    for await (const line of linesOf(input)) {
      if (!take(line)) { ok = false; break; }
    }
    input.destroy();
    if (!ok || state !== 'ended') return false;
    const now = new Date();
    await utimes(file, now, now).catch(() => {});
    return true;
  } catch {
    return false;
  }
}

/**
 * The lines of a stream of UTF-8 text (cache files end each line with \n; a last unended line is kept).
 * Split on the bytes, each line decoded alone: no byte of a multi-byte character is a newline, and no
 * string the size of a megabyte piece is made.
 */
async function* linesOf(input: AsyncIterable<Buffer>): AsyncGenerator<string> {
  let rest: Buffer | null = null;
  for await (const chunk of input) {
    const bytes: Buffer = rest ? Buffer.concat([rest, chunk]) : chunk;
    let from = 0;
    for (let end = bytes.indexOf(10); end !== -1; end = bytes.indexOf(10, from)) {
      yield bytes.toString('utf8', from, end);
      from = end + 1;
    }
    rest = from < bytes.length ? bytes.subarray(from) : null;
  }
  if (rest) yield rest.toString('utf8');
}

function sameHeader(value: unknown, expected: CacheHeader): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (Object.keys(expected) as (keyof CacheHeader)[]).every((k) => v[k] === expected[k]);
}

function isTrailer(value: unknown): value is { end: number } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 1 && typeof (value as { end?: unknown }).end === 'number';
}

/** Unused cache files are removed after this long (a hit renews a file). */
export const KEEP_MS = 30 * 24 * 3600 * 1000;
/** A temporary file older than this was left by a process that died; younger ones may be in use. */
const TEMPORARY_MS = 3600 * 1000;

/**
 * Removes what the cache no longer needs: files unused for KEEP_MS, temporary files left by a process
 * that died, and the analyses of earlier formats (one JSON file per corpus state, never read again).
 * Best effort: a file another run removed first is no error.
 */
export async function pruneCache(dir: string, inUse: ReadonlySet<string>, now = Date.now()): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    if (inUse.has(name)) continue;
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) continue;
    const age = now - info.mtimeMs;
    const stale = name.endsWith('.tmp') ? age > TEMPORARY_MS : name.endsWith('.json') || age > KEEP_MS;
    if (stale) await unlink(path).catch(() => {});
  }
}
