import { splitBylinePrefix } from './byline.js';
import { readDateLine } from './dates.js';
import { splitSiteSuffix } from './headline.js';
import { recordRemoval, type Page, type PageLine } from './page.js';
import { endsLikeSentence, isProse, wordCount } from './shape.js';

/** How far down the page the headline may stand; beyond this a page simply has none. */
const HEAD_LIMIT = 10;
/** A headline has at least this many words; shorter lines above it are site names and menu items. */
const HEADLINE_MIN_WORDS = 4;

/** "News / Foreign Policy / Russia / More", "Home › World › Europe": three or more short segments. */
export function isBreadcrumb(text: string): boolean {
  const parts = text.split(/\s+[/>»›|]\s+|\s*[»›]\s*/);
  return parts.length >= 3 && parts.every((p) => p.trim() !== '' && wordCount(p) <= 4);
}

/** "By Jane Doe", "Von Hans Meier", "Par Marie Dupont, à Paris": a byline line, not a sentence. */
export function isBylineLine(text: string): boolean {
  return /^(?:by|von|par|av|por|di|door)\s+\p{Lu}/iu.test(text) && wordCount(text) <= 10 && !endsLikeSentence(text);
}

/** Lines of the masthead that are never the headline: crumbs, date stamps, bylines. */
function isMasthead(text: string): boolean {
  return isBreadcrumb(text) || readDateLine(text) !== null || isBylineLine(text);
}

/**
 * The top of the page, down to the first paragraph of prose: site name, tracker names, breadcrumbs
 * and the date stamp come before the headline; a date stamp and byline may follow it. Everything
 * above the headline goes; below it only date stamps, bylines and crumbs do, so a standfirst stays.
 *
 * The headline itself is kept as the first paragraph (metadata takes the title from it, and a
 * reader of the clean text sees the article as published); only a site suffix on it is trimmed.
 * A glued byline at the start of the first paragraph ("(Jane Doe, Example.comThe minister …") is
 * split off too, since it would otherwise read as part of the first sentence.
 */
export function dropMasthead(page: Page): void {
  const lines = page.lines;
  let bodyStart = lines.findIndex((l) => isProse(l.text));
  if (bodyStart === -1 || bodyStart > HEAD_LIMIT) bodyStart = Math.min(lines.length, HEAD_LIMIT);
  const head = lines.slice(0, bodyStart);
  const candidates = head.filter((l) => !isMasthead(l.text));
  const headline = candidates.find((l) => wordCount(l.text) >= HEADLINE_MIN_WORDS) ?? candidates.at(-1);

  const kept: PageLine[] = [];
  let seenHeadline = headline === undefined;
  head.forEach((l) => {
    if (l === headline) {
      seenHeadline = true;
      kept.push(trimSuffix(page, l));
    } else if (!seenHeadline || isMasthead(l.text)) {
      recordRemoval(page, l.line, l.text, 'boilerplate');
    } else kept.push(l);
  });
  const body = lines.slice(bodyStart);
  const first = body[0];
  const glued = first ? splitBylinePrefix(first.text) : null;
  if (first && glued) {
    recordRemoval(page, first.line, glued.byline, 'boilerplate');
    body[0] = { line: first.line, text: glued.rest };
  }
  page.lines = kept.concat(body);
}

function trimSuffix(page: Page, l: PageLine): PageLine {
  const split = splitSiteSuffix(l.text);
  if (!split) return l;
  recordRemoval(page, l.line, split.suffix, 'boilerplate');
  return { line: l.line, text: split.headline };
}
