import type { FormatReader } from './types.js';

/** A raw scrape: the whole text is the article, and the file says nothing else about it. */
export const readTxt: FormatReader = (text) => ({ records: [{ text, fields: {}, warnings: [] }], problems: [] });
