/**
 * A paragraph's tokens kept from the scan for quote attribution, which runs after merging and needs
 * them again. Tokenising a second time was a third of attribution's work; kept as token objects they
 * would not fit in memory. So they are kept as two arrays of small integers (8 bytes a token; plain
 * arrays, which V8 makes on its heap, where a typed array this size costs a buffer of its own), and only
 * for paragraphs that hold a quote.
 */
import { vocabularyGeneration } from './intern.js';
import { newToken, type TokenPool } from './token-pool.js';
import type { Token } from './tokens.js';
import { infoOf, markOf } from './words.js';

/** Tokens in text order: each a word id and possessive flag, or a punctuation mark, and its offset. */
export interface StoredTokens {
  /** Word ids are only good while the vocabulary has not started afresh. */
  generation: number;
  /** Per token: word id * 2 + 1 if possessive, or -(code + 1) for a punctuation mark. */
  codes: number[];
  starts: number[];
}

/** Collects one paragraph's tokens, sentence by sentence. */
export class TokenRecorder {
  private codes: number[] = [];
  private starts: number[] = [];
  /** Where the last sentence ended, or -1 before the first (which must start at 0). */
  private end = -1;
  private placed = true;

  /** Starts a paragraph. */
  begin(): void {
    this.codes = [];
    this.starts = [];
    this.end = -1;
    this.placed = true;
  }

  /**
   * Adds a sentence's tokens. The sentences must tile the paragraph (one space between them) for the
   * tokens to be the paragraph's own: a sentence that starts elsewhere spoils the record.
   */
  add(tokens: readonly Token[], start: number, end: number): void {
    if (start !== this.end + 1 && !(this.end < 0 && start === 0)) this.placed = false;
    this.end = end;
    for (const t of tokens) {
      this.codes.push(t.id >= 0 ? t.id * 2 + (t.possessive ? 1 : 0) : -(t.text.charCodeAt(0) + 1));
      this.starts.push(t.start);
    }
  }

  /** Marks the paragraph as not recordable (a sentence could not be placed in its text). */
  spoil(): void {
    this.placed = false;
  }

  /** The paragraph's tokens, or null when its sentences did not tile its text of `length`. */
  finish(length: number): StoredTokens | null {
    if (!this.placed || this.end !== length) return null;
    return { generation: vocabularyGeneration(), codes: this.codes, starts: this.starts };
  }
}

/** The stored tokens as the pool's token objects; null when the vocabulary has started afresh since. */
export function restoreTokens(stored: StoredTokens, pool: TokenPool): Token[] | null {
  if (stored.generation !== vocabularyGeneration()) return null;
  const out: Token[] = [];
  for (let k = 0; k < stored.codes.length; k++) {
    const code = stored.codes[k]!;
    const start = stored.starts[k]!;
    if (code < 0) {
      const mark = markOf(-code - 1);
      out.push(newToken(pool, mark, start, start + 1, false, false, false, mark, -1));
    } else {
      const id = code >> 1;
      const info = infoOf(id);
      out.push(newToken(pool, info.text, start, start + info.text.length, true, info.cap, (code & 1) === 1, info.lower, id));
    }
  }
  return out;
}
