import { safeText } from '../core/text/safe.js';
import type { Corpus } from '../core/types.js';
import { helpSections } from '../keys/help.js';
import type { OverlayLine } from './components/Overlay.js';

/** The help overlay's lines, generated from the keymap. */
export function helpLines(): OverlayLine[] {
  const lines: OverlayLine[] = [];
  for (const section of helpSections()) {
    lines.push({ text: section.title, tone: 'heading' });
    for (const row of section.rows) lines.push({ text: `  ${row.keys.padEnd(22)} ${row.description}` });
    lines.push({ text: '' });
  }
  lines.push({ text: 'Filter syntax: words match fuzzily; \'exact  !exclude  ^prefix  suffix$  text:WORD (article bodies)  actor:NAME  outlet:NAME', tone: 'muted' });
  return lines;
}

/** The warnings overlay's lines: skipped files and why, then per-article warnings. */
export function warningLines(corpus: Corpus): OverlayLine[] {
  const lines: OverlayLine[] = [];
  const skipped = corpus.warnings.filter((w) => w.skipped);
  const doubtful = corpus.warnings.filter((w) => !w.skipped);
  const perArticle = corpus.articles.filter((a) => a.warnings.length > 0);
  if (skipped.length + doubtful.length + perArticle.length === 0) return [{ text: 'No warnings: every file loaded cleanly.', tone: 'muted' }];
  if (skipped.length) {
    lines.push({ text: `Skipped (${skipped.length})`, tone: 'heading' });
    for (const w of skipped) lines.push({ text: `  ${safeText(w.file)}: ${safeText(w.reason)}`, tone: 'warning' });
  }
  if (doubtful.length) {
    lines.push({ text: `Loaded with warnings (${doubtful.length})`, tone: 'heading' });
    for (const w of doubtful) lines.push({ text: `  ${safeText(w.file)}: ${safeText(w.reason)}` });
  }
  for (const a of perArticle) {
    for (const w of a.warnings) lines.push({ text: `  ${safeText(a.id)}: ${safeText(w)}` });
  }
  return lines;
}
