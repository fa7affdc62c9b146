import type { PageStats } from './stats.js';
import { rawText, walkElements, type HtmlElement } from './tree.js';

/** Whether a page is an article, and why not when it is not. */
export interface ArticleVerdict {
  isArticle: boolean;
  whyNot?: string;
  /** The markup held no article text but the page's JSON-LD states the body: use that. */
  useJsonLdBody: boolean;
}

/** Fewer characters of article text than this is a teaser, a caption or an error page, not an article. */
export const MIN_ARTICLE_CHARS = 250;

/** What the verdict looks at: the page, its measured body, and the text extraction kept. */
export interface VerdictInput {
  tree: HtmlElement;
  page: PageStats;
  body: HtmlElement;
  text: string;
  jsonLdBody: string | undefined;
}

/** Judges a page: all script, a login wall, an index of links, or too little text to be an article. */
export function judgeArticle({ tree, page, body, text, jsonLdBody }: VerdictInput): ArticleVerdict {
  const chars = text.replace(/\s+/g, ' ').length;
  if (chars >= MIN_ARTICLE_CHARS) return { isArticle: true, useJsonLdBody: false };
  if (jsonLdBody && jsonLdBody.length >= MIN_ARTICLE_CHARS) return { isArticle: true, useJsonLdBody: true };
  let scriptChars = 0;
  let password = false;
  walkElements(tree, (element) => {
    if (element.tag === 'script') scriptChars += rawText(element).length;
    if (element.tag === 'input' && element.attrs.type?.toLowerCase() === 'password') password = true;
  });
  const bodyStats = page.stats.get(body);
  const pageChars = bodyStats?.chars ?? 0;
  const linkShare = pageChars > 0 ? (bodyStats?.linkChars ?? 0) / pageChars : 0;
  const no = (whyNot: string): ArticleVerdict => ({ isArticle: false, whyNot, useJsonLdBody: false });
  if (password) return no('a login form and no article text (a login wall?)');
  if (pageChars < 50 && scriptChars > 0) return no('the page is all script: no text without running it');
  if (pageChars < 50) return no('the page has no text');
  if (linkShare > 0.5) return no(`an index page: ${Math.round(linkShare * 100)}% of its text is links and no block reads as an article`);
  return no(`no article text found (${chars} characters kept; an article has at least ${MIN_ARTICLE_CHARS})`);
}
