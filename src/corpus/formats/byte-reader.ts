import { createGunzip } from 'node:zlib';

/** Thrown when the decompressed data passes its cap (a small file that inflates without end). */
export class TooMuchData extends Error {}

/**
 * Chunks of a gzip stream (one member or many, as web archives are written), inflated. At most `cap`
 * bytes come out; past that it throws TooMuchData. A cut-off stream throws after yielding all it could.
 */
export async function* gunzipChunks(source: AsyncIterable<Uint8Array>, cap: number): AsyncGenerator<Uint8Array> {
  const gunzip = createGunzip();
  let sourceError: unknown = null;
  const feed = (async () => {
    try {
      for await (const chunk of source) {
        // Stopped early (the archive broke, or the reader is done): leaving the loop closes the file.
        if (gunzip.destroyed) return;
        if (!gunzip.write(chunk)) await new Promise((resolve) => { gunzip.once('drain', resolve); gunzip.once('close', resolve); });
      }
      gunzip.end();
    } catch (error) {
      sourceError = error;
      gunzip.destroy(error as Error);
    }
  })();
  let total = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<Uint8Array>) {
      total += chunk.length;
      if (total > cap) throw new TooMuchData(`decompresses to more than ${cap} bytes`);
      yield chunk;
    }
  } catch (error) {
    throw sourceError ?? error;
  } finally {
    gunzip.destroy();
    await feed;
  }
}

/**
 * Reads a stream of chunks as a byte sequence: up to a delimiter (headers), an exact count (a block) or
 * past a count without keeping it (a record that is not wanted), holding only what it must.
 */
export class ByteReader {
  private chunks: Uint8Array[] = [];
  private buffered = 0;
  private done = false;
  private readonly source: AsyncIterator<Uint8Array>;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.source = source[Symbol.asyncIterator]();
  }

  /** Stops reading: the source is closed (its file with it) even when the reader stopped before its end. */
  async close(): Promise<void> {
    this.done = true;
    this.chunks = [];
    await this.source.return?.();
  }

  /** Pulls one more chunk; false at the end of the stream. */
  private async pull(): Promise<boolean> {
    if (this.done) return false;
    const next = await this.source.next();
    if (next.done) {
      this.done = true;
      return false;
    }
    if (next.value.length) {
      this.chunks.push(next.value);
      this.buffered += next.value.length;
    }
    return true;
  }

  /** What is buffered, as one array (joined once, so repeated searches stay cheap). */
  private joined(): Uint8Array {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks)];
    return this.chunks[0] ?? new Uint8Array(0);
  }

  /** Drops `n` buffered bytes from the front. */
  private drop(n: number): void {
    const all = this.joined();
    this.chunks = n >= all.length ? [] : [all.subarray(n)];
    this.buffered = Math.max(0, this.buffered - n);
  }

  /** Skips CR, LF, spaces and tabs (the blank lines between records). */
  async skipBlank(): Promise<void> {
    for (;;) {
      const all = this.joined();
      let i = 0;
      while (i < all.length && (all[i] === 0x0d || all[i] === 0x0a || all[i] === 0x20 || all[i] === 0x09)) i++;
      this.drop(i);
      if (this.buffered > 0 || !(await this.pull())) return;
    }
  }

  /**
   * The bytes up to a blank line (CRLF CRLF, or LF LF from a careless writer), consumed with it; null at
   * the end of the stream or when none comes within `max` bytes.
   */
  async readHead(max: number): Promise<{ head: Uint8Array } | { end: 'eof' | 'too long'; pending: number }> {
    let from = 0;
    for (;;) {
      const all = this.joined();
      const at = findBlankLine(all, from);
      if (at) {
        const head = all.slice(0, at.start);
        this.drop(at.end);
        return { head };
      }
      if (all.length > max) return { end: 'too long', pending: all.length };
      from = Math.max(0, all.length - 3);
      if (!(await this.pull())) return { end: 'eof', pending: this.buffered };
    }
  }

  /** Exactly `n` bytes, or fewer when the stream ends first. */
  async read(n: number): Promise<Uint8Array> {
    while (this.buffered < n && (await this.pull()));
    const all = this.joined();
    const out = all.slice(0, n);
    this.drop(out.length);
    return out;
  }

  /** Passes over `n` bytes without keeping them; gives how many there were (fewer at the end). */
  async skip(n: number): Promise<number> {
    let skipped = 0;
    while (skipped < n) {
      if (this.buffered === 0 && !(await this.pull())) break;
      const take = Math.min(n - skipped, this.buffered);
      this.drop(take);
      skipped += take;
    }
    return skipped;
  }
}

/** Where the first blank line is (CRLF CRLF or LF LF), searching from `from`. */
function findBlankLine(bytes: Uint8Array, from: number): { start: number; end: number } | null {
  for (let i = bytes.indexOf(0x0a, from); i >= 0; i = bytes.indexOf(0x0a, i + 1)) {
    if (bytes[i + 1] === 0x0a) return { start: i, end: i + 2 };
    if (bytes[i + 1] === 0x0d && bytes[i + 2] === 0x0a) return { start: i > 0 && bytes[i - 1] === 0x0d ? i - 1 : i, end: i + 3 };
  }
  return null;
}
