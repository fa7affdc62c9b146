/**
 * Measures the analysis on real pages against hand-made gold (gold-dates.json): publication dates (and
 * time, zone, author) the page shows, hand-checked events, furniture lines that must go and reporting
 * lines that must stay. Used by scripts/real-pages.ts; the pages themselves never enter the repo.
 */
import { analyseCorpus } from '../../src/core/analyse.js';
import type { Article, ChronologyEntry, SourceDocument } from '../../src/core/types.js';

/** Pages tuned on, and pages set aside before tuning. */
export type Split = 'tuned' | 'held-out';

/** One real page's text, as rebuilt from the saved search answers. */
export interface RealPage {
  id: string;
  story: string;
  split: Split;
  text: string;
}

/** What a page shows of its own publication, as a careful reader sees it. */
interface GoldPublished {
  date: string;
  time?: string | null;
  zone?: string | null;
}

/** One hand-checked event: a fragment of its sentence, optionally the date words, and the right day. */
interface GoldEvent {
  fragment: string;
  expression?: string;
  date: string;
}

/** The gold for one page. Fragments are a few words each: enough to find the line, no more. */
interface GoldPage {
  published: GoldPublished | null;
  author: string | null;
  furniture: string[];
  reporting: string[];
  events: GoldEvent[];
  /** A fragment the article's title must hold, where the page makes taking the title hard. */
  title?: string;
}

/** The gold file. */
export interface Gold {
  pages: Record<string, GoldPage>;
}

