import { PLACE_HEADS, PLACE_OF_HEADS } from './lexicon/heads.js';
import { ORG_CUES, ORG_OF_HEADS, organisationOf } from './lexicon/organisations.js';
import { placeOf } from './lexicon/gazetteer.js';
import { CALENDAR, PARTICLES } from './lexicon/common-words.js';
import { isGivenName } from './lexicon/given-names.js';
import { TITLES } from './lexicon/titles.js';
import type { Token } from './tokens.js';

/** A maximal sequence of capitalised tokens (with particles) that may hold names: [from, to). */
export interface Run {
  from: number;
  to: number;
  /** The run opens its sentence (or a quote, or a dash quote): its first word may be a common word. */
  opener: boolean;
}

// US state abbreviations after a city ("Palm Beach, Fla.") are not names.
const STATE_ABBREVIATION = new Set(('ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb '
  + 'nev okla ore pa tenn tex va vt wash wis wyo').split(' ').map((s) => `${s}.`));
const LEADING_PARTICLES = new Set(['von', 'van', 'de', 'der', 'den', 'da', 'di', 'du', 'dos', 'del', 'della', 'ter', 'le', 'la']);
const OPENS = new Set(['“', '"', '‘', '(', '[', '–', '—', '-', ':', '•']);

function nameWord(t: Token | undefined): boolean {
  return t !== undefined && t.word && t.cap && !STATE_ABBREVIATION.has(t.lower);
}

/** A month or weekday starts a run only before an organisation word ("Sunday Times"). */
function calendarBreaks(tokens: readonly Token[], i: number, runFrom: number): boolean {
  const t = tokens[i]!;
  if (!CALENDAR.has(t.lower)) return false;
  const next = tokens[i + 1];
  if (!t.possessive && nameWord(next) && ORG_CUES.has(next!.lower)) return false;
  const prev = tokens[i - 1];
  // "Theresa May", "April Ryan": a month after a given name, or before a surname-like word, is a name.
  if (i > runFrom && prev && isGivenName(prev.text)) return false;
  return true;
}

/**
 * "Children’s Hospital", "St Mary’s Church": a possessive inside a body's or a landmark's name. A known
 * place or body before the possessive owns what follows ("Russia’s Army"), so that one still ends the run.
 */
function namesBody(owner: Token, t: Token | undefined): boolean {
  return nameWord(t) && (ORG_CUES.has(t!.lower) || PLACE_HEADS.has(t!.lower))
    && placeOf(owner.text) === null && organisationOf(owner.text) === null;
}

/** Finds the capitalised runs of a sentence's tokens. Possessives end a run ("Britain’s | Keir Starmer"). */
export function capitalisedRuns(tokens: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  const firstWord = tokens.findIndex((t) => t.word);
  while (i < tokens.length) {
    if (!nameWord(tokens[i]) || calendarBreaks(tokens, i, i)) {
      i++;
      continue;
    }
    const from = i;
    let j = i + 1;
    while (j < tokens.length && (!tokens[j - 1]!.possessive || namesBody(tokens[j - 1]!, tokens[j]))) {
      const t = tokens[j]!;
      if (nameWord(t) && !calendarBreaks(tokens, j, from)) {
        j++;
        continue;
      }
      const prev = tokens[j - 1]!;
      if (t.word && PARTICLES.has(t.text) && prev.cap) {
        let k = j;
        while (k < tokens.length && k - j < 3 && tokens[k]!.word && PARTICLES.has(tokens[k]!.text)) k++;
        if (nameWord(tokens[k])) {
          j = k + 1;
          continue;
        }
      }
      // "Ministry of Defence", "Secretary of State", "Coalition of the Willing".
      if (t.lower === 'of' && (ORG_OF_HEADS.has(prev.lower) || PLACE_OF_HEADS.has(prev.lower) || TITLES.has(prev.lower))) {
        const skip = tokens[j + 1]?.lower === 'the' ? 2 : 1;
        if (nameWord(tokens[j + skip])) {
          j += skip + 1;
          continue;
        }
      }
      break;
    }
    // "said von der Leyen", "met de Gaulle": lower-case particles before a surname belong to it.
    let start = from;
    while (start > 0 && start > from - 2 && LEADING_PARTICLES.has(tokens[start - 1]!.text)) start--;
    const before = tokens[start - 1];
    const opener = start === firstWord || (before !== undefined && !before.word && OPENS.has(before.text));
    runs.push({ from: start, to: j, opener });
    i = j;
  }
  return runs;
}
