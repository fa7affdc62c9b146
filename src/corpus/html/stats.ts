import { furnitureReason } from './boilerplate.js';
import { walkElements, type HtmlElement } from './tree.js';

/** How much text an element holds once furniture is set aside: what scoring and filtering read. */
export interface TextStats {
  /** Characters of text, whitespace runs counted as one. */
  chars: number;
  /** Of those, characters inside links. */
  linkChars: number;
  /** Commas (Latin and CJK), a sign of sentences rather than labels. */
  commas: number;
  /** Characters in paragraphs of 80 or more: prose, not labels or teasers. */
  prose: number;
  /** Of the prose, what stands in <p> elements with few links (teaser cards are divs and list items). */
  paragraphProse: number;
  /** True when some child is a block (so this element is a container, not a paragraph). */
  hasBlockChild: boolean;
  /** Characters in its own text and inline children: a run of text not wrapped in a paragraph. */
  inlineChars: number;
}

/** Tags that start a new block of text when rendered. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'tr', 'ul', 'caption', 'html', '#root', 'br',
]);

/** The page's elements with their stats and the furniture found, from one walk without recursion. */
export interface PageStats {
  stats: Map<HtmlElement, TextStats>;
  /** Furniture subtrees (outermost only) and why each is furniture. */
  furniture: Map<HtmlElement, string>;
  /** Elements in document order, furniture subtrees left out. */
  order: HtmlElement[];
}

// A furniture rule judged by class words is not trusted on a block that holds this share of the page's prose.
const PROTECTED_SHARE = 0.5;

/** Measures every element under `root`; furniture subtrees count for nothing. */
export function measurePage(root: HtmlElement): PageStats {
  // First only what is never text (scripts, forms, embeds), to know where the page's prose is.
  const plain = collect(root, (element) => furnitureReason(element, false));
  const plainStats = tally(plain.order);
  const total = plainStats.get(root)?.prose ?? 0;
  // Then the class and tag rules, except on a block holding most of the prose: that is the article,
  // whatever its class says ("post has-comments", a <header> wrapping a whole story).
  const judged = collect(root, (element) => {
    const reason = furnitureReason(element, true);
    if (reason && plain.furniture.has(element)) return reason;
    const prose = plainStats.get(element)?.prose ?? 0;
    return reason && prose > total * PROTECTED_SHARE && prose > 0 ? undefined : reason;
  });
  return { stats: tally(judged.order), furniture: judged.furniture, order: judged.order };
}

function collect(root: HtmlElement, judge: (element: HtmlElement) => string | undefined): Omit<PageStats, 'stats'> {
  const furniture = new Map<HtmlElement, string>();
  const order: HtmlElement[] = [root];
  walkElements(root, (element) => {
    const reason = judge(element);
    if (reason) {
      furniture.set(element, reason);
      return false;
    }
    order.push(element);
  });
  return { furniture, order };
}

/** Stats for elements given in document order (parents before children), children summed into parents. */
function tally(order: readonly HtmlElement[]): Map<HtmlElement, TextStats> {
  const stats = new Map<HtmlElement, TextStats>();
  for (const element of order) stats.set(element, { chars: 0, linkChars: 0, commas: 0, prose: 0, paragraphProse: 0, hasBlockChild: false, inlineChars: 0 });
  for (let i = order.length - 1; i >= 0; i--) {
    const element = order[i]!;
    const own = stats.get(element)!;
    for (const child of element.children) {
      if (typeof child !== 'string') continue;
      const chars = countChars(child);
      own.chars += chars;
      own.inlineChars += chars;
      own.commas += countCommas(child);
    }
    if (element.tag === 'a') own.linkChars = own.chars;
    if ((element.tag === 'p' || (!own.hasBlockChild && BLOCK_TAGS.has(element.tag))) && own.chars >= 80 && own.prose === 0) {
      own.prose = own.chars - own.linkChars;
      if (element.tag === 'p' && own.linkChars < own.chars * 0.3) own.paragraphProse = own.prose;
    }
    const parent = element.parent ? stats.get(element.parent) : undefined;
    if (!parent) continue;
    parent.chars += own.chars;
    parent.linkChars += own.linkChars;
    parent.commas += own.commas;
    parent.prose += own.prose;
    parent.paragraphProse += own.paragraphProse;
    if (BLOCK_TAGS.has(element.tag) && element.tag !== 'br') parent.hasBlockChild = true;
    else parent.inlineChars += own.chars;
  }
  return stats;
}

/** Characters with whitespace runs counted once (what a reader sees). */
export function countChars(text: string): number {
  let count = 0;
  let inSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160;
    if (space) {
      if (!inSpace) count++;
      inSpace = true;
    } else {
      count++;
      inSpace = false;
    }
  }
  return count;
}

function countCommas(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 0xff0c || c === 0x3001 || c === 0x060c) count++;
  }
  return count;
}
