import { endsLikeSentence, wordCount } from './shape.js';

// "(Dave DeCamp, Antiwar.comWhite House envoy …": a parenthesised byline whose closing bracket the
// scrape lost, glued to the first sentence. Names are 2-4 capitalised words; an outlet that is not a
// domain must close its bracket, so "(John Smith, The Times)" is not cut after "The".
const GLUED_BYLINE =
  /^\((?:By )?\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}, (?:[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|org|net|info|news|co\.uk|io)\)?|[^()]{2,40}\))\s*(?=\p{Lu})/u;

/** Splits a byline prefix off a paragraph's start: the byline and the reporting after it, or null. */
export function splitBylinePrefix(text: string): { byline: string; rest: string } | null {
  const m = GLUED_BYLINE.exec(text) ?? CAPS_BYLINE.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length);
  // Only when real prose follows: a bracketed aside like "(Reuters, AFP)" opening a sentence is not one.
  if (rest.split(' ').length < 6) return null;
  return { byline: m[0].trim(), rest };
}

// A name as bylines print it: two to four capitalised words ("Jane Doe", "Jean-Luc O’Neil", "Kim Jong Un").
const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:de|da|van|von|bin|al|el|le|la|du)\s+)?\p{Lu}[\p{L}'’.-]+){1,3}`;
const CAPS_NAME = String.raw`\p{Lu}[\p{Lu}'’.-]+(?:\s+\p{Lu}[\p{Lu}'’.-]+){1,3}`;
// "BY NICOLAS VAUX-MONTAGNY and SAM METZ Associated Press PARIS …": wire bylines in capitals, glued on.
const CAPS_BYLINE = new RegExp(`^BY\\s+${CAPS_NAME}(?:\\s*(?:,|and|&)\\s*${CAPS_NAME})*(?=\\s+\\p{Lu}\\p{Ll})`, 'u');
// A list of names ends "… and Matt Watts": a title-case headline with a comma is not one.
const NAME_LIST = new RegExp(`^${NAME}(?:\\s*,\\s*${NAME})*\\s*(?:,\\s*)?(?:\\band\\b|&)\\s*${NAME}$`, 'u');
const LONE_NAME = new RegExp(`^[-•·]\\s*${NAME}$`, 'u');
const NAME_ONLY = new RegExp(`^${NAME}$`, 'u');
// Words of an outlet's name, not a person's: "Jane Doe, Example News" names one author.
const OUTLET_WORD = /\b(?:News|Times|Post|Press|Agency|Media|TV|Radio|Daily|Herald|Tribune|Journal|Gazette|Chronicle|Network|Wire|Online|Reuters|Associated)\b/;
const ROLE = /\b(?:reporter|correspondent|editor|writer|journalist|contributor|columnist|staff|bureau chief|producer)\b/i;
const NAME_WITH_ROLE = new RegExp(`^${NAME},\\s+[^,.]{2,60}$`, 'u');

/** "By Jane Doe", "Von Hans Meier", "Par Marie Dupont, à Paris": a byline line, not a sentence. */
export function isBylineLine(text: string): boolean {
  return /^(?:by|von|par|av|por|di|door)\s+\p{Lu}/iu.test(text) && wordCount(text) <= 10 && !endsLikeSentence(text);
}

/**
 * Byline shapes that carry no "By": a list of names ("Tamara Davison,Bill Bowkett and Matt Watts"),
 * a name with a reporter's role ("Ruby Pratka, Local Journalism Initiative reporter"). Only in the
 * masthead: in the body the same shapes are lists of people and appositions.
 */
export function isBareByline(text: string): boolean {
  if (text.length > 90 || endsLikeSentence(text)) return false;
  if (NAME_LIST.test(text) && (text.includes(',') || text.includes('&'))) return true;
  if (NAME_LIST.test(text) && text.split(/\s+/).length <= 7 && /\band\b/.test(text) && text === text.toUpperCase()) return true;
  return NAME_WITH_ROLE.test(text) && ROLE.test(text);
}

/** A lone name in a stamp's bullet list ("- Cheryl Nelson", "- Jul 8"): a byline beside the stamp. */
export function isLoneName(text: string): boolean {
  return text.length <= 50 && LONE_NAME.test(text.trim());
}

/** Capitals as a reader writes them: "NICOLAS VAUX-MONTAGNY" → "Nicolas Vaux-Montagny". */
const titleCase = (name: string): string =>
  name.replace(/\p{L}+/gu, (w) => (w === w.toUpperCase() && w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w));

/**
 * The author a byline names, as the outlet states it: "By Jane Doe, Example News" → "Jane Doe";
 * "Ruby Pratka, Local Journalism Initiative reporter" → "Ruby Pratka"; "Tamara Davison,Bill Bowkett
 * and Matt Watts" → "Tamara Davison, Bill Bowkett and Matt Watts"; capitals are title-cased. Parts
 * after the names that are not names (a role, a one-word outlet) are left out. Null when no name is left.
 */
export function authorOf(byline: string): string | null {
  const text = byline.trim().replace(/^[-•·(\s]+/, '').replace(/^(?:by|von|par|av|por|di|door)\s+/i, '').replace(/\s*\|.*$/, '');
  const names: string[] = [];
  for (const part of text.split(/\s*(?:,|\band\b|&)\s*/)) {
    if (!NAME_ONLY.test(part) || OUTLET_WORD.test(part)) break;
    names.push(part === part.toUpperCase() ? titleCase(part) : part);
  }
  if (names.length === 0) return null;
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}
