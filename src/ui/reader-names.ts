import { nameSpansOverLines, type NamePattern, type NameSpan } from './name-spans.js';
import type { ReaderLine } from './reader-lines.js';

/**
 * Actor names in the reader's visible lines, by line index. Only the paragraphs in view are matched
 * (a keystroke must not scan a long article), each whole, so a name wrapped over two lines is found.
 */
export function readerNameSpans(lines: readonly ReaderLine[], from: number, to: number, pattern: NamePattern | null): Map<number, NameSpan[]> {
  const spans = new Map<number, NameSpan[]>();
  if (!pattern) return spans;
  const end = Math.min(to, lines.length);
  let i = Math.max(0, from);
  while (i < end) {
    const paragraph = lines[i]!.kind === 'body' ? lines[i]!.paragraph : undefined;
    if (paragraph === undefined) {
      i++;
      continue;
    }
    // A paragraph's lines are contiguous: widen to all of them, even those scrolled out of view.
    let first = i;
    while (first > 0 && lines[first - 1]!.kind === 'body' && lines[first - 1]!.paragraph === paragraph) first--;
    let last = i;
    while (last + 1 < lines.length && lines[last + 1]!.kind === 'body' && lines[last + 1]!.paragraph === paragraph) last++;
    const perLine = nameSpansOverLines(lines.slice(first, last + 1).map((l) => l.text), pattern);
    perLine.forEach((s, k) => { if (s.length) spans.set(first + k, s); });
    i = last + 1;
  }
  return spans;
}
