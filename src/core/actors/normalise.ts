/**
 * Name normalisation for matching surface forms across outlets: case and diacritics folded, and a
 * transliteration key that erases the usual differences between romanisations of one name.
 */

/** Lower-case, without diacritics, with one kind of apostrophe. */
export function fold(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text.replace(/`/g, "'").toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").toLowerCase();
}

/**
 * Each run of one letter as one ("leavitt" -> "levit"). A loop, not `/(.)\1+/`: that regex keeps a
 * backtrack entry per repeat, and a 20 MB run of one capital letter overflowed V8's stack.
 */
function withoutDoubles(k: string): string {
  let out = '';
  let from = 0;
  for (let i = 1; i <= k.length; i++) {
    if (i < k.length && k[i] === k[i - 1]) continue;
    out += k.slice(from, from + 1);
    from = i;
  }
  return out;
}

/**
 * A transliteration key for one name word. Romanisations of Cyrillic, Arabic and Nordic names differ
 * in a few regular ways, so these are erased: kh/h ("Kharkiv"/"Harkiv"), c/k ("Carolyn"/"Karoline"),
 * w/v, ph/f, dh/d ("Kadhafi"/"Kadafi"), gh/g, ee/i ("Naeem"/"Naim"), ou/u ("Joulani"/"Julani"), y/j/i
 * endings ("Zelenskyy"/"Zelensky", "Syrskyj"/"Syrsky"), doubled letters ("Leavitt"/"Levit"), an Arabic
 * article ("al-Zaidi"/"Zaidi", "el-Sisi"), a final silent "e" or "h" ("Abdullah"/"Abdulla"). The key is
 * for comparison only, never shown.
 */
export function nameKey(word: string): string {
  let k = fold(word).replace(ARTICLE, '').replace(/[^a-z]/g, '');
  k = k
    .replace(/kh/g, 'h')
    .replace(/ck/g, 'k')
    .replace(/c(?!h)/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/dh/g, 'd')
    .replace(/gh/g, 'g')
    .replace(/ee/g, 'i')
    .replace(/ou/g, 'u')
    .replace(/w/g, 'v')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/[yj]/g, 'i');
  k = withoutDoubles(k);
  if (k.length > 3 && k.endsWith('e')) k = k.slice(0, -1);
  if (k.length > 4 && /[aeiou]h$/.test(k)) k = k.slice(0, -1);
  return k;
}

/** An Arabic article before a name word: "al-", "el-", "al ", and the assimilated "ash-", "ad-"... */
const ARTICLE = /^(?:al|el|as|ash|ad|ar|at|az|an)[-‐‑'’ ](?=\p{L})/u;

/** A URL-safe slug of a canonical name ("Volodymyr Zelensky" -> "volodymyr-zelensky"). */
export function slug(name: string): string {
  const s = fold(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return s || 'actor';
}

/** Normalised text for de-duplicating roles and quotes: folded, straight quotes, no leading article. */
export function normaliseText(text: string): string {
  return fold(text).replace(/[“”"]/g, '"').replace(/\s+/g, ' ').replace(/^(?:the|a|an) /, '').trim();
}
