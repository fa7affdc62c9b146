import type { Removal, RemovalReason } from '../types.js';

/** One line of the page as cleaning sees it: its 1-based raw line number and its current text. */
export interface PageLine {
  line: number;
  text: string;
}

/**
 * What every stage works on: the lines still kept, in page order, and the removals so far.
 * Stages replace `lines` and append to `removed`; they never reorder lines.
 */
export interface Page {
  lines: PageLine[];
  removed: Removal[];
  /**
   * Raw lines of removed furniture that only stands where an article ends (credits, copyright and
   * repost notices, comment prompts, share bars), as opposed to ads and links scattered in the body.
   * The tail stage trusts what follows these less.
   */
  endMarks: number[];
}

/** One cleaning stage: a name (for tests and debugging) and a function that edits the page. */
export interface CleaningStage {
  name: string;
  run(page: Page): void;
}

/** Longest text a removal records: enough to recognise the line, not a second copy of a huge one. */
const MAX_RECORDED = 300;

/** Records a removal, shortening very long text so the list stays readable; `rule` names what removed it. */
export function recordRemoval(page: Page, line: number, text: string, reason: RemovalReason, rule?: string): void {
  const shown = text.length > MAX_RECORDED ? `${text.slice(0, MAX_RECORDED - 1)}…` : text;
  page.removed.push(rule ? { line, text: shown, reason, rule } : { line, text: shown, reason });
}

/**
 * Drops the lines `shouldDrop` picks, recording each with `reason` (and the rule, when `shouldDrop`
 * names one), and keeps the rest in order: the common shape of a stage that judges lines one by one.
 */
export function dropLines(
  page: Page,
  reason: RemovalReason,
  shouldDrop: (line: PageLine, index: number, lines: readonly PageLine[]) => boolean | string,
): void {
  const kept: PageLine[] = [];
  page.lines.forEach((l, i, all) => {
    const drop = shouldDrop(l, i, all);
    if (drop) recordRemoval(page, l.line, l.text, reason, typeof drop === 'string' ? drop : undefined);
    else kept.push(l);
  });
  page.lines = kept;
}
