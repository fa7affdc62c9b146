import type { ActorKind } from '../types.js';
import { Evidence } from './candidate.js';
import { internedSlice } from './intern.js';
import { memo } from './lexicon/memo.js';
import { FAITHS, NOT_ACTOR_PHRASES, NOT_ACTORS, SENTENCE_OPENERS } from './lexicon/common-words.js';
import { PLACE_HEADS, PLACE_OF_HEADS, SURNAME_HEADS, THING_HEADS, VESSEL_PREFIXES } from './lexicon/heads.js';
import { demonymPlace, PLACE_SUFFIXES, placeOf } from './lexicon/gazetteer.js';
import { isGivenName } from './lexicon/given-names.js';
import { isWebOutlet, ORG_CUES, ORG_OF_HEADS, organisationOf } from './lexicon/organisations.js';
import { ROLE_MODIFIERS, TITLES } from './lexicon/titles.js';
import type { Run } from './runs.js';
import type { Token } from './tokens.js';

/** A name inside a capitalised run: token range, kind and evidence, and the title stripped before it. */
export interface NamePart {
  from: number;
  to: number;
  kind: ActorKind | null;
  evidence: Evidence;
  known: string | null;
  /** The title the run gave the name ("Russian Foreign Minister"), or null. */
  title: string | null;
  /** Token index where the title starts (== from when there is none). */
  titleFrom: number;
}

