/**
 * Sentence splitting tuned for news prose: abbreviations ("Mr.", "Jan. 7", "Fla.", "U.S."), initials,
 * decimals, and quotes that close after the full stop ("… the war,” he said.").
 */

/** Words that end in a full stop without ending a sentence. Lower-case, without the dot. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm',
  'gov', 'sen', 'rep', 'rev', 'hon', 'pres', 'supt', 'messrs', 'mme', 'mlle',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la',
  'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex',
  'va', 'vt', 'wash', 'wis', 'wyo',
  'no', 'nos', 'vs', 'etc', 'approx', 'est', 'inc', 'ltd', 'co', 'corp', 'dept', 'univ', 'fig', 'vol',
  'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u',
]);

const CLOSERS = new Set(['"', '\u201d', '\u2019', "'", ')', ']', '\u00bb']);

/** Splits one paragraph into sentences. Total: any string gives an array (empty for blank text). */
export function splitSentences(paragraph: string): string[] {
  // Most paragraphs are evenly spaced already; testing for that is far cheaper than rewriting them.
  const text = UNEVEN_SPACE.test(paragraph) ? paragraph.replace(/\s+/g, ' ').trim() : paragraph;
  if (!text) return [];
  const sentences: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    while (end < text.length && (text[end] === '.' || text[end] === '!' || text[end] === '?')) end++;
    while (end < text.length && CLOSERS.has(text[end]!)) end++;
    if (end < text.length && text[end] !== ' ') continue; // "3.5", "Antiwar.com", "U.S.-led"
    const next = nextWordStart(text, end);
    if (next === -1) break;
    if (ch === '.' && !endsSentence(text, start, i, next)) continue;
    sentences.push(text.slice(start, end).trim());
    start = next;
    i = next - 1;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

function nextWordStart(text: string, from: number): number {
  let j = from;
  while (j < text.length && text[j] === ' ') j++;
  return j < text.length ? j : -1;
}

const UNEVEN_SPACE = /[^\S ]| {2}|^ | $/;
const LETTER = /\p{L}/u;

/** A letter or a dot; ASCII is decided by code, the rest by the Unicode letter class. */
function isWordChar(code: number, ch: string): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 46;
  return LETTER.test(ch);
}

/** The run of letters and dots that ends at `end`, scanned backwards (a regex anchored at `$` would rescan the sentence). */
function wordBefore(text: string, start: number, end: number): string {
  let i = end;
  while (i > start && isWordChar(text.charCodeAt(i - 1), text[i - 1]!)) i--;
  return text.slice(i, end);
}

/** Decides whether the full stop at `dot` ends a sentence, looking at the word before and after it. */
function endsSentence(text: string, start: number, dot: number, next: number): boolean {
  const word = wordBefore(text, start, dot);
  const lower = word.toLowerCase();
  const following = text[next] ?? '';
  const startsUpper = /[\p{Lu}\d"\u201c\u2018'(\[\u2013\u2014-]/u.test(following);
  if (!startsUpper) return false; // "Jan. 7", "the U.S. military"
  if (ABBREVIATIONS.has(lower)) {
    // Titles always precede a name; a month or state abbreviation before a capital usually does too.
    return false;
  }
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "John F. Kennedy"
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return false; // "U.S", "D.C" before a capital: rarely an end
  return true;
}
