/**
 * Dates for pages that show none and whose own evidence is not enough (a day and month without a
 * year, or no date at all): borrowed from a story sibling, the dated article of the corpus that names
 * most of the same people, places and organisations. Marked inferred, with the sibling as evidence.
 */
import { isoDate } from '../clean/dates.js';
import type { Article } from '../types.js';
import { dateFromEvidence, laterByWeekdays } from './inferred-date.js';
import { yearlessStamp } from './published.js';

/** Capitalised words after a sentence's first: names, the cheap signal two reports of a story share. */
const NAME_WORD = /(?<=[\p{Ll},;:’'”)]\s)\p{Lu}[\p{L}-]{2,}/gu;
/** Fewest names two articles must share, and the share of the smaller set, to be siblings. */
const MIN_SHARED = 3;
const MIN_OVERLAP = 0.2;

function namesOf(a: Article): Set<string> {
  const names = new Set<string>();
  for (const p of a.paragraphs) for (const m of p.matchAll(NAME_WORD)) names.add(m[0]);
  return names;
}

/** Dated articles with their names, and an index from each name to the articles that use it. */
interface Dated {
  list: { article: Article; names: Set<string> }[];
  byName: Map<string, number[]>;
}

/** Names used by more articles than this say nothing of a story ("Monday", a country) and are skipped. */
const COMMON_NAME = 200;

function indexed(list: { article: Article; names: Set<string> }[]): Dated {
  const byName = new Map<string, number[]>();
  list.forEach((d, i) => {
    for (const n of d.names) {
      const at = byName.get(n);
      if (at) at.push(i);
      else byName.set(n, [i]);
    }
  });
  return { list, byName };
}

/** The dated article sharing most names with `names`, or null when none shares enough (linear in shared names). */
function closestSibling(names: ReadonlySet<string>, dated: Dated): Article | null {
  const shared = new Map<number, number>();
  for (const n of names) {
    const at = dated.byName.get(n);
    if (!at || at.length > COMMON_NAME) continue;
    for (const i of at) shared.set(i, (shared.get(i) ?? 0) + 1);
  }
  let best: Article | null = null;
  let bestScore = 0;
  for (const [i, count] of shared) {
    const d = dated.list[i]!;
    const score = count / Math.max(1, Math.min(names.size, d.names.size));
    if (count >= MIN_SHARED && score >= MIN_OVERLAP && score > bestScore) {
      best = d.article;
      bestScore = score;
    }
  }
  return best;
}

/** The year that puts month/day nearest the sibling's date. */
function nearestYear(siblingDate: string, month: number, day: number): string | null {
  const year = Number(siblingDate.slice(0, 4));
  const options = [year - 1, year, year + 1].map((y) => isoDate(y, month, day)).filter((d): d is string => d !== null);
  const at = Date.parse(siblingDate);
  return options.reduce<string | null>((a, b) => (a === null || Math.abs(Date.parse(b) - at) < Math.abs(Date.parse(a) - at) ? b : a), null);
}

/**
 * Gives each undated article a date inferred from a story sibling: the day and month it reports (or
 * its stamp prints) in the sibling's year, or, with no date at all, the sibling's own date. Articles
 * with a date, and those with no sibling, are returned as they are.
 */
export function dateFromSiblings(articles: readonly Article[]): Article[] {
  if (!articles.some((a) => a.published === null)) return [...articles];
  const withNames = (list: readonly Article[]) =>
    list.filter((a) => a.published !== null && a.provenance.published !== 'inferred').map((article) => ({ article, names: namesOf(article) }));
  // First the pages that give their own day and month (they need only a year), then the pages with no
  // date at all, which may borrow from the first kind too: their evidence is their own.
  const dayOf = (a: Article): { month: number; day: number; exact: boolean } | null => {
    const stamp = yearlessStamp(a.raw.split('\n'));
    if (stamp) return { ...stamp, exact: true };
    const evidence = dateFromEvidence(a.paragraphs);
    return evidence?.yearless ? { ...evidence.yearless, exact: evidence.exact } : null;
  };
  const own = new Map(articles.map((a) => [a, a.published === null ? dayOf(a) : null]));
  const round = (list: readonly Article[], dated: Dated, withDay: boolean): Article[] =>
    list.map((a) => {
      const day = own.get(a) ?? null;
      if (a.published !== null || (day !== null) !== withDay) return a;
      const sibling = closestSibling(namesOf(a), dated);
      if (!sibling?.published) return a;
      const siblingName = `"${sibling.title.slice(0, 60)}" (${sibling.published})`;
      const placed = day ? nearestYear(sibling.published, day.month, day.day) : null;
      const later = placed && !day?.exact ? laterByWeekdays(placed, a.paragraphs) : null;
      const evidence = placed
        ? `day and month from the article${later ? ` (and the ${later.weekday} after it that it reports)` : ''}, year from a story sibling: ${siblingName}`
        : `no date in the article; a story sibling's date: ${siblingName}`;
      return { ...a, published: later?.date ?? placed ?? sibling.published, provenance: { ...a.provenance, published: 'inferred' }, publishedEvidence: evidence };
    });
  const dated = withNames(articles);
  if (dated.length === 0) return [...articles];
  const first = round(articles, indexed(dated), true);
  const placedOwn = first.filter((a, i) => a !== articles[i]).map((article) => ({ article, names: namesOf(article) }));
  return round(first, indexed([...dated, ...placedOwn]), false);
}
