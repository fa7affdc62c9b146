import type { Actor } from '../types.js';
import { attributionAfter, attributionBefore } from './attribution.js';
import { SPEECH_VERBS } from './lexicon/common-words.js';
import type { Entity } from './merge.js';
import { normaliseText } from './normalise.js';
import { resolvePronoun } from './pronouns.js';
import { type Para, type Placed, sentenceAt } from './quote-paragraph.js';
import { findDashQuote, findQuotes, quoteText } from './quote-spans.js';
import type { ScannedArticle, ScannedParagraph } from './scan.js';
import { TokenPool } from './token-pool.js';

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
