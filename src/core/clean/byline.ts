// "(Dave DeCamp, Antiwar.comWhite House envoy …": a parenthesised byline whose closing bracket the
// scrape lost, glued to the first sentence. Names are 2-4 capitalised words; an outlet that is not a
// domain must close its bracket, so "(John Smith, The Times)" is not cut after "The".
const GLUED_BYLINE =
  /^\((?:By )?\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}, (?:[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:com|org|net|info|news|co\.uk|io)\)?|[^()]{2,40}\))\s*(?=\p{Lu})/u;

/** Splits a byline prefix off a paragraph's start: the byline and the reporting after it, or null. */
export function splitBylinePrefix(text: string): { byline: string; rest: string } | null {
  const m = GLUED_BYLINE.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length);
  // Only when real prose follows: a bracketed aside like "(Reuters, AFP)" opening a sentence is not one.
  if (rest.split(' ').length < 6) return null;
  return { byline: m[0].trim(), rest };
}
