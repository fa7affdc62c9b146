import type { Token } from './tokens.js';

/**
 * Token objects to reuse. A corpus has millions of tokens that live for one sentence (the scan) or one
 * article (quote attribution); making each anew left most of the stage's time to the garbage collector.
 * Tokens taken from a pool are valid until the pool is reset.
 */
export class TokenPool {
  private readonly tokens: Token[] = [];
  private used = 0;

  /** Makes every token of the pool free again: tokens handed out before are overwritten. */
  reset(): void {
    this.used = 0;
  }

  /** A token object, reused when one is free. */
  take(): Token {
    if (this.used === this.tokens.length) this.tokens.push(blank());
    return this.tokens[this.used++]!;
  }
}

function blank(): Token {
  return { text: '', start: 0, end: 0, word: false, cap: false, possessive: false, lower: '', id: -1 };
}

/** A token with these fields: the pool's next free object, or a new one without a pool. */
export function newToken(pool: TokenPool | null, text: string, start: number, end: number, word: boolean, cap: boolean,
  possessive: boolean, lower: string, id: number): Token {
  const t = pool ? pool.take() : blank();
  t.text = text;
  t.start = start;
  t.end = end;
  t.word = word;
  t.cap = cap;
  t.possessive = possessive;
  t.lower = lower;
  t.id = id;
  return t;
}
