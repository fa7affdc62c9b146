/** Helpers for outlet names and the domains that stand for them. */

/** "www.presstv.co.uk" -> "presstv.co.uk"; "https://headlineusa.com/advertising" -> "headlineusa.com". */
export function domainOf(address: string): string | null {
  const m = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})(?:[/:?#]|$)/i.exec(address.trim());
  return m?.[1] ? m[1].toLowerCase() : null;
}

/** A name reduced for comparison: "Press TV", "presstv.co.uk" and "PressTV" all give "presstv". */
export function outletKey(name: string): string {
  const domain = domainOf(name);
  const base = domain ? domain.replace(/\.(?:co|com|org|net|gov|ac)?\.?[a-z]{2,3}$/, '').replace(/\.[a-z]{2,}$/, '') : name;
  return base.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Same outlet under two spellings ("Press TV" and "presstv.co.uk"; "BBC" and "BBC News"). */
export function sameOutlet(a: string, b: string): boolean {
  const ka = outletKey(a);
  const kb = outletKey(b);
  if (ka === '' || kb === '') return false;
  return ka === kb || ka.startsWith(kb) || kb.startsWith(ka);
}

/**
 * Looks like the name of a publication: a domain, or a few words each capitalised ("BBC News",
 * "The Guardian", "Al Jazeera"), not a section label with lower-case words ("Russia-Ukraine war News").
 */
export function looksLikeOutletName(name: string): boolean {
  const text = name.trim().replace(/[.,;:]+$/, '');
  if (text.length < 2 || text.length > 50 || !/\p{L}/u.test(text)) return false;
  if (domainOf(text)) return true;
  const words = text.split(/\s+/);
  if (words.length > 5) return false;
  return words.every((w) => /^(?:\p{Lu}|\d)/u.test(w) || /^(?:of|the|and|de|du|la|le|der|die|das|&)$/.test(w));
}
