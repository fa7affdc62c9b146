/**
 * A paragraph as quote attribution reads it: its text and sentences, its quotes, the resolved mentions
 * of actors in text order, and its tokens (kept from the scan, or made when first needed).
 */
import type { ActorKind } from '../types.js';
import type { QuoteSpan } from './quote-spans.js';
import { restoreTokens, type StoredTokens } from './stored-tokens.js';
import type { TokenPool } from './token-pool.js';
import { tokenise, type Token } from './tokens.js';

/** A resolved mention placed in its paragraph. */
export interface Placed {
  start: number;
  end: number;
  actor: number;
  kind: ActorKind;
  speaks: boolean;
  oblique: boolean;
  sentence: number;
}

/** A paragraph ready for attribution: its tokens (made when first needed), quotes and mentions in text order. */
export interface Para {
  text: string;
  /** Null until `tokensOf` needs them: many paragraphs hold no quote. */
  tokenised: Token[] | null;
  /** The scan's tokens, when it kept them. */
  stored: StoredTokens | null;
  pool: TokenPool;
  sentences: readonly { start: number; end: number }[];
  spans: QuoteSpan[];
  mentions: Placed[];
}

/** Who a quote's attribution points to: an actor, a pronoun to resolve, or someone unnamed. */
export type Who = { actor: number } | { pronoun: number } | 'unnamed' | null;

/** The paragraph's tokens: kept from the scan when it could, else made now (once). */
export function tokensOf(para: Para): Token[] {
  para.tokenised ??= (para.stored && restoreTokens(para.stored, para.pool)) ?? tokenise(para.text, 0, para.pool);
  return para.tokenised;
}

/** Whether an offset falls inside one of the quotes. */
export function inside(spans: readonly QuoteSpan[], offset: number): boolean {
  return spans.some((s) => offset >= s.textStart && offset < s.textEnd);
}

/** The index of the sentence holding an offset (the last one past the end). */
export function sentenceAt(para: Para, offset: number): number {
  const i = para.sentences.findIndex((s) => offset >= s.start && offset < s.end);
  return i < 0 ? para.sentences.length - 1 : i;
}

/** The index of the first token starting at or after `offset` (tokens are in text order). */
export function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
