import type { CleanedText } from '../types.js';
import type { Page } from './page.js';
import { cleaningStages } from './stages.js';

/**
 * Cleans a raw scrape into paragraphs (one per kept line), recording every removal with its 1-based
 * raw line, its text and why (docs/DESIGN.md §2). Runs `cleaningStages` in order. The headline stays as
 * the first paragraph (see head.ts). Total: any string, even empty, gives a result.
 */
export function cleanText(raw: string): CleanedText {
  const page: Page = {
    lines: raw.split('\n').map((text, i) => ({ line: i + 1, text })),
    removed: [],
    endMarks: [],
  };
  for (const stage of cleaningStages) stage.run(page);
  page.removed.sort((a, b) => a.line - b.line);
  return {
    paragraphs: page.lines.map((l) => l.text),
    paragraphLines: page.lines.map((l) => l.line),
    removed: page.removed,
  };
}

export { cleaningStages } from './stages.js';
export type { CleaningStage, Page, PageLine } from './page.js';
