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
const NAME_LIST = new RegExp(`^${NAME}(?:\\s*(?:,|and|&)\\s*${NAME})+$`, 'u');
const LONE_NAME = new RegExp(`^(?:[-•·]\\s*)?${NAME}$`, 'u');
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
  return NAME_WITH_ROLE.test(text) && ROLE.test(text);
}

/** A lone name on a line ("- Cheryl Nelson"): a byline when it stands beside the date stamp. */
export function isLoneName(text: string): boolean {
  return text.length <= 50 && LONE_NAME.test(text.trim());
}

/** Capitals as a reader writes them: "NICOLAS VAUX-MONTAGNY" → "Nicolas Vaux-Montagny". */
const titleCase = (name: string): string =>
  name.replace(/\p{L}+/gu, (w) => (w === w.toUpperCase() && w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w));

/**
 * The author a byline names, as the outlet states it: "By Jane Doe, Example News" → "Jane Doe";
 * "Ruby Pratka, Local Journalism Initiative reporter" → "Ruby Pratka"; capitals are title-cased.
 * Null when nothing name-like is left.
 */
export function authorOf(byline: string): string | null {
  let text = byline.trim().replace(/^[-•·(\s]+/, '').replace(/^(?:by|von|par|av|por|di|door)\s+/i, '');
  text = text.replace(/\s*\|.*$/, '').replace(/\s+(?:for|für|pour)\s+.+$/i, '');
  const parts = text.split(/\s*,\s*(?!and\b)/);
  // A trailing role or outlet after a comma is not part of the name ("Jane Doe, Reuters").
  while (parts.length > 1 && (ROLE.test(parts.at(-1)!) || !/^\p{Lu}\p{L}+(?:\s+\p{Lu}[\p{L}'’.-]+)+$/u.test(parts.at(-1)!.replace(/^and\s+/, '')))) parts.pop();
  const name = parts.join(', ').replace(/\s+/g, ' ').trim();
  if (!/\p{Lu}/u.test(name) || name.length < 3) return null;
  return name === name.toUpperCase() ? titleCase(name) : name;
}
