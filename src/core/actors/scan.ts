import { sentencesOf } from '../text/article-sentences.js';
import type { Article } from '../types.js';
import { linkAliases } from './agreement.js';
import { type Candidate, Evidence } from './candidate.js';
import { internedSlice } from './intern.js';
import { PLACE_PREPOSITIONS, PREPOSITIONS, SENTENCE_OPENERS, SPEECH_VERBS } from './lexicon/common-words.js';
import { acronymOf, afterTheArticle, isByline, reportedBy } from './evidence.js';
import { placeOf } from './lexicon/gazetteer.js';
import { isGivenName } from './lexicon/given-names.js';
import { organisationOf } from './lexicon/organisations.js';
import { TITLES } from './lexicon/titles.js';
import { namesInRun } from './name-span.js';
import { NO_ROLES, rolesOf } from './roles.js';
import { capitalisedRuns } from './runs.js';
import { DASH_QUOTE, findQuotes } from './quote-spans.js';
import { type StoredTokens, TokenRecorder } from './stored-tokens.js';
import { TokenPool } from './token-pool.js';
import { infoOf } from './words.js';
import { tokenise, type Token } from './tokens.js';

/** A paragraph as the actor stages read it: whitespace-normalised, with its sentences' offsets. */
export interface ScannedParagraph {
  text: string;
  /**
   * Each sentence's offsets in `text` (tokens are not kept: the corpus would not fit in memory), and its
   * text once a later stage has cut it out.
   */
  sentences: { start: number; end: number; text: string | null }[];
  /** The paragraph's tokens, kept when it holds a quote (attribution reads them again). */
  tokens: StoredTokens | null;
}

/** What scanning an article gives: its name candidates and its paragraphs, for the quote stage. */
export interface ScannedArticle {
  article: Article;
  candidates: Candidate[];
  paragraphs: ScannedParagraph[];
}

// Between a name and its speech verb: "Witkoff also said", "Peskov had earlier warned".
const BRIDGE = new Set(['also', 'later', 'then', 'reportedly', 'again', 'earlier', 'previously', 'recently',
  'has', 'had', 'have', 'separately', 'further', 'repeatedly', 'publicly', 'once', 'later', 'himself', 'herself']);

/** Four letters or more (code points: a letter outside the BMP is two code units). */
function isLongWord(word: string): boolean {
  return word.length >= 8 || (word.length >= 4 && [...word].length >= 4);
}

/**
 * A heading in title case ("Trump and Putin To Discuss Potential Ukraine Ceasefire"), or shouted in
 * capitals ("TRENDING NOW"): every long word is capitalised, so capitals say nothing about names.
 */