const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)} % (${n}/${d})`);

/** Articles and chronology for the pages, analysed together as one corpus (siblings see each other). */
function analyse(pages: readonly RealPage[]): { byId: Map<string, Article>; chronology: ChronologyEntry[] } {
  const docs: SourceDocument[] = pages.map((p) => ({
    id: `${p.id}.txt`,
    file: `${p.id}.txt`,
    text: p.text.replace(/\r\n?/g, '\n'),
    fileFields: {},
    manifestFields: {},
    warnings: [],
    contentHash: p.id,
  }));
  const corpus = analyseCorpus('real-pages', docs, []);
  return { byId: new Map(corpus.articles.map((a) => [a.id.replace(/\.txt$/, ''), a])), chronology: corpus.chronology };
}

/** Whether some kept paragraph holds the fragment ("=text": some paragraph is exactly that text). */
const kept = (a: Article, fragment: string): boolean =>
  fragment.startsWith('=') ? a.paragraphs.some((p) => p.trim() === fragment.slice(1)) : a.paragraphs.some((p) => p.includes(fragment));

/** Names compared as a reader would: case and spacing aside. */
const sameName = (a: string | null, b: string | null): boolean =>
  a !== null && b !== null && a.toLowerCase().replace(/\s+/g, ' ').replace(/\s*,\s*/g, ', ') === b.toLowerCase().replace(/\s+/g, ' ').replace(/\s*,\s*/g, ', ');

/** Lines of the report: one per category, with precision and recall where both apply. */
export function evaluateRealPages(pages: readonly RealPage[], gold: Gold, verbose = false): string[] {
  const { byId, chronology } = analyse(pages);
  const out: string[] = [];
  const note = (s: string): void => {
    if (verbose) out.push(`  - ${s}`);
  };
  let shown = 0, found = 0, given = 0, givenRight = 0, readWithout = 0, inferredWithout = 0;
  let timeShown = 0, timeFound = 0, authorShown = 0, authorFound = 0, authorGiven = 0, authorRight = 0;
  let furniture = 0, furnitureGone = 0, reporting = 0, reportingKept = 0, titlesFromFurniture = 0;
  let titles = 0, titlesRight = 0;
  let events = 0, eventsRight = 0, eventsDated = 0, stampEvents = 0;
  for (const page of pages) {
    const g = gold.pages[page.id];
    const a = byId.get(page.id);
    if (!g || !a) {
      out.push(`${page.id}: no gold or no article, skipped`);
      continue;
    }
    const fromText = a.published !== null && a.provenance.published !== 'inferred';
    if (g.published) {
      shown++;
      if (a.published === g.published.date) found++;
      else note(`${page.id}: published ${a.published ?? 'none'} (${a.provenance.published}), page shows ${g.published.date}`);
      if (g.published.time) {
        timeShown++;
        const time = a.publishedTime ?? null;
        if (time !== null && time.startsWith(g.published.time) && (g.published.zone ?? null) === (a.publishedZone ?? null)) timeFound++;
        else note(`${page.id}: time ${time ?? 'none'} ${a.publishedZone ?? ''}, page shows ${g.published.time} ${g.published.zone ?? ''}`);
      }
    } else if (fromText) {
      readWithout++;
      note(`${page.id}: published ${a.published} read from a page that shows none`);
    } else if (a.published !== null) inferredWithout++;
    if (fromText) {
      given++;
      if (g.published && a.published === g.published.date) givenRight++;
    }
    const author = a.author ?? null;
    if (g.author) {
      authorShown++;
      if (sameName(author, g.author)) authorFound++;
      else note(`${page.id}: author ${author ?? 'none'}, page shows ${g.author}`);
    }
    if (author !== null) {
      authorGiven++;
      if (sameName(author, g.author)) authorRight++;
      else if (!g.author) note(`${page.id}: author ${author} from a page that shows none`);
    }
    for (const f of g.furniture) {
      furniture++;
      if (!kept(a, f)) furnitureGone++;
      else note(`${page.id}: furniture kept: ${f}`);
      if (f.startsWith('=') ? a.title === f.slice(1) : a.title.includes(f)) titlesFromFurniture++;
    }
    for (const r of g.reporting) {
      reporting++;
      if (kept(a, r)) reportingKept++;
      else note(`${page.id}: reporting lost: ${r}`);
    }
    if (g.title !== undefined) {
      titles++;
      if (a.title.includes(g.title)) titlesRight++;
      else note(`${page.id}: title "${a.title}", should hold "${g.title}"`);
    }
    const sources = chronology.flatMap((e) => e.sources.filter((s) => s.articleId === a.id));
    for (const s of sources) if (g.furniture.some((f) => s.sentence.includes(f))) stampEvents++;
    for (const ev of g.events) {
      events++;
      const matching = sources.filter((s) => s.sentence.includes(ev.fragment) && (!ev.expression || s.expression.includes(ev.expression)));
      if (matching.length > 0) eventsDated++;
      if (matching.length > 0 && matching.every((s) => s.date === ev.date)) eventsRight++;
      else note(`${page.id}: event "${ev.fragment}" on ${[...new Set(matching.map((s) => s.date))].join(', ') || 'no date'}, should be ${ev.date}`);
    }
  }
  out.push(`publication dates shown, found (recall):   ${pct(found, shown)}`);
  out.push(`publication dates read, right (precision): ${pct(givenRight, given)}`);
  out.push(`pages showing no date: read as if shown ${readWithout}, given an inferred date ${inferredWithout}`);
  out.push(`publication times shown, found with zone:  ${pct(timeFound, timeShown)}`);
  out.push(`authors shown, found (recall):             ${pct(authorFound, authorShown)}`);
  out.push(`authors given, right (precision):          ${pct(authorRight, authorGiven)}`);
  out.push(`events on the right day (recall):          ${pct(eventsRight, events)}`);
  out.push(`events dated, right day (precision):       ${pct(eventsRight, eventsDated)}`);
  out.push(`furniture lines removed (recall):          ${pct(furnitureGone, furniture)}`);
  out.push(`reporting lines kept:                      ${pct(reportingKept, reporting)} (lost ${reporting - reportingKept})`);
  out.push(`hard titles right:                         ${pct(titlesRight, titles)}`);
  out.push(`titles taken from furniture:               ${titlesFromFurniture}`);
  out.push(`chronology entries from furniture lines:   ${stampEvents}`);
  return out;
}
