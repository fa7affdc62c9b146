/**
 * Site names that pages append to their headline ("… | Russia-Ukraine war News", "… - BBC News").
 * Shared by cleaning (which trims the suffix off the headline line) and metadata (which reads it as a
 * hint of the outlet).
 */

// Words that mark a suffix after a dash as a site name rather than part of the headline.
const OUTLET_WORDS =
  /\b(?:news|times|post|journal|herald|tribune|gazette|daily|tv|radio|online|press|agency|reuters|ap|afp|bbc|cnn|guardian|telegraph|independent|observer|monitor|politico|axios|bloomberg|insider|euronews|dw|jazeera|express|mirror|mail|chronicle|review|weekly|magazine|today|wire|report|network)\b|\.(?:com|org|net|co\.uk|info|news|io|de|fr|se|ru|ir)\b/i;

/** A headline split from the site suffix it carries, or null when it carries none. */
export function splitSiteSuffix(line: string): { headline: string; suffix: string; site: string } | null {
  const pipe = /^(.+?)\s+(?:\||::|•|·)\s+([^|]{2,60})$/.exec(line);
  if (pipe?.[1] && pipe[2] && pipe[1].split(' ').length >= 3 && pipe[2].split(' ').length <= 6) {
    return { headline: pipe[1], suffix: line.slice(pipe[1].length).trim(), site: pipe[2].trim() };
  }
  const dash = /^(.+)\s+[-–—]\s+([^-–—]{2,40})$/.exec(line);
  if (dash?.[1] && dash[2] && dash[1].split(' ').length >= 3) {
    const site = dash[2].trim();
    if (site.split(' ').length <= 4 && OUTLET_WORDS.test(site) && !/[.!?]$/.test(site)) {
      return { headline: dash[1], suffix: line.slice(dash[1].length).trim(), site };
    }
  }
  return null;
}
