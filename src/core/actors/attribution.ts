/**
 * Who says a quote, read from the words around it within its sentence: the speech verb, and the name,
 * pronoun or unnamed source that is its subject.
 */
import { PERSON_PRONOUNS, SPEECH_VERBS } from './lexicon/common-words.js';
import { firstTokenFrom, inside, type Para, type Placed, sentenceAt, tokensOf, type Who } from './quote-paragraph.js';
import type { QuoteSpan } from './quote-spans.js';

const BRIDGE = new Set(['also', 'later', 'then', 'reportedly', 'again', 'earlier', 'has', 'had', 'have', 'further', 'once']);
const JOINERS = new Set([',', 'and', 'but']);
const MAX_GAP = 20;

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
export function attributionAfter(para: Para, span: QuoteSpan, short: boolean): Who {
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
export function attributionBefore(para: Para, span: QuoteSpan): Who {
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
