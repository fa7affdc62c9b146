/** "he said": the person a pronoun stands for, found in the sentences before it. */
import { PERSON_PRONOUNS, SPEECH_VERBS } from './lexicon/common-words.js';
import { firstTokenFrom, inside, type Para, tokensOf } from './quote-paragraph.js';

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
export function resolvePronoun(paras: readonly Para[], p: number, sentence: number, depth = 0): number | null {
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
