/**
 * Word-level views of a sentence shared by alignment, quotes, figures and stories: one kind of quote,
 * apostrophe and dash, lower case, so a reprint that only changed typography reads as the same text.
 */

/** English function words: they carry no story, so similarity and story terms ignore them. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being ' +
    'below between both but by can could did do does doing down during each few for from further had ' +
    'has have having he her here hers herself him himself his how i if in into is it its itself just ' +
    'me more most my myself no nor not now of off on once only or other our ours ourselves out over own ' +
    'same she should so some such than that the their theirs them themselves then there these they this ' +
    'those through to too under until up very was we were what when where which while who whom why will ' +
    'with would you your yours yourself yourselves said says say told tells tell added according also ' +
    'one its it\'s may might must shall us mr mrs ms dr new last next week weeks year years day days ' +
    'monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow well get got like ' +
    'even still yet already however since without within upon among around many much another would\'ve'
  ).split(' '),
);

// Letters (with inner apostrophes/hyphens) or numbers (with inner separators): "won't", "U.S", "10,000".
const WORD = /\p{L}[\p{L}\p{M}\p{N}]*(?:['’.\-][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,]\p{N}+)*/gu;

/** Text with one kind of quote, apostrophe and dash, and single spaces: typography a reprint may change. */
export function normaliseTypography(text: string): string {
  return text
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a text as written (surface forms, in order). */
export function surfaceWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** One word as compared: lower case, curly apostrophe straight, possessive "'s" dropped. */
export function normaliseWord(word: string): string {
  return word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
}

/** The compared words of a text, in order. */
export function wordsOf(text: string): string[] {
  const words = text.toLowerCase().replace(/’/g, "'").match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) if (words[i]!.endsWith("'s")) words[i] = words[i]!.slice(0, -2);
  return words;
}

/** A sentence reduced to its words: two sentences that differ only in punctuation or case are equal. */
export function comparableText(text: string): string {
  return wordsOf(text).join(' ');
}

/** True for words that carry content (not function words, not single letters). */
export function isContentWord(word: string): boolean {
  return word.length > 1 && !STOPWORDS.has(word);
}
