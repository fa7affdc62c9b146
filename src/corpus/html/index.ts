/**
 * Saved web pages to articles: main text, what was dropped and why, and the page's own metadata.
 * Callers load this module with `await import()` so start-up never pays for the HTML parser.
 * Nothing on the page is run and nothing is fetched: the parser only tokenizes.
 */
import { renderBlocks } from './blocks.js';
import { findArticleContainer } from './content.js';
import { readMetadata, type PageMetadata } from './metadata.js';
import { judgeArticle } from './verdict.js';
import { measurePage } from './stats.js';
import { selectArticleText } from './select.js';
import { findElement, parseHtml } from './tree.js';

export { decodeHtmlBytes } from './charset.js';
export type { PageMetadata } from './metadata.js';

/** One block left out of the article, and the rule that left it out (navigation, ad, comments...). */
export interface HtmlRemoval {
  text: string;
  reason: string;
}

/** What extraction makes of one page. */
export interface HtmlArticle {
  /** The article's text: paragraphs separated by blank lines; headings, list items and quotes kept. */
  text: string;
  /** Every block dropped, in page order, with the reason naming its rule. */
  removed: HtmlRemoval[];
  /** From JSON-LD, then OpenGraph and `<meta>`, then the markup (`<link rel=canonical>`, `<time>`, `<html lang>`). */
  metadata: PageMetadata;
  /** False for an index page, a login wall, a page that is all script... */
  isArticle: boolean;
  /** Why the page is not an article (the text of the warning). */
  whyNot?: string;
  /** What parsing had to give up on (a page cut at the size limit, nesting flattened...). */
  warnings: string[];
}

/** Extracts the article from a page's HTML. Total: any string gives a result, never an exception. */
export function extractHtmlArticle(html: string, options: { url?: string } = {}): HtmlArticle {
  const tree = parseHtml(html);
  const reading = readMetadata(tree.root);
  const metadata = { ...reading.metadata };
  if (!metadata.url && options.url) metadata.url = options.url;
  const body = findElement(tree.root, (e) => e.tag === 'body') ?? tree.root;
  const page = measurePage(body);
  const container = findArticleContainer(page);
  const blocks = renderBlocks(body, new Set(container.parts), page.furniture);
  const selected = selectArticleText(blocks, metadata.title);
  // "Headline | Outlet" from <title> alone: the page's own headline is the title without the outlet.
  const headline = selected.removed.find((r) => r.reason === 'title (kept as metadata)')?.text;
  if (headline && metadata.title === reading.documentTitle && metadata.title !== headline) metadata.title = headline;
  const verdict = judgeArticle({ tree: tree.root, page, body, text: selected.text, jsonLdBody: reading.jsonLdBody });
  const text = verdict.useJsonLdBody && reading.jsonLdBody ? reading.jsonLdBody : selected.text;
  return {
    text,
    removed: selected.removed,
    metadata,
    isArticle: verdict.isArticle,
    ...(verdict.whyNot ? { whyNot: verdict.whyNot } : {}),
    warnings: [...tree.warnings, ...reading.warnings],
  };
}
