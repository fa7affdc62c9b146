import { safeText, visibleText } from '../../core/text/safe.js';
import type { Corpus } from '../../core/types.js';
import { helpSections } from '../../keys/help.js';
import type { Scope } from '../../keys/keymap.js';
import { filterFields } from '../corpus-index.js';
import type { OverlayLine } from './types.js';

/** The help overlay's lines, generated from the keymap: the keys of where the user is come first. */
export function helpLines(first: readonly Scope[]): OverlayLine[] {
  const lines: OverlayLine[] = [];
  for (const section of helpSections(first)) {
    lines.push({ text: section.title, tone: 'heading' });
    for (const row of section.rows) lines.push({ text: `  ${row.keys.padEnd(24)} ${row.description}` });
    lines.push({ text: '' });
  }
  lines.push({ text: 'Filter syntax', tone: 'heading' });
  lines.push({ text: "  words match fuzzily; 'exact  !exclude  ^prefix  suffix$  FIELD:WORD (one field)", tone: 'muted' });
  lines.push({ text: '  text:WORD searches article bodies, exactly (case aside)', tone: 'muted' });
  for (const [pane, names] of Object.entries(filterFields)) lines.push({ text: `  ${pane}: ${names.map((n) => `${n}:`).join(' ')}`, tone: 'muted' });
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
    for (const w of skipped) lines.push({ text: `  ${visibleText(w.file)}: ${visibleText(w.reason)}`, tone: 'warning' });
  }
  if (doubtful.length) {
    lines.push({ text: `Loaded with warnings (${doubtful.length})`, tone: 'heading' });
    for (const w of doubtful) lines.push({ text: `  ${visibleText(w.file)}: ${visibleText(w.reason)}` });
  }
  for (const a of perArticle) {
    for (const w of a.warnings) lines.push({ text: `  ${visibleText(a.id)}: ${visibleText(w)}` });
  }
  return lines;
}

/** The lines a filter keeps: those holding every word (case aside), with the heading of each kept section. */
export function filterLines(lines: readonly OverlayLine[], filter: string): OverlayLine[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...lines];
  const out: OverlayLine[] = [];
  let heading: OverlayLine | null = null;
  for (const line of lines) {
    if (line.tone === 'heading') {
      heading = line;
      continue;
    }
    const text = line.text.toLowerCase();
    if (!words.every((w) => text.includes(w))) continue;
    if (heading) out.push(heading);
    heading = null;
    out.push(line);
  }
  return out.length ? out : [{ text: `Nothing matches "${safeText(filter)}". Esc clears.`, tone: 'muted' }];
}
