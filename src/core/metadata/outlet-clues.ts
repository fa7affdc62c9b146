import { splitBylinePrefix } from '../clean/byline.js';
import { splitSiteSuffix } from '../clean/headline.js';
import { domainOf, looksLikeOutletName } from './names.js';

/**
 * What a clue says about a site: `original` wrote the article; `host` is the page it was read on
 * (which may be the same site, or an aggregator that reposted it).
 */
export type OutletRole = 'original' | 'host';

/** One clue the text gives about the outlet. */
export interface OutletClue {
  name: string;
  role: OutletRole;
  /** Which rule found it (for notes and tests). */
  rule: string;
  /** A clue read from a domain rather than a name is a guess. */
  inferred: boolean;
}

/** A rule reading outlet clues from the raw lines of a page. */
interface OutletRule {
  name: string;
  role: OutletRole;
  read(line: string, index: number): string | null;
}

const REPOST = /\b(?:originally|first) (?:appeared|published|posted|ran) (?:at|on|in|by) (?:the )?([^\n]+?)\.?\s*$/i;
const REPUBLISHED = /^(?:republished|reprinted|reposted|cross-?posted) (?:with permission )?(?:from|by) (?:the )?([^\n]+?)\.?\s*$/i;
const CORRESPONDENT = /\bReporting from [^,]{2,40}, ((?:\p{Lu}[\p{L}\d.&-]*)(?: \p{Lu}[\p{L}\d.&-]*){0,3})[’']s? \p{Lu}/u;
const STAFF = /\b((?:\p{Lu}[\p{L}\d.&-]*)(?: \p{Lu}[\p{L}\d.&-]*){0,3})[’']s? (?:correspondent|reporter|(?:[a-z]+ )?editor)\b/u;
const WIRE_DATELINE = /^[\p{Lu}][\p{Lu}\p{L} .'’-]{1,40},?(?: [\p{L}]{3,9}\.? \d{1,2})? \(([\p{L}][\p{L} ]{1,25})\) ?[-–—]/u;
const OWN_WEBSITE = /^(.{2,40}?)[’']s? (?:website|site|web site)\b/i;
// Only a site's notice about itself counts ("X's website can also be accessed at …"), not reporting
// such as "the Kremlin's website said".
const SITE_NOTICE = /\bcan (?:also )?be (?:accessed|reached|found)\b|\balternate\b|\bmirror\b/i;
const COPYRIGHT = /^(?:©|\(c\)|copyright)\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*[,.]?\s*(\p{L}[^.|]{1,59}?)\s*(?:[.,|]|all rights reserved|$)/iu;
const REPOST_HINT = /originally|first|republished|reprinted|reposted|cross-?posted/i;
const CORRESPONDENT_HINT = /Reporting from|correspondent|reporter|editor/;
const COPYRIGHT_START = /^(?:©|\(c\)|copyright)/i;
/** A wire dateline opens the story, within the first lines of the page. */
const HEAD_LINES = 12;
const URL = /https?:\/\/[^\s)"'<>]+/g;
const NOTICE = /\b(?:copyright|rss|licens|reproduc|advertis|contact form|terms of service)\b/i;

/**
 * Outlet rules, strongest first. A repost notice or a byline names the original publisher outright;
 * a correspondent's outlet and a wire dateline say who reported it; a site's own notices (copyright,
 * "X's website", a headline suffix, a bare address) say whose page this is.
 */
const outletRules: readonly OutletRule[] = [
  // Each rule first checks a cheap sign that the line could hold its clue: most lines are prose.
  { name: 'repost notice', role: 'original', read: (l) => (REPOST_HINT.test(l) ? REPOST.exec(l)?.[1] ?? REPUBLISHED.exec(l)?.[1] ?? null : null) },
  { name: 'byline', role: 'original', read: (l) => (l.startsWith('(') ? outletOfByline(l) : null) },
  { name: 'correspondent', role: 'original', read: (l) => (CORRESPONDENT_HINT.test(l) ? CORRESPONDENT.exec(l)?.[1] ?? STAFF.exec(l)?.[1] ?? null : null) },
  { name: 'wire dateline', role: 'original', read: (l, i) => (i < HEAD_LINES && l.includes(') ') ? WIRE_DATELINE.exec(l)?.[1] ?? null : null) },
  { name: 'own website', role: 'host', read: (l) => (SITE_NOTICE.test(l) ? OWN_WEBSITE.exec(l)?.[1] ?? null : null) },
  { name: 'copyright line', role: 'host', read: (l) => (COPYRIGHT_START.test(l) ? COPYRIGHT.exec(l)?.[1] ?? null : null) },
  { name: 'notice address', role: 'host', read: (l) => (l.includes('http') && NOTICE.test(l) ? noticeDomain(l) : null) },
  { name: 'headline suffix', role: 'host', read: (l, i) => (i < 3 ? splitSiteSuffix(l)?.site ?? null : null) },
];

function outletOfByline(line: string): string | null {
  const byline = splitBylinePrefix(line)?.byline ?? (/^\((?:By )?[^,()]{3,40}, [^()]{2,40}\)$/.test(line) ? line : null);
  if (!byline) return null;
  const outlet = byline.slice(byline.lastIndexOf(',') + 1).replace(/[()]/g, '').trim();
  return outlet || null;
}

function noticeDomain(line: string): string | null {
  for (const url of line.match(URL) ?? []) {
    const domain = domainOf(url);
    if (domain) return domain;
  }
  return null;
}

/** Every outlet clue on the page, in rule order (strongest first), then page order. */
export function outletClues(rawLines: readonly string[]): OutletClue[] {
  const clues: OutletClue[] = [];
  const lines = rawLines.map((l) => l.trim()).filter((l) => l !== '');
  for (const rule of outletRules) {
    lines.forEach((line, i) => {
      const found = rule.read(line, i)?.trim().replace(/[.,;:]+$/, '');
      if (found && looksLikeOutletName(found)) {
        clues.push({ name: found, role: rule.role, rule: rule.name, inferred: false });
      }
    });
  }
  // A bare address line ("www.presstv.co.uk") names a site but not who it is: a guess at the host.
  for (const line of lines) {
    if (!line.includes(' ') && /^(?:https?:\/\/)?www\./i.test(line)) {
      const domain = domainOf(line);
      if (domain) clues.push({ name: domain, role: 'host', rule: 'address line', inferred: true });
    }
  }
  return clues;
}
