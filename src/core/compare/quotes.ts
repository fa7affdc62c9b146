import type { CompareQuote } from '../types.js';
import { wordsOf } from './words.js';

/** A direct quote as found in one article: its text as written and its words as compared. */
export interface FoundQuote {
  text: string;
  /** Lower-case words joined by spaces. */
  key: string;
  words: number;
  /** The distinct words, for telling a reworded quote from another statement. */
  wordSet: ReadonlySet<string>;
}

/** Quotes shorter than this are scare quotes ("positive"), not statements; reported only as partners. */
export const MIN_QUOTE_WORDS = 3;
// A quote cut to a fragment still counts as altered when the fragment is at least this share of it.
const MIN_FRAGMENT_SHARE = 0.25;
// Word-set overlap above which two different quotes are the same statement reworded.
const ALTERED_DICE = 0.6;

const OPEN = new Set(['\u201c', '\u00ab', '\u201e']);
const CLOSE = new Set(['\u201d', '\u00bb']);
const QUOTE_MARK = /[\u201c\u201d\u00ab\u00bb\u201e"]/g;

/**
 * The double-quoted passages of each paragraph. Scrapes mix curly and straight marks (“… further,"),
 * so any closing mark ends an open quote and a straight mark toggles; a quote never spans paragraphs,
 * so one unbalanced mark cannot swallow the rest of the article.
 */
export function quotesIn(paragraphs: readonly string[]): FoundQuote[] {
  const found: FoundQuote[] = [];
  const seen = new Set<string>();
  for (const paragraph of paragraphs) {
    let start = -1;
    for (const mark of paragraph.matchAll(QUOTE_MARK)) {
      const ch = mark[0];
      const i = mark.index;
      const opens = OPEN.has(ch) || (ch === '"' && start === -1);
      if (start !== -1 && (CLOSE.has(ch) || ch === '"')) {
        add(paragraph.slice(start, i));
        start = -1;
      } else if (opens) start = i + 1;
    }
  }
  return found;

  function add(raw: string): void {
    const text = raw.trim().replace(/[,;:]$/, '').trim();
    const words = wordsOf(text);
    const key = words.join(' ');
    if (words.length < 2 || seen.has(key)) return;
    seen.add(key);
    found.push({ text, key, words: words.length, wordSet: new Set(words) });
  }
}

/** How alike two quotes are as one statement, or 0 when they are different statements. */
function alteredScore(a: FoundQuote, b: FoundQuote): number {
  const [short, long] = a.words <= b.words ? [a, b] : [b, a];
  if (` ${long.key} `.includes(` ${short.key} `) && short.words / long.words >= MIN_FRAGMENT_SHARE) {
    return 0.5 + 0.5 * (short.words / long.words);
  }
  let shared = 0;
  for (const w of a.wordSet) if (b.wordSet.has(w)) shared++;
  const dice = (2 * shared) / (a.wordSet.size + b.wordSet.size);
  return dice >= ALTERED_DICE ? dice : 0;
}

/**
 * Sorts the quotes of two articles into verbatim in both, altered (cut or reworded: each side's
 * version kept), and only in one. A quote one side gives as quoted and the other as plain text with the
 * same words is still verbatim in both: `comparableA`/`comparableB` are each article's words, lower
 * case, joined by single spaces.
 */
export function compareQuotes(
  a: readonly FoundQuote[],
  b: readonly FoundQuote[],
  comparableA: string,
  comparableB: string,
): CompareQuote[] {
  const partnerOfA = new Map<FoundQuote, { quote: FoundQuote; same: boolean }>();
  const takenB = new Set<FoundQuote>();
  const keysB = new Map(b.map((q) => [q.key, q]));
  for (const qa of a) {
    const same = keysB.get(qa.key);
    if (same) { partnerOfA.set(qa, { quote: same, same: true }); takenB.add(same); }
  }
  const pairs: { qa: FoundQuote; qb: FoundQuote; score: number }[] = [];
  for (const qa of a) {
    if (partnerOfA.has(qa)) continue;
    for (const qb of b) {
      if (takenB.has(qb) || Math.max(qa.words, qb.words) < MIN_QUOTE_WORDS) continue;
      const score = alteredScore(qa, qb);
      if (score > 0) pairs.push({ qa, qb, score });
    }
  }
  for (const { qa, qb } of pairs.sort((x, y) => y.score - x.score)) {
    if (partnerOfA.has(qa) || takenB.has(qb)) continue;
    partnerOfA.set(qa, { quote: qb, same: false });
    takenB.add(qb);
  }

  const textA = ` ${comparableA} `;
  const textB = ` ${comparableB} `;
  const out: CompareQuote[] = [];
  for (const qa of a) {
    const partner = partnerOfA.get(qa);
    if (partner) {
      const longer = qa.words >= partner.quote.words ? qa : partner.quote;
      out.push({ text: partner.same ? qa.text : longer.text, in: partner.same ? 'both' : 'altered', a: qa.text, b: partner.quote.text });
    } else if (qa.words >= MIN_QUOTE_WORDS) {
      const verbatim = textB.includes(` ${qa.key} `);
      out.push({ text: qa.text, in: verbatim ? 'both' : 'a', a: qa.text, b: verbatim ? qa.text : null });
    }
  }
  for (const qb of b) {
    if (takenB.has(qb) || qb.words < MIN_QUOTE_WORDS) continue;
    const verbatim = textA.includes(` ${qb.key} `);
    out.push({ text: qb.text, in: verbatim ? 'both' : 'b', a: verbatim ? qb.text : null, b: qb.text });
  }
  return out;
}
