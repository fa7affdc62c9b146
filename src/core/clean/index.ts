import type { CleanedText } from '../types.js';

/** Cleans a raw scrape into paragraphs, recording every removal. (Placeholder: being built.) */
export function cleanText(raw: string): CleanedText {
  const paragraphs: string[] = [];
  const paragraphLines: number[] = [];
  raw.split('\n').forEach((line, i) => {
    if (line.trim()) {
      paragraphs.push(line.trim());
      paragraphLines.push(i + 1);
    }
  });
  return { paragraphs, paragraphLines, removed: [] };
}
