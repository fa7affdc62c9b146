import type { Actor, ActorKind } from '../types.js';
import { PERSON_PRONOUNS, SPEECH_VERBS } from './lexicon/common-words.js';
import type { Entity } from './merge.js';
import { normaliseText } from './normalise.js';
import { findDashQuote, findQuotes, type QuoteSpan, quoteText } from './quote-spans.js';
import type { ScannedArticle, ScannedParagraph } from './scan.js';
import { restoreTokens, type StoredTokens } from './stored-tokens.js';
import { TokenPool } from './token-pool.js';
import { tokenise, type Token } from './tokens.js';

/** A resolved mention placed in its paragraph. */
interface Placed {
  start: number;
  end: number;
  actor: number;
  kind: ActorKind;
  speaks: boolean;
  oblique: boolean;
  sentence: number;
}

/** A paragraph ready for attribution: its tokens (made when first needed), quotes and mentions in text order. */
interface Para {
  text: string;
  /** Null until `tokensOf` needs them: many paragraphs hold no quote. */
  tokenised: Token[] | null;
  stored: StoredTokens | null;
  pool: TokenPool;
  sentences: readonly { start: number; end: number }[];
  spans: QuoteSpan[];
  mentions: Placed[];
}

/** Who a quote's attribution points to: an actor, a pronoun to resolve, or someone unnamed. */
type Who = { actor: number } | { pronoun: number } | 'unnamed' | null;

const BRIDGE = new Set(['also', 'later', 'then', 'reportedly', 'again', 'earlier', 'has', 'had', 'have', 'further', 'once']);
const JOINERS = new Set([',', 'and', 'but']);
const MAX_GAP = 20;

function tokensOf(para: Para): Token[] {
  para.tokenised ??= (para.stored && restoreTokens(para.stored, para.pool)) ?? tokenise(para.text, 0, para.pool);
  return para.tokenised;
}

function inside(spans: readonly QuoteSpan[], offset: number): boolean {
  return spans.some((s) => offset >= s.textStart && offset < s.textEnd);
}

function sentenceAt(para: Para, offset: number): number {
  const i = para.sentences.findIndex((s) => offset >= s.start && offset < s.end);
  return i < 0 ? para.sentences.length - 1 : i;
}

/** The index of the first token starting at or after `offset` (tokens are in text order). */
function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function speaker(m: Placed | undefined): Who {
  if (!m) return null;
  return m.kind === 'place' ? 'unnamed' : { actor: m.actor };
}

/**
 * The subject of a speech verb before it: the name right before it ("Leavitt said"), a pronoun
 * ("he said"), the clause's first named person across a comma or "and"/"but" ("Lammy followed suit,
 * saying"), or someone unnamed ("his spokesman saying", "the British official added").
 */
function subjectBefore(para: Para, v: number, from: number): Who {
  let j = v - 1;
  while (j >= 0 && BRIDGE.has(tokensOf(para)[j]!.lower)) j--;
  const t = tokensOf(para)[j];
  if (!t || t.start < from) return null;
  const named = para.mentions.find((m) => m.end === t.end);
  if (named) return named.oblique ? 'unnamed' : speaker(named);
  if (PERSON_PRONOUNS.has(t.lower)) return { pronoun: t.start };
  if (JOINERS.has(t.lower)) {
    const first = para.mentions.find((m) => m.start >= from && m.start < t.start && m.kind === 'person' && !m.oblique && !inside(para.spans, m.start));
    return first ? { actor: first.actor } : null;
  }
  return 'unnamed';
}

/** The subject after a verb that opens the attribution: "said Witkoff", "said Foreign Minister Lavrov", "said he". */
function subjectAfter(para: Para, v: number): Who {
  for (let j = v + 1; j < tokensOf(para).length && j <= v + 5; j++) {
    const t = tokensOf(para)[j]!;
    const named = para.mentions.find((m) => m.start === t.start);
    if (named) return speaker(named);
    if (PERSON_PRONOUNS.has(t.lower)) return { pronoun: t.start };
    if (!t.cap) return 'unnamed';
  }
  return 'unnamed';
}

/** Attribution after the closing mark, within the sentence: “…,” X said / said X / he said. */
function attributionAfter(para: Para, span: QuoteSpan, short: boolean): Who {
  const s = para.sentences[sentenceAt(para, span.close - 1)]!;
  const first = firstTokenFrom(tokensOf(para), span.close);
  if (first >= tokensOf(para).length) return null;
  for (let j = first, n = 0; j < tokensOf(para).length && n < (short ? 4 : 14); j++, n++) {
    const t = tokensOf(para)[j]!;
    if (t.start >= s.end || para.spans.some((q) => q.open === t.start)) return null;
    if (!SPEECH_VERBS.has(t.lower)) continue;
    const before = tokensOf(para)[j - 1];
    if (j === first || (before && before.text === ',')) return subjectAfter(para, j);
    return subjectBefore(para, j, span.close);
  }
  return null;
}

/** Attribution before the opening mark, within the sentence: X said: “…” / X said that the “…”. */
function attributionBefore(para: Para, span: QuoteSpan): Who {
  const s = para.sentences[sentenceAt(para, span.open)]!;
  let verb = -1;
  let gap = 0;
  for (let j = firstTokenFrom(tokensOf(para), s.start); j < tokensOf(para).length && tokensOf(para)[j]!.start < span.open; j++) {
    const t = tokensOf(para)[j]!;
    if (inside(para.spans, t.start)) continue;
    gap++;
    if (SPEECH_VERBS.has(t.lower)) {
      verb = j;
      gap = 0;
    }
  }
  if (verb < 0 || gap > MAX_GAP) return null;
  return subjectBefore(para, verb, s.start);
}

