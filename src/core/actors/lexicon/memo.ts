/**
 * Memoises a lexicon look-up by its exact input. News repeats the same capitalised words endlessly, so
 * folding each occurrence (Unicode normalisation) again would dominate the scan. The cache is bounded
 * by the corpus's vocabulary of capitalised words, and reset when it grows past a limit.
 */
export function memo<T>(lookup: (surface: string) => T, limit = 200_000): (surface: string) => T {
  let cache = new Map<string, T>();
  return (surface: string) => {
    const known = cache.get(surface);
    if (known !== undefined || cache.has(surface)) return known as T;
    const value = lookup(surface);
    if (cache.size >= limit) cache = new Map();
    cache.set(surface, value);
    return value;
  };
}

/** Lower-case without diacritics; ASCII text skips Unicode normalisation. */
export function foldWord(surface: string): string {
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x00-\x7f]*$/.test(surface);
  const base = ascii ? surface : surface.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'");
  return base.replace(/\.$/, '').toLowerCase();
}