function isHeading(paragraph: string): boolean {
  if (/[.!?:]["”’]?$/.test(paragraph)) return false;
  // Runs of letters, then the long ones: V8 runs `\p{L}{4,}` with a backtrack entry per letter, and one
  // 20 MB word overflows its stack, where `+` is a plain loop.
  const words = (paragraph.match(/\p{L}+/gu) ?? []).filter(isLongWord);
  if (words.length < 2) return words.length === 1 && words[0] === words[0]!.toUpperCase();
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.75;
}

// Whitespace other than one space between words: most clean paragraphs have none, and keep their string.
const UNEVEN_SPACE = /[^\S ]|  |^ | $/;

function normaliseSpaces(paragraph: string): string {
  return UNEVEN_SPACE.test(paragraph) ? paragraph.replace(/\s+/g, ' ').trim() : paragraph;
}

function speaksAfter(tokens: readonly Token[], end: number): boolean {
  let j = end;
  while (j < tokens.length && BRIDGE.has(tokens[j]!.lower)) j++;
  return tokens[j] !== undefined && SPEECH_VERBS.has(tokens[j]!.lower);
}

/** An opener that is a common word: listed, or shaped like a verb or adverb ("Defending", "Asked"). */
function commonOpener(t: Token): boolean {
  if (SENTENCE_OPENERS.has(t.lower)) return true;
  if (isGivenName(t.text) || TITLES.has(t.lower) || placeOf(t.text) || organisationOf(t.text)) return false;
  return /(?:ing|ed|ly)$/.test(t.lower) && t.lower.length > 4;
}

// A sentence's tokens are dropped once its candidates are made, so their objects serve the next one.
const pool = new TokenPool();
const recorder = new TokenRecorder();

// Each corpus's set of lower-case words, numbered, so a word's record can say it is in the set already.
const lowerSets = new WeakMap<Set<string>, number>();
let lowerSetCount = 0;

/**
 * Adds the sentence's lower-case words to `lowerSeen`, each distinct word once per corpus; returns the
 * offset of its last "he" or "she" (-1 for none), read in the same pass.
 */
function noteLowerCase(tokens: readonly Token[], lowerSeen: Set<string>): number {
  let serial = lowerSets.get(lowerSeen);
  if (serial === undefined) lowerSets.set(lowerSeen, (serial = ++lowerSetCount));
  let pronoun = -1;
  for (const t of tokens) {
    if (!t.word) continue;
    if (t.lower === 'he' || t.lower === 'she') pronoun = t.start;
    if (t.cap) continue;
    const info = infoOf(t.id);
    if (info.lowerSeenIn === serial) continue;
    info.lowerSeenIn = serial;
    lowerSeen.add(t.lower);
  }
  return pronoun;
}

/** Whether quote attribution will read this paragraph's tokens. */
function holdsQuote(text: string): boolean {
  return findQuotes(text).length > 0 || DASH_QUOTE.test(text);
}

// A name is written the same way again and again: its candidates share one array of words.
const WORDS_LIMIT = 200_000;
let wordsBySurface = new Map<string, string[]>();

function wordsOf(tokens: readonly Token[], from: number, to: number, surface: string): string[] {
  const known = wordsBySurface.get(surface);
  if (known && known.length === to - from && known.every((w, i) => w === tokens[from + i]!.text)) return known;
  const words: string[] = [];
  for (let i = from; i < to; i++) words.push(tokens[i]!.text);
  if (wordsBySurface.size >= WORDS_LIMIT) wordsBySurface = new Map();
  wordsBySurface.set(surface, words);
  return words;
}

// A crowd's chant is quoted, not a speaker or an actor ("chanting “Death to America”").
const chants = /\bchant/i;

/**
 * "he" or "she" after a name in its sentence, or anywhere in the next sentence, is evidence that the
 * name is a person's ("Diriyah Palace" is never followed by "he said").
 */
function notePronouns(last: number, sentence: Candidate[], previous: readonly Candidate[]): void {
  if (last < 0) return;
  for (const c of previous) c.pronoun = true;
  for (const c of sentence) if (c.end < last) c.pronoun = true;
}

/** Finds every name candidate in one article's clean text, with roles; adds its lower-case words to `lowerSeen`. */
export function scanArticle(article: Article, lowerSeen: Set<string>): ScannedArticle {
  const candidates: Candidate[] = [];
  const paragraphs: ScannedParagraph[] = article.paragraphs.map((p) => ({ text: normaliseSpaces(p), sentences: [], tokens: null }));
  const headings = paragraphs.map((p) => isHeading(p.text));
  const bylines = paragraphs.map((p) => isByline(p.text));
  let previous: Candidate[] = [];
  let cursor = 0;
  let lastParagraph = -1;
  let recording = false;
  const finishRecord = (para: ScannedParagraph | undefined) => {
    if (recording && para) para.tokens = recorder.finish(para.text.length);
    recording = false;
  };
  for (const ref of sentencesOf(article)) {
    const para = paragraphs[ref.paragraph];
    if (!para) continue;
    if (ref.paragraph !== lastParagraph) {
      finishRecord(paragraphs[lastParagraph]);
      cursor = 0;
      lastParagraph = ref.paragraph;
      recording = holdsQuote(para.text);
      if (recording) recorder.begin();
    }
    let start = para.text.indexOf(ref.text, cursor);
    if (start < 0) {
      start = cursor;
      recorder.spoil();
    }
    cursor = start + ref.text.length;
    pool.reset();
    const tokens = tokenise(ref.text, start, pool);
    para.sentences.push({ start, end: cursor, text: null });
    if (recording) recorder.add(tokens, start, cursor);
    const pronoun = noteLowerCase(tokens, lowerSeen);
    if (bylines[ref.paragraph]) continue;
    const chant = recording && chants.test(ref.text) ? findQuotes(para.text) : null;
    const sentence: Candidate[] = [];
    for (const run of capitalisedRuns(tokens)) {
      if (run.opener && run.to - run.from >= 2 && commonOpener(tokens[run.from]!)) run.from++;
      for (const part of namesInRun(tokens, run, para.text)) {
        const head = tokens[part.from]!;
        const tail = tokens[part.to - 1]!;
        const first = tokens[part.titleFrom - 1];
        const surface = internedSlice(para.text, head.start, tail.end);
        const candidate: Candidate = {
          articleId: article.id,
          paragraph: ref.paragraph,
          sentence: ref.sentence,
          surface,
          words: wordsOf(tokens, part.from, part.to, surface),
          start: head.start,
          end: tail.end,
          kind: part.kind,
          evidence: part.evidence,
          known: part.known,
          roles: NO_ROLES,
          speaks: speaksAfter(tokens, part.to),
          oblique: tail.possessive || (first !== undefined && PREPOSITIONS.has(first.lower)),
          weak: headings[ref.paragraph] === true && part.evidence < Evidence.Known,
          opener: part.from === run.from && run.opener && head.cap && part.evidence < Evidence.Known,
          pronoun: false,
          afterThe: part.titleFrom === part.from && afterTheArticle(tokens, part.from, part.to),
          prepositional: false,
          aliasOf: null,
        };
        if (chant && chant.some((q) => q.textStart <= candidate.start && candidate.end <= q.textEnd)) continue;
        if (candidate.evidence < Evidence.Known && first && PLACE_PREPOSITIONS.has(first.lower)
          && candidate.evidence < Evidence.Cue) {
          candidate.kind = 'place';
          candidate.evidence = Evidence.Cue;
          candidate.prepositional = true;
        }
        if (candidate.evidence < Evidence.Known && acronymOf(tokens, part.from, part.to)) {
          candidate.kind = 'organization';
          candidate.evidence = Evidence.Cue;
        }
        if (!candidate.speaks && candidate.kind !== 'place' && candidate.kind !== 'organization') {
          candidate.speaks = reportedBy(tokens, part.titleFrom, part.to);
        }
        if (candidate.speaks && candidate.kind === null) candidate.kind = 'person';
        if (candidate.kind === 'person' || candidate.kind === null) {
          candidate.roles = rolesOf(tokens, para.text, part, part.titleFrom);
          if (candidate.roles.length > 0 && candidate.kind === null) candidate.kind = 'person';
        }
        candidates.push(candidate);
        sentence.push(candidate);
      }
    }
    if (sentence.length > 1) linkAliases(sentence, para.text);
    notePronouns(pronoun, sentence, previous);
    previous = sentence;
  }
  finishRecord(paragraphs[lastParagraph]);
  return { article, candidates, paragraphs };
}
