import { isBareByline, isBylineLine, splitBylinePrefix } from './byline.js';
import { readDateLine } from './dates.js';
import { splitSiteSuffix } from './headline.js';
import { recordRemoval, type Page, type PageLine } from './page.js';
import { endsLikeSentence, isProse, wordCount } from './shape.js';

/** How far down the page the headline may stand; beyond this a page simply has none. */
const HEAD_LIMIT = 10;
/** A headline has at least this many words; shorter lines above it are site names and menu items. */
const HEADLINE_MIN_WORDS = 4;

export { isBylineLine } from './byline.js';

const CRUMB_SEPARATOR = /\s+[/>»›|]\s+|\s*[»›]\s*/;
// "Home / World News / Kerr County floods death toll rises": a trail from the home page, whose last
// step may be the article's own (long) title.
const HOME_CRUMB = /^(?:home|homepage|start|startseite|accueil|inicio|news)\s*[/>»›|]\s*\S/i;

/** "News / Foreign Policy / Russia / More", "Home › World › Europe": three or more short segments. */
export function isBreadcrumb(text: string): boolean {
  const parts = text.split(CRUMB_SEPARATOR);
  if (parts.length >= 3 && parts.every((p) => p.trim() !== '' && wordCount(p) <= 4)) return true;
  return parts.length >= 3 && HOME_CRUMB.test(text) && wordCount(text) <= 30 && parts.slice(0, -1).every((p) => wordCount(p) <= 4);
}

/** The masthead rule a line matches (never the headline: crumbs, date stamps, bylines), or null. */
function mastheadRule(text: string): string | null {
  if (isBreadcrumb(text)) return 'breadcrumb';
  if (readDateLine(text) !== null) return 'date-stamp';
  if (isBylineLine(text) || isBareByline(text)) return 'byline';
  return null;
}

// A section name glued to the headline by a scrape that lost the space: "PoliticsMerz wins …".
const GLUED_SECTION =
  /^(World|Politics|Business|Economy|Sports?|Opinion|Culture|Tech|Technology|Science|Health|Entertainment|International|National|Local|Europe|Asia|Africa|Americas|Middle East|India|News|Lifestyle|Travel|Markets|Crime|Environment|Climate)(?=\p{Lu}\p{Ll})/u;

/** A label line under the headline: a site or section name of one word ("Briefly"); a subheading has more. */
const isShortLabel = (text: string): boolean => wordCount(text) === 1 && /^\p{Lu}[\p{L}.-]*$/u.test(text.trim());

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
  const candidates = head.filter((l) => mastheadRule(l.text) === null);
  // A headline reads as a title; a site's promise ("Get all your news in one place.") reads as a sentence.
  const long = candidates.filter((l) => wordCount(l.text) >= HEADLINE_MIN_WORDS);
  const headline = long.find((l) => !endsLikeSentence(l.text)) ?? long[0] ?? candidates.at(-1);

  const kept: PageLine[] = [];
  let seenHeadline = headline === undefined;
  head.forEach((l) => {
    const rule = mastheadRule(l.text);
    if (l === headline) {
      seenHeadline = true;
      kept.push(trimSuffix(page, trimSection(page, l)));
    } else if (!seenHeadline || rule) {
      recordRemoval(page, l.line, l.text, 'boilerplate', rule ?? 'above-headline');
    } else if (isShortLabel(l.text)) {
      recordRemoval(page, l.line, l.text, 'boilerplate', 'label-under-headline');
    } else kept.push(l);
  });
  const body = lines.slice(bodyStart);
  const first = body[0];
  const glued = first ? splitBylinePrefix(first.text) : null;
  if (first && glued) {
    recordRemoval(page, first.line, glued.byline, 'boilerplate', 'byline');
    body[0] = { line: first.line, text: glued.rest };
  }
  page.lines = kept.concat(body);
}

function trimSuffix(page: Page, l: PageLine): PageLine {
  const split = splitSiteSuffix(l.text);
  if (!split) return l;
  recordRemoval(page, l.line, split.suffix, 'boilerplate', 'site-suffix');
  return { line: l.line, text: split.headline };
}

function trimSection(page: Page, l: PageLine): PageLine {
  const m = GLUED_SECTION.exec(l.text);
  if (!m) return l;
  recordRemoval(page, l.line, m[1]!, 'boilerplate', 'glued-section');
  return { line: l.line, text: l.text.slice(m[1]!.length) };
}
