const URL = /https?:\/\/[^\s)"'<>\]]+/g;
// Pages every site has; a link to one of them names the site, not this article.
const SITE_PAGE = /\/(?:advertis\w*|contact\w*|about\w*|privacy\w*|terms\w*|subscribe\w*|login|signin|register|tag|tags|category|categories|author|feed|rss|search|newsletter\w*|cookies?)(?:[/?#.]|$)/i;
// An article address has a slug of several words ("/trump-to-send-envoy") or a long numeric id.
const ARTICLE_PATH = /\/[\p{L}\d]+(?:-[\p{L}\d]+){2,}|\/\d{5,}/u;

/** The first address in the text that looks like an article's own (a slug or an id), or null. */
export function urlFromText(rawLines: readonly string[]): string | null {
  for (const line of rawLines) {
    for (const match of line.match(URL) ?? []) {
      const url = match.replace(/[.,;:]+$/, '');
      const path = url.replace(/^https?:\/\/[^/]+/, '');
      if (!SITE_PAGE.test(path) && ARTICLE_PATH.test(path)) return url;
    }
  }
  return null;
}
