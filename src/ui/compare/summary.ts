import { safeText } from '../../core/text/safe.js';
import type { Comparison } from '../../core/types.js';
import { truncateSpans, wrapSpans, type Span, type SpanStyle } from './spans.js';

/** One fact of the summary above the rows: a label and what it says. */
interface SummaryItem {
  label: string;
  text: string;
  style: SpanStyle;
}

// Longer lists than this only say how many more there are: the summary is a glance, the rows are the detail.
const MAX_NAMED = 8;
// An item past this many lines is cut, so one long list cannot push the rest out.
const MAX_ITEM_LINES = 2;

function listed(values: readonly string[]): string {
  const shown = values.slice(0, MAX_NAMED).map(safeText).join(', ');
  return values.length > MAX_NAMED ? `${shown} and ${values.length - MAX_NAMED} more` : shown;
}

/** The first words of a sentence, enough to find it. */
function opening(sentence: string): string {
  const words = sentence.split(/\s+/).filter(Boolean);
  return words.length > 6 ? `${words.slice(0, 6).join(' ')}…` : words.join(' ');
}

function quoteCounts(comparison: Comparison): string {
  const count = (kind: string) => comparison.quotes.filter((q) => q.in === kind).length;
  return `${count('both')} in both · ${count('altered')} altered · ${count('a')} only in A · ${count('b')} only in B`;
}

/** What differs between the two versions, in the order the summary gives it room; empty lists are left out. */
export function summaryItems(comparison: Comparison): SummaryItem[] {
  const items: SummaryItem[] = [
    { label: 'Quotes', text: quoteCounts(comparison), style: 'plain' },
  ];
  const add = (label: string, values: readonly string[], style: SpanStyle) => {
    if (values.length) items.push({ label, text: listed(values), style });
  };
  // Each altered quote in both wordings, and each one-sided quote: the counts above say how many, these say which.
  for (const q of comparison.quotes.filter((x) => x.in === 'altered')) {
    items.push({ label: 'Altered quote', text: `A “${safeText(q.a ?? q.text)}” · B “${safeText(q.b ?? q.text)}”`, style: 'plain' });
  }
  add('Quoted only in A', comparison.quotes.filter((q) => q.in === 'a').map((q) => `“${q.text}”`), 'onlyA');
  add('Quoted only in B', comparison.quotes.filter((q) => q.in === 'b').map((q) => `“${q.text}”`), 'onlyB');
  add('Actors only in A', comparison.actorsOnlyA, 'onlyA');
  add('Actors only in B', comparison.actorsOnlyB, 'onlyB');
  add('Figures only in A', comparison.figuresOnlyA, 'onlyA');
  add('Figures only in B', comparison.figuresOnlyB, 'onlyB');
  // The sentence a verb changed in, so the reader can find it.
  add('Verbs differ', comparison.attributionChanges.map((c) => `${c.verbA} → ${c.verbB} (“${opening(c.a)}”)`), 'plain');
  // Last: the shared quotes are also in the rows, marked as the same.
  add('Quoted in both', comparison.quotes.filter((q) => q.in === 'both').map((q) => `“${q.text}”`), 'plain');
  return items;
}

/**
 * The summary as screen lines of at most `width` cells and `maxLines` lines. Every item gets a line
 * before any gets a second (so a long actor list cannot push the figures out); an item is wrapped to
 * at most two lines, and a cut line ends in "…".
 */
export function summaryLines(comparison: Comparison, width: number, maxLines: number): Span[][] {
  const wrapped = summaryItems(comparison)
    .slice(0, Math.max(0, maxLines))
    .map((item) => wrapSpans([{ text: `${item.label}: `, style: 'label' }, { text: item.text, style: item.style }], width));
  const room = wrapped.map(() => 1);
  let spare = maxLines - wrapped.length;
  wrapped.forEach((lines, i) => {
    const extra = Math.min(spare, Math.min(MAX_ITEM_LINES, lines.length) - 1);
    room[i] = 1 + extra;
    spare -= extra;
  });
  return wrapped.flatMap((lines, i) => {
    const kept = lines.slice(0, room[i]);
    if (lines.length > kept.length) {
      const last = kept.length - 1;
      kept[last] = truncateSpans([...kept[last]!, { text: ' …', style: 'plain' }], width);
    }
    return kept;
  });
}