/** Whether a sentence reports through a pronoun (", he said."): its subject is someone named earlier. */
function pronounReports(para: Para, sentence: number): boolean {
  const s = para.sentences[sentence]!;
  const tokens = tokensOf(para).slice(firstTokenFrom(tokensOf(para), s.start), firstTokenFrom(tokensOf(para), s.end));
  return tokens.some((t, i) => (PERSON_PRONOUNS.has(t.lower) && SPEECH_VERBS.has(tokens[i + 1]?.lower ?? ''))
    || (SPEECH_VERBS.has(t.lower) && PERSON_PRONOUNS.has(tokens[i + 1]?.lower ?? '')));
}

/** The person a sentence is about as a speaker or subject, or null. */
function sentenceSubject(paras: readonly Para[], p: number, sentence: number, depth: number): number | null {
  const para = paras[p]!;
  const people = para.mentions.filter((m) => m.sentence === sentence && m.kind === 'person' && !inside(para.spans, m.start));
  const speaking = people.find((m) => m.speaks);
  if (speaking) return speaking.actor;
  if (depth < 3 && pronounReports(para, sentence)) return resolvePronoun(paras, p, sentence, depth + 1);
  return people.find((m) => !m.oblique)?.actor ?? null;
}

/**
 * "he said": the most recent person named as a subject in the preceding sentences of the same
 * paragraph, then of the previous paragraph. A sentence that itself reports through "he said" passes
 * the question further back, so a chain of "he said" paragraphs keeps its speaker.
 */
function resolvePronoun(paras: readonly Para[], p: number, sentence: number, depth = 0): number | null {
  for (let s = sentence - 1; s >= 0; s--) {
    const found = sentenceSubject(paras, p, s, depth);
    if (found !== null) return found;
  }
  const prev = paras[p - 1];
  if (!prev) return null;
  for (let s = prev.sentences.length - 1; s >= 0; s--) {
    const found = sentenceSubject(paras, p - 1, s, depth);
    if (found !== null) return found;
  }
  return null;
}

const SPACES = /\s+/g;

/** How many words a trimmed text has (as `text.split(/\s+/)` counts them), counting no further than `limit`. */
function wordCountUpTo(text: string, limit: number): number {
  let n = 1;
  SPACES.lastIndex = 0;
  while (n < limit && SPACES.exec(text) !== null) n++;
  return n;
}

/** The comma before a dash quote's closing attribution (", Witkoff tells CNN."), or -1. */
function attributionComma(text: string): number {
  for (let i = text.lastIndexOf(','); i > 0 && text.length - i < 160; i = text.lastIndexOf(',', i - 1)) {
    const words = text.slice(i + 1).match(/\p{L}+/gu) ?? [];
    if (words.slice(0, 5).some((w) => SPEECH_VERBS.has(w.toLowerCase()))) return i;
  }
  return -1;
}

function placeParagraphs(scan: ScannedArticle, mentions: Placed[][], pool: TokenPool): Para[] {
  return scan.paragraphs.map((sp: ScannedParagraph, p) => {
    const spans = findQuotes(sp.text);
    const dash = findDashQuote(sp.text, attributionComma);
    if (dash) spans.unshift(dash);
    return {
      text: sp.text,
      tokenised: null,
      stored: sp.tokens,
      pool,
      sentences: sp.sentences,
      spans,
      mentions: (mentions[p] ?? []).sort((a, b) => a.start - b.start),
    };
  });
}

/**
 * Attributes every direct quote to its speaker and adds it to that actor's `quotes`. A quote with no
 * attribution, or one attributed to someone unnamed ("says one of them"), is left out rather than
 * guessed. One- and two-word quotes (scare quotes) need a speech verb right beside them.
 */
export function attributeQuotes(actors: Actor[], entities: readonly Entity[], scanned: ReadonlyMap<string, ScannedArticle>): void {
  const placed = new Map<string, Placed[][]>();
  entities.forEach((entity, actor) => {
    for (const c of entity.candidates) {
      let byPara = placed.get(c.articleId);
      if (!byPara) placed.set(c.articleId, (byPara = []));
      (byPara[c.paragraph] ??= []).push({ start: c.start, end: c.end, actor, kind: entity.kind, speaks: c.speaks, oblique: c.oblique, sentence: c.sentence });
    }
  });
  const seen = new Set<string>();
  // Attribution reads one article at a time, so its tokens can reuse the previous article's objects.
  const pool = new TokenPool();
  for (const [articleId, scan] of scanned) {
    pool.reset();
    const paras = placeParagraphs(scan, placed.get(articleId) ?? [], pool);
    paras.forEach((para, p) => {
      let last: number | null = null;
      for (const span of para.spans) {
        const text = quoteText(para.text, span);
        const short = wordCountUpTo(text, 3) <= 2;
        let who = attributionAfter(para, span, short) ?? (span.dash ? null : attributionBefore(para, span));
        if (who !== null && typeof who === 'object' && 'pronoun' in who) {
          const found = resolvePronoun(paras, p, sentenceAt(para, who.pronoun) + 1);
          who = found === null ? null : { actor: found };
        }
        const opensSentence = para.sentences.some((s) => s.start === span.open);
        if (who === null && last !== null && opensSentence && !short) who = { actor: last };
        if (who === null || who === 'unnamed' || actors[who.actor]!.kind === 'place') {
          last = null;
          continue;
        }
        last = who.actor;
        const key = `${who.actor}\u0000${articleId}\u0000${normaliseText(text)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        actors[who.actor]!.quotes.push({ text, articleId, paragraph: p });
      }
    });
  }
}
