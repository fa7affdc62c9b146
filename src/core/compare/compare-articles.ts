import { sentencesOf } from '../text/article-sentences.js';
import type { Actor, Article, CompareRow, Comparison } from '../types.js';
import { actorsOnlyOneSide } from './actors-only.js';
import { alignSentences, type AlignedRow } from './align.js';
import { attributionChange } from './attribution.js';
import { figuresIn } from './figures.js';
import { compareQuotes, quotesIn } from './quotes.js';
import { profileSentence, type SentenceProfile } from './sentence-profile.js';
import { diffWords } from './word-diff.js';

/** At or above this an aligned pair reads as the same sentence (a comma, a curly quote, a typo). */
export const SAME_THRESHOLD = 0.95;

const profiles = new WeakMap<Article, SentenceProfile[]>();

/** The article's sentences profiled for alignment, once per article. */
export function sentenceProfiles(article: Article): SentenceProfile[] {
  const known = profiles.get(article);
  if (known) return known;
  const made = sentencesOf(article).map((s) => profileSentence(s.text));
  profiles.set(article, made);
  return made;
}

/**
 * How much of two articles is the same text, in [0, 1]: each aligned row counts with its similarity,
 * weighted by the words on both sides, over all words of both. Cheaper than a full comparison.
 */
export function alignmentSimilarity(a: Article, b: Article): number {
  const pa = sentenceProfiles(a);
  const pb = sentenceProfiles(b);
  return overallSimilarity(alignSentences(pa, pb), pa, pb);
}

function overallSimilarity(rows: readonly AlignedRow[], a: readonly SentenceProfile[], b: readonly SentenceProfile[]): number {
  let matched = 0;
  let total = 0;
  for (const row of rows) {
    const words = row.a.reduce((n, i) => n + a[i]!.weight, 0) + row.b.reduce((n, j) => n + b[j]!.weight, 0);
    matched += words * row.similarity;
    total += words;
  }
  return total === 0 ? 0 : Math.round((matched / total) * 1000) / 1000;
}

function toCompareRow(row: AlignedRow, a: readonly SentenceProfile[], b: readonly SentenceProfile[]): CompareRow {
  const textA = row.a.length ? row.a.map((i) => a[i]!.text).join(' ') : null;
  const textB = row.b.length ? row.b.map((j) => b[j]!.text).join(' ') : null;
  const similarity = Math.round(row.similarity * 1000) / 1000;
  if (textA === null) return { kind: 'onlyB', a: null, b: textB, similarity: 0 };
  if (textB === null) return { kind: 'onlyA', a: textA, b: null, similarity: 0 };
  if (row.similarity >= SAME_THRESHOLD) {
    // Nearly the same still shows what moved ("Friday after a" / "Friday. A") when the words differ.
    const equal = row.a.map((i) => a[i]!.comparable).join(' ') === row.b.map((j) => b[j]!.comparable).join(' ');
    return equal ? { kind: 'same', a: textA, b: textB, similarity } : { kind: 'same', a: textA, b: textB, similarity, diff: diffWords(textA, textB) };
  }
  return { kind: 'changed', a: textA, b: textB, similarity, diff: diffWords(textA, textB) };
}

function wordsOfAll(sentences: readonly SentenceProfile[]): string {
  return sentences.map((s) => s.comparable).join(' ');
}

function onlyIn<T extends { key: string; text: string }>(mine: readonly T[], theirs: readonly T[]): string[] {
  const keys = new Set(theirs.map((f) => f.key));
  return mine.filter((f) => !keys.has(f.key)).map((f) => f.text);
}

/**
 * Two articles compared (docs/DESIGN.md §4): sentences aligned into rows, then what differs summarised:
 * quotes, actors, figures, and attribution verbs changed on rewritten sentences. Total: empty
 * articles give a comparison with no rows and similarity 0.
 */
export function compareArticles(a: Article, b: Article, actors: readonly Actor[]): Comparison {
  const pa = sentenceProfiles(a);
  const pb = sentenceProfiles(b);
  const aligned = alignSentences(pa, pb);
  const rows = aligned.map((row) => toCompareRow(row, pa, pb));
  const plainA = a.paragraphs.join('\n\n');
  const plainB = b.paragraphs.join('\n\n');
  const figuresA = figuresIn(plainA);
  const figuresB = figuresIn(plainB);
  const actorsOnly = actorsOnlyOneSide(a, b, actors);
  const attributionChanges = rows.flatMap((row) =>
    row.kind === 'changed' && row.a !== null && row.b !== null ? attributionChange(row.a, row.b) ?? [] : [],
  );
  return {
    a: { id: a.id, outlet: a.outlet, title: a.title },
    b: { id: b.id, outlet: b.outlet, title: b.title },
    similarity: overallSimilarity(aligned, pa, pb),
    rows,
    quotes: compareQuotes(quotesIn(a.paragraphs), quotesIn(b.paragraphs), wordsOfAll(pa), wordsOfAll(pb)),
    actorsOnlyA: actorsOnly.onlyA,
    actorsOnlyB: actorsOnly.onlyB,
    figuresOnlyA: onlyIn(figuresA, figuresB),
    figuresOnlyB: onlyIn(figuresB, figuresA),
    attributionChanges,
  };
}
