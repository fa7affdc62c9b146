/**
 * How close two name keys are. Plain edit distance treats a one-letter change in "Li"/"Lu" the same as
 * in "Volodymyr"/"Volodomyr", so the allowance grows with length: short names must match exactly.
 */

/** Levenshtein distance, giving up (returning limit + 1) as soon as it must exceed `limit`. */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a === b) return 0;
  let prev = new Array<number>(b.length + 1);
  let curr = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + cost);
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [prev, curr] = [curr, prev];
  }
  return prev[b.length]!;
}

/** Edits a surname key may differ by: none up to 5 letters, one up to 8, two beyond. */
export function surnameAllowance(length: number): number {
  return length <= 5 ? 0 : length <= 8 ? 1 : 2;
}

/** Edits a given-name key may differ by: none up to 4 letters, one up to 8, two beyond. */
export function givenNameAllowance(length: number): number {
  return length <= 4 ? 0 : length <= 8 ? 1 : 2;
}

/**
 * True when two surname keys name the same family name, allowing for spelling by length. Slavic and
 * Baltic surnames mark gender with a final "a" ("Petrov"/"Petrova", "Kowalski"/"Kowalska"): those are
 * two people however close the spelling.
 */
export function surnamesMatch(a: string, b: string): boolean {
  if (a !== b && (a.endsWith('a') !== b.endsWith('a')) && a.length > 3 && b.length > 3) return false;
  const limit = surnameAllowance(Math.max(a.length, b.length));
  return boundedDistance(a, b, limit) <= limit;
}

/**
 * True when two given-name keys can be one person's: equal within the length allowance, or one is an
 * initial of the other ("J" / "john"). Different given names ("joe"/"hunter") never match.
 */
export function givenNamesMatch(a: string, b: string): boolean {
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  const limit = givenNameAllowance(Math.max(a.length, b.length));
  return boundedDistance(a, b, limit) <= limit;
}
