import { internedSlice } from './intern.js';
import { memo } from './lexicon/memo.js';
import { FUNCTION_WORDS, SENTENCE_OPENERS } from './lexicon/common-words.js';
import { isWebOutlet, ORG_CUES, organisationOf } from './lexicon/organisations.js';
import { HONORIFICS, ROLE_MODIFIERS, ROLE_NOUNS } from './lexicon/titles.js';
import type { NamePart } from './name-span.js';
import type { Token } from './tokens.js';

/**
 * Roles in news style, read around a person's name:
 * - a title in the name's own run ("Russian Foreign Minister Sergei Lavrov"), extended back over
 *   lower-case qualifiers ("former US President ...");
 * - a lower-case role phrase before the name ("Kremlin spokesman Dmitry Peskov", "US envoy Steve Witkoff");
 * - an outlet's possessive ("Al Jazeera’s Yulia Shapovalova" -> "Al Jazeera");
 * - appositions after ("Dmitry Medvedev, deputy chairman of Russia’s Security Council,") and before
 *   ("The head of Ukraine’s military, Oleksandr Syrsky,").
 * Role texts are interned: they repeat across a corpus ("US envoy"), and are de-duplicated later.
 */
export function rolesOf(tokens: readonly Token[], text: string, name: NamePart, runFrom: number): string[] {
  const title = roleBefore(tokens, text, name, runFrom);
  const before = title && !onlyHonorifics(title) ? title : null;
  const outlet = outletBefore(tokens, text, runFrom);
  const after = appositionAfter(tokens, text, name.to);
  const reverse = appositionBefore(tokens, text, runFrom, name.to);
  if (!before && !outlet && !after && !reverse) return NO_ROLES;
  const roles: string[] = [];
  if (before) roles.push(before);
  if (outlet) roles.push(outlet);
  if (after) roles.push(after);
  if (reverse) roles.push(reverse);
  return roles;
}

/** Shared by every name without roles (most of them); never written to. */
export const NO_ROLES: string[] = [];

// "Mr.", "Sir" before a name are forms of address, not roles. Asked once per (interned) title.
const onlyHonorifics = memo((title: string) => title.split(' ').every((w) => HONORIFICS.has(w.toLowerCase())));

function inRolePhrase(t: Token): boolean {
  if (!t.word) return false;
  if (t.cap) return true;
  return ROLE_NOUNS.has(t.lower) || ROLE_MODIFIERS.has(t.lower);
}

/**
 * Walks back from token `end` (exclusive) over a role phrase: role nouns, qualifiers, capitalised
 * words ("White House", "Trump"), possessives ("Ukraine’s") and "of" between nouns. Returns the
 * first token index of the phrase, or `end` when there is none.
 */
const LINKS = new Set(['of', 'in', 'to', 'at']);

function walkBack(tokens: readonly Token[], end: number, limit = 8): number {
  let j = end - 1;
  let first = end;
  while (j >= 0 && end - j <= limit) {
    const t = tokens[j]!;
    // "head of Ukraine's military", "ambassador in Stockholm", "envoy to Moscow".
    if (LINKS.has(t.lower) && first < end && j > 0 && ROLE_NOUNS.has(tokens[j - 1]!.lower)) {
      j--;
      continue;
    }
    if (!inRolePhrase(t)) break;
    if (t.cap && SENTENCE_OPENERS.has(t.lower)) break;
    first = j;
    j--;
  }
  return first;
}

function roleBefore(tokens: readonly Token[], text: string, name: NamePart, runFrom: number): string | null {
  const prev = tokens[runFrom - 1];
  if (!prev?.word || prev.cap) return name.title;
  // Without a title in the run, the word before the name must itself be a role noun ("envoy Witkoff").
  if (name.title === null && !ROLE_NOUNS.has(prev.lower)) return null;
  const first = walkBack(tokens, runFrom);
  if (first >= runFrom) return name.title;
  return internedSlice(text, tokens[first]!.start, tokens[name.from - 1]!.end);
}

function outletBefore(tokens: readonly Token[], text: string, runFrom: number): string | null {
  const prev = tokens[runFrom - 1];
  if (!prev?.possessive || !prev.cap) return null;
  let first = runFrom - 1;
  while (first > 0 && tokens[first - 1]!.word && tokens[first - 1]!.cap && !tokens[first - 1]!.possessive) first--;
  const outlet = internedSlice(text, tokens[first]!.start, prev.end);
  const isOutlet = organisationOf(outlet) !== null || isWebOutlet(outlet) || ORG_CUES.has(prev.lower);
  return isOutlet ? outlet : null;
}

const CLAUSE_END = new Set([',', '.', ';', ':', '(', ')', '“', '”', '"', '–', '—', '?', '!']);

function appositionAfter(tokens: readonly Token[], text: string, nameEnd: number): string | null {
  if (tokens[nameEnd]?.text !== ',') return null;
  let j = nameEnd + 1;
  if (tokens[j] && ['the', 'a', 'an', 'his', 'her', 'their', 'its'].includes(tokens[j]!.lower)) j++;
  const start = j;
  let hasRole = false;
  while (j < tokens.length && j - start < 10) {
    const t = tokens[j]!;
    if (!t.word && CLAUSE_END.has(t.text)) break;
    if (t.word && !t.cap && !ROLE_NOUNS.has(t.lower) && !ROLE_MODIFIERS.has(t.lower) && !FUNCTION_WORDS.has(t.lower)) return null;
    if (['who', 'which', 'that'].includes(t.lower)) break;
    if (ROLE_NOUNS.has(t.lower) && j - start < 4) hasRole = true;
    j++;
  }
  if (!hasRole || j === start) return null;
  let end = j;
  while (end > start && FUNCTION_WORDS.has(tokens[end - 1]!.lower)) end--;
  return internedSlice(text, tokens[start]!.start, tokens[end - 1]!.end);
}

function appositionBefore(tokens: readonly Token[], text: string, runFrom: number, nameEnd: number): string | null {
  if (tokens[runFrom - 1]?.text !== ',') return null;
  const after = tokens[nameEnd];
  if (after && after.text !== ',' && after.text !== '.') return null;
  const end = runFrom - 1;
  const first = walkBack(tokens, end);
  if (first >= end) return null;
  const phrase = tokens.slice(first, end);
  if (!phrase.some((t) => ROLE_NOUNS.has(t.lower))) return null;
  // A role ends in a lower-case noun or qualifier; "Trump aides Steve Witkoff, Mike Waltz" is a list.
  if (phrase[phrase.length - 1]!.cap && !LINKS.has(phrase[phrase.length - 2]?.lower ?? '')) return null;
  // The phrase must start a clause ("The head of ...", "his Russian counterpart"), not end a list.
  const opener = tokens[first - 1];
  if (opener && opener.word && !FUNCTION_WORDS.has(opener.lower) && !opener.cap) return null;
  return internedSlice(text, tokens[first]!.start, tokens[end - 1]!.end);
}
