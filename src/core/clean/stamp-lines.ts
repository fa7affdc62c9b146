import { isBareByline, isLoneName, splitBylinePrefix } from './byline.js';
import { recordRemoval, type Page, type PageLine } from './page.js';
import { isRelativeStamp, isTimeLine, readDateline, readStamp } from './stamps.js';

/** How far down the page stamps, bylines and datelines belong to the page itself. */
export const STAMP_ZONE = 12;

// A photo caption a scrape glued to the end of a paragraph: "… landscape. Friedrich Merz, right, and
// Markus Soeder shake hands at the party headquarters in Berlin.(AP)". The credit closes it, and a
// caption's marks (who stands where, a present-tense verb of the picture) are in its sentence.
const GLUED_CAPTION = /(?<=[.!?]["”’]?)\s*(\p{Lu}[^.!?]*?(?:, (?:right|left|centre|center|second (?:from )?(?:left|right)),|\((?:L|R|C|left|right|centre|center)\)|\b(?:is|are) (?:seen|pictured|shown)\b|\b(?:shake|shakes) hands\b)[^]*?\.?\s*\((?:AP|AFP|Reuters|PTI|ANI|IANS|Getty Images|EPA|Bloomberg|File|HT Photo|AP Photo|Reuters Photo)\))$/u;

/** What a masthead line is, by the rule that recognises it, or null for anything else. */
function stampRule(text: string, top: boolean): string | null {
  const stamp = readStamp(text);
  if (stamp && stamp.rest === '' && (stamp.date !== null || top)) return 'date-stamp';
  if (!top) return null;
  if (isRelativeStamp(text)) return 'date-stamp';
  const dateline = readDateline(text);
  if (dateline?.whole) return 'dateline';
  return null;
}

/**
 * Separates the page's own stamps from its text, before any other line rule reads them: a stamp
 * alone on a line goes ("Published Mar 17, 2025 01:40 am", "23.02.2025, 19:10"), a stamp glued to a
 * headline or first sentence is cut off it (" date 2025-06-13 Tragedy on Takeoff"), and so is a wire
 * byline in capitals. Near a stamp, a time alone ("02:30"), a count ("0") or a lone name ("- Cheryl
 * Nelson": the author) is the stamp's furniture too. A photo caption glued to the end of a paragraph
 * is cut off it. Each removal names its rule; metadata reads the stamps and bylines back from the raw
 * page and the removals.
 */
export function splitStamps(page: Page): void {
  const kept: PageLine[] = [];
  const lines = page.lines;
  const nonBlank = lines.filter((l) => l.text.trim() !== '');
  const topLines = new Set(nonBlank.slice(0, STAMP_ZONE).map((l) => l.line));
  const rules = lines.map((l) => (l.text.trim() === '' ? null : stampRule(l.text, topLines.has(l.line))));
  const nearStamp = (i: number): boolean => {
    for (const j of [i - 1, i + 1, i - 2, i + 2]) if (rules[j] === 'date-stamp') return true;
    return false;
  };
  lines.forEach((l, i) => {
    const text = l.text.trim();
    const top = topLines.has(l.line);
    const rule =
      rules[i] ??
      (top && nearStamp(i) && (isTimeLine(text) || /^\d{1,4}$/.test(text)) ? 'date-stamp' : null) ??
      (top && (isBareByline(text) || (nearStamp(i) && isLoneName(text))) ? 'byline' : null);
    if (rule) {
      recordRemoval(page, l.line, l.text, 'boilerplate', rule);
      return;
    }
    let line = l;
    const stamp = top ? readStamp(text) : null;
    if (stamp && stamp.rest !== '') {
      recordRemoval(page, l.line, stamp.text, 'boilerplate', 'date-stamp');
      line = { line: l.line, text: stamp.rest };
    }
    const glued = top ? splitBylinePrefix(line.text) : null;
    if (glued && /^BY\s/.test(glued.byline)) {
      recordRemoval(page, l.line, glued.byline, 'boilerplate', 'byline');
      line = { line: l.line, text: glued.rest.trimStart() };
    }
    const caption = line.text.endsWith(')') ? GLUED_CAPTION.exec(line.text) : null;
    if (caption && caption.index > 0) {
      recordRemoval(page, l.line, caption[1]!, 'boilerplate', 'glued-caption');
      line = { line: l.line, text: line.text.slice(0, caption.index).trimEnd() };
    }
    kept.push(line);
  });
  page.lines = kept;
}