const ACRONYM = /^\p{Lu}{2,6}$/u;
// Surnames only people have: "O’Brien", "McKernan", "MacLeod".
const GAELIC_SURNAME = /^(?:O['’]|Mc|Mac)\p{Lu}\p{Ll}/u;

function knownAs(surface: string): Pick<NamePart, 'kind' | 'known'> | null {
  const place = placeOf(surface);
  if (place) return { kind: 'place', known: place };
  const org = organisationOf(surface);
  if (org) return { kind: 'organization', known: org };
  return null;
}

function notActor(lower: string): boolean {
  if (NOT_ACTORS.has(lower)) return true;
  for (const phrase of NOT_ACTOR_PHRASES) {
    if (lower.startsWith(phrase) && (lower.length === phrase.length || lower.charCodeAt(phrase.length) === 32)) return true;
  }
  return false;
}

// Asked of interned spans, which repeat: lower-cased and tested once each.
const isNotActor = memo((surface: string) => notActor(surface.toLowerCase()));

/** May stand in a title before the title word: "Russian", "Foreign", "US", "Army", "National". */
function titleQualifier(t: Token): boolean {
  return ROLE_MODIFIERS.has(t.lower) || TITLES.has(t.lower) || ORG_CUES.has(t.lower) || ACRONYM.test(t.text)
    || t.lower === 'his' || t.lower === 'her' // "His Eminence Sheikh ..."

    || demonymPlace(t.text) !== null || placeOf(t.text) !== null || organisationOf(t.text) !== null;
}

/**
 * Where the name starts after a title: "Russian Foreign Minister | Sergei Lavrov", "Secretary of State |
 * Marco Rubio", "Mr. | Witkoff". The title must end in a title word and leave at least one name word.
 */
function titleEnd(tokens: readonly Token[], from: number, to: number): number {
  let end = from;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (TITLES.has(t.lower)) {
      end = i + 1;
      if (tokens[i + 1]?.lower === 'of' && i + 2 < to) {
        const skip = tokens[i + 2]?.lower === 'the' ? 1 : 0;
        if (i + 3 + skip < to) {
          end = i + 3 + skip;
          i = end - 1;
        }
      }
      continue;
    }
    if (!titleQualifier(t)) break;
  }
  if (end >= to) return from;
  if (end > from) return end;
  // "Tory MP Jacob Rees-Mogg": an unlisted word before a title, when a given name follows the title.
  for (let i = from + 1; i < to - 1; i++) {
    if (TITLES.has(tokens[i]!.lower) && isGivenName(tokens[i + 1]!.text)) return i + 1;
  }
  // "OB Micael Bydén": unknown capital abbreviations before a two-word name are a title too.
  let i = from;
  while (i < to - 2 && ACRONYM.test(tokens[i]!.text) && !placeOf(tokens[i]!.text)) i++;
  return i > from && titleQualifier(tokens[i]!) ? from : i;
}

/** The names of a run, by its text and whether it opens its sentence; indices relative to the run. */
interface RunNames {
  length: number;
  parts: NamePart[];
}

const RUNS_LIMIT = 200_000;
const byRun = [new Map<string, RunNames>(), new Map<string, RunNames>()];

/**
 * Splits one capitalised run into names: places and organisations in a title, then the name itself.
 * A run's names depend only on its own words and whether it opens its sentence, and news repeats the
 * same runs ("Russian Foreign Minister Sergei Lavrov") endlessly: each distinct run is split once.
 */
export function namesInRun(tokens: readonly Token[], run: Run, text: string): NamePart[] {
  const surface = internedSlice(text, tokens[run.from]!.start, tokens[run.to - 1]!.end);
  const cache = byRun[run.opener ? 1 : 0]!;
  let known = cache.get(surface);
  if (known === undefined || known.length !== run.to - run.from) {
    const parts = splitRun(tokens, run, text).map((p) => rebase(p, -run.from));
    known = { length: run.to - run.from, parts };
    if (cache.size >= RUNS_LIMIT) cache.clear();
    cache.set(surface, known);
  }
  return known.parts.map((p) => rebase(p, run.from));
}

function rebase(p: NamePart, by: number): NamePart {
  return { ...p, from: p.from + by, to: p.to + by, titleFrom: p.titleFrom + by };
}

function splitRun(tokens: readonly Token[], run: Run, text: string): NamePart[] {
  // Spans are interned: the lexicon look-ups memoise by string, and a string met before hashes for free.
  const span = (a: number, b: number) => internedSlice(text, tokens[a]!.start, tokens[b - 1]!.end);
  let from = run.from;
  const to = run.to;
  const part = (a: number, b: number, kind: ActorKind | null, evidence: Evidence, known: string | null): NamePart =>
    ({ from: a, to: b, kind, evidence, known, title: null, titleFrom: a });
  const whole = knownAs(span(from, to));
  if (whole) return [part(from, to, whole.kind, Evidence.Known, whole.known)];
  if (run.opener) while (from < to && SENTENCE_OPENERS.has(tokens[from]!.lower)) from++;
  if (from >= to || VESSEL_PREFIXES.has(tokens[from]!.lower)) return [];
  const rest = knownAs(span(from, to));
  if (rest) return [part(from, to, rest.kind, Evidence.Known, rest.known)];
  if (isNotActor(span(from, to))) return [];

  const parts: NamePart[] = [];
  const last = tokens[to - 1]!;
  const headOf = (heads: ReadonlySet<string>) => tokens.slice(from, to).some((t, i) => t.lower === 'of' && heads.has(tokens[from + i - 1]?.lower ?? ''));
  if (headOf(PLACE_OF_HEADS)) return [part(from, to, 'place', Evidence.Cue, null)];
  if (ORG_CUES.has(last.lower) || headOf(ORG_OF_HEADS)) {
    // "US State Department": a country before an organisation is a mention of the country.
    const lead = placeOf(tokens[from]!.text);
    if (lead && to - from >= 2 && demonymPlace(tokens[from]!.text) === null) {
      parts.push(part(from, from + 1, 'place', Evidence.Known, lead));
      from++;
    }
    const org = organisationOf(span(from, to));
    parts.push(part(from, to, 'organization', org ? Evidence.Known : Evidence.Cue, org));
    return parts;
  }

  const nameFrom = titleEnd(tokens, from, to);
  if (tokens[nameFrom]?.lower === 'of') {
    // "Secretary-General of Hezbollah": a title over a body, no name (the body is named).
    const body = nameFrom + (tokens[nameFrom + 1]?.lower === 'the' ? 2 : 1);
    if (body >= to) return parts;
    const known = knownAs(span(body, to));
    return [part(body, to, known?.kind ?? 'organization', known ? Evidence.Known : Evidence.Cue, known?.known ?? null)];
  }
  for (let i = from; i < nameFrom; i++) {
    // "European Commission President": a two-word body or place inside a title is named too.
    const pair = i + 2 <= nameFrom ? knownAs(span(i, i + 2)) : null;
    if (pair) {
      parts.push(part(i, i + 2, pair.kind, Evidence.Known, pair.known));
      i++;
      continue;
    }
    const place = placeOf(tokens[i]!.text);
    const org = organisationOf(tokens[i]!.text);
    if (place && demonymPlace(tokens[i]!.text) === null) parts.push(part(i, i + 1, 'place', Evidence.Known, place));
    else if (org && !TITLES.has(tokens[i]!.lower)) parts.push(part(i, i + 1, 'organization', Evidence.Known, org));
  }
  const name = part(nameFrom, to, null, Evidence.Guess, null);
  if (nameFrom > from) {
    name.title = span(from, nameFrom);
    name.titleFrom = from;
  }
  classify(name, tokens, span(nameFrom, to));
  if (name.evidence > Evidence.Weak || name.kind !== null) parts.push(name);
  return parts;
}

/** Gives a name its kind from the strongest cue it has. */
function classify(name: NamePart, tokens: readonly Token[], surface: string): void {
  const words = tokens.slice(name.from, name.to);
  const known = knownAs(surface);
  if (known) {
    Object.assign(name, known, { evidence: Evidence.Known });
  } else if (isNotActor(surface) || words.every((w) => (titleQualifier(w) && !ACRONYM.test(w.text)) || FAITHS.has(w.lower))
    || THING_HEADS.has(words[words.length - 1]!.lower) || words.some((w) => /\d/.test(w.text))) {
    Object.assign(name, { kind: null, evidence: Evidence.Weak });
  } else if (words.length >= 2 && PLACE_HEADS.has(words[words.length - 1]!.lower)) {
    Object.assign(name, { kind: 'place', evidence: Evidence.Cue });
  } else if (name.title !== null && !ORG_CUES.has(words[words.length - 1]!.lower)) {
    Object.assign(name, { kind: 'person', evidence: Evidence.Cue });
  } else if (isWebOutlet(surface)) {
    Object.assign(name, { kind: 'organization', evidence: Evidence.Cue });
  } else if (words.length >= 2 && (isGivenName(words[0]!.text) || GAELIC_SURNAME.test(words[words.length - 1]!.text))) {
    Object.assign(name, { kind: 'person', evidence: Evidence.Cue });
  } else if (words.length >= 2 && SURNAME_HEADS.has(words[words.length - 1]!.lower)) {
    Object.assign(name, { kind: 'place', evidence: Evidence.Cue });
  } else if (words.length >= 2 && PLACE_SUFFIXES.has(words[words.length - 1]!.lower)) {
    const base = surface.slice(0, surface.lastIndexOf(' '));
    Object.assign(name, { kind: 'place', evidence: Evidence.Cue, known: placeOf(base) ?? base });
  } else if (words.length === 1 && demonymPlace(words[0]!.text) !== null) {
    Object.assign(name, { kind: null, evidence: Evidence.Weak });
  } else if (words.length === 1 && ACRONYM.test(words[0]!.text)) {
    Object.assign(name, { kind: 'organization', evidence: Evidence.Guess });
  } else if (words.length === 1) {
    Object.assign(name, { kind: null, evidence: Evidence.Guess });
  } else if (words.length <= 3 && !words.some((w) => placeOf(w.text) || demonymPlace(w.text) || ACRONYM.test(w.text))) {
    Object.assign(name, { kind: 'person', evidence: Evidence.Guess });
  } else {
    Object.assign(name, { kind: null, evidence: Evidence.Weak });
  }
}
