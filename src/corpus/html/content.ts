import { classWords } from './boilerplate.js';
import { BLOCK_TAGS, type PageStats } from './stats.js';
import type { HtmlElement } from './tree.js';

// Class and id words that make a block more or less likely to be the article (Readability's idea).
const POSITIVE = /^(?:article|articlebody|body|content|entry|main|page|post|text|blog|story|prose|richtext|copy)$/;
const NEGATIVE = /^(?:comment|comments|meta|footer|footnote|sidebar|widget|related|promo|sponsor|share|social|teaser|nav|menu|aside|banner|ad|ads|hidden)$/;
const SCORED_TAGS = new Set(['p', 'pre', 'td', 'blockquote']);
const CONTAINER_BONUS: Record<string, number> = { div: 5, article: 8, main: 5, section: 3, pre: 3, td: 3, blockquote: 3, form: -3, ol: -3, ul: -3, li: -3, dl: -3, dd: -3, dt: -3, h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5 };

/** The element(s) holding the article, in document order, and the best score (0 when nothing scored). */
export interface ArticleContainer {
  parts: HtmlElement[];
  score: number;
}

/**
 * Finds the article: every paragraph gives points to its ancestors (fewer the further up), the best
 * ancestor by points times the share of its text outside links wins, and siblings that look like more
 * of the same story join it.
 */
export function findArticleContainer(page: PageStats): ArticleContainer {
  const { stats, order } = page;
  const scores = new Map<HtmlElement, number>();
  const initial = (element: HtmlElement): number => {
    let score = CONTAINER_BONUS[element.tag] ?? 0;
    const words = classWords(element);
    if (words.some((w) => POSITIVE.test(w))) score += 25;
    if (words.some((w) => NEGATIVE.test(w))) score -= 25;
    if (element.attrs.itemprop === 'articleBody') score += 50;
    return score;
  };
  for (const element of order) {
    const own = stats.get(element)!;
    const paragraph = SCORED_TAGS.has(element.tag) || (!own.hasBlockChild && (element.tag === 'div' || element.tag === 'section'));
    // Text typed straight into a container (between <br>s, old CMSs) counts as a paragraph of it.
    const looseText = !paragraph && own.inlineChars >= 25 && BLOCK_TAGS.has(element.tag);
    if (!(paragraph && own.chars >= 25) && !looseText) continue;
    const chars = paragraph ? own.chars : own.inlineChars;
    const points = 1 + (paragraph ? own.commas : Math.min(own.commas, Math.round(chars / 40))) + Math.min(Math.floor(chars / 100), 3);
    let ancestor = paragraph ? element.parent : element;
    for (let level = 0; ancestor && level < 5; level++, ancestor = ancestor.parent) {
      if (ancestor.tag === '#root' || ancestor.tag === 'html') break;
      if (!scores.has(ancestor)) scores.set(ancestor, initial(ancestor));
      const share = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ancestor, scores.get(ancestor)! + points / share);
    }
  }
  let best: HtmlElement | undefined;
  let bestScore = 0;
  const ranked: [HtmlElement, number][] = [];
  for (const [element, score] of scores) {
    const s = stats.get(element)!;
    const adjusted = score * (1 - (s.chars > 0 ? s.linkChars / s.chars : 0));
    ranked.push([element, adjusted]);
    if (adjusted > bestScore) {
      best = element;
      bestScore = adjusted;
    }
  }
  if (!best) return { parts: [], score: 0 };
  best = widen(best, bestScore, ranked, scores, stats);
  best = climbWhileProse(best, stats);
  return { parts: withSiblings(best, scores, page), score: bestScore };
}

/** When several near-best blocks share an ancestor (a story split by ads into boxes), take the ancestor. */
function widen(best: HtmlElement, bestScore: number, ranked: [HtmlElement, number][], scores: Map<HtmlElement, number>, stats: PageStats['stats']): HtmlElement {
  const close = ranked.filter(([element, score]) => element !== best && score >= bestScore * 0.75).map(([e]) => e);
  if (close.length >= 2) {
    for (let ancestor = best.parent; ancestor && ancestor.tag !== '#root' && ancestor.tag !== 'body'; ancestor = ancestor.parent) {
      const inside = close.filter((e) => contains(ancestor!, e)).length;
      if (inside >= 2) return ancestor;
    }
  }
  // A parent whose text is mostly this block adds nothing but may hold its lead or a split half.
  let current = best;
  let currentScore = scores.get(best) ?? 0;
  for (let parent = current.parent; parent && parent.tag !== 'body' && parent.tag !== '#root'; parent = parent.parent) {
    const parentScore = scores.get(parent) ?? 0;
    if (parentScore < currentScore * 0.9 || (stats.get(parent)?.prose ?? 0) < (stats.get(current)?.prose ?? 0) * 1.05) break;
    current = parent;
    currentScore = parentScore;
  }
  return current;
}

/** Share of the text an ancestor adds that must be prose for the ancestor to be taken instead. */
const ADDED_PROSE_SHARE = 0.8;

/**
 * A story cut into sections (by a video, a pull quote, an ad slot) leaves the best block holding one
 * section: take the highest ancestor whose text beyond the block is mostly more prose.
 */
function climbWhileProse(best: HtmlElement, stats: PageStats['stats']): HtmlElement {
  const base = stats.get(best);
  if (!base) return best;
  let chosen = best;
  for (let ancestor = best.parent; ancestor && ancestor.tag !== '#root' && ancestor.tag !== 'html'; ancestor = ancestor.parent) {
    const s = stats.get(ancestor);
    if (!s) break;
    const addedChars = s.chars - base.chars;
    const addedProse = s.paragraphProse - base.paragraphProse;
    if (addedChars > 0 && addedProse >= addedChars * ADDED_PROSE_SHARE) chosen = ancestor;
  }
  return chosen;
}

function contains(ancestor: HtmlElement, element: HtmlElement): boolean {
  for (let node: HtmlElement | null = element; node; node = node.parent) if (node === ancestor) return true;
  return false;
}

/** The container plus siblings scoring close to it, or paragraphs of prose beside it. */
function withSiblings(best: HtmlElement, scores: Map<HtmlElement, number>, page: PageStats): HtmlElement[] {
  const parent = best.parent;
  if (!parent) return [best];
  const threshold = Math.max(10, (scores.get(best) ?? 0) * 0.2);
  const bestWords = new Set(classWords(best));
  const parts: HtmlElement[] = [];
  for (const sibling of parent.children) {
    if (typeof sibling === 'string' || page.furniture.has(sibling)) continue;
    if (sibling === best) {
      parts.push(sibling);
      continue;
    }
    const s = page.stats.get(sibling);
    if (!s) continue;
    let bonus = 0;
    if (bestWords.size > 0 && classWords(sibling).some((w) => bestWords.has(w))) bonus = (scores.get(best) ?? 0) * 0.2;
    const density = s.chars > 0 ? s.linkChars / s.chars : 0;
    if ((scores.get(sibling) ?? 0) + bonus >= threshold) parts.push(sibling);
    else if (sibling.tag === 'p' && s.chars > 80 && density < 0.25) parts.push(sibling);
  }
  return parts;
}
