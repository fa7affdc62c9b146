import { charWidth, graphemes, textWidth } from '../text-width.js';

/**
 * How a piece of the comparison is drawn. The renderer maps each to colour plus an attribute that
 * survives NO_COLOR (strike, bold, dim), so a difference never depends on colour alone.
 */
export type SpanStyle =
  | 'plain'
  | 'removed' | 'added'        // words a changed sentence lost (A) or gained (B)
  | 'onlyA' | 'onlyB'          // whole sentences one side alone has
  | 'markSame' | 'markChanged' | 'markOnlyA' | 'markOnlyB'
  | 'rule' | 'label';

/** A run of text in one style. */
export interface Span {
  text: string;
  style: SpanStyle;
}

/** Cells a line of spans takes. */
export function spansWidth(spans: readonly Span[]): number {
  return spans.reduce((n, s) => n + textWidth(s.text), 0);
}

/** Pads a line of spans with plain spaces to `width` cells. */
export function padSpans(spans: readonly Span[], width: number): Span[] {
  const gap = width - spansWidth(spans);
  return gap > 0 ? [...spans, { text: ' '.repeat(gap), style: 'plain' }] : [...spans];
}

function pushText(line: Span[], text: string, style: SpanStyle): void {
  const last = line[line.length - 1];
  if (last && last.style === style) last.text += text;
  else line.push({ text, style });
}

/**
 * Wraps styled text to lines of at most `width` cells, breaking at spaces where it can and inside a
 * word only when the word alone is wider than the line. Styles carry across the break, so a changed
 * phrase that wraps stays marked on both lines. Always at least one line.
 */
export function wrapSpans(spans: readonly Span[], width: number): Span[][] {
  const w = Math.max(1, width);
  const lines: Span[][] = [];
  let line: Span[] = [];
  let used = 0;
  let pendingSpace: SpanStyle | null = null;
  const breakLine = () => {
    lines.push(line);
    line = [];
    used = 0;
    pendingSpace = null;
  };
  for (const span of spans) {
    for (const token of span.text.split(/(\s+)/)) {
      if (!token) continue;
      if (/^\s+$/.test(token)) {
        // One space between words whatever the source had; none at a line start.
        if (used > 0) pendingSpace = pendingSpace ?? span.style;
        continue;
      }
      const tw = textWidth(token);
      const space = pendingSpace !== null ? 1 : 0;
      if (used > 0 && used + space + tw > w) breakLine();
      if (pendingSpace !== null && used > 0) {
        // A space inside a changed run keeps the run's style; between runs it is plain.
        pushText(line, ' ', pendingSpace === span.style ? span.style : 'plain');
        used += 1;
      }
      pendingSpace = null;
      if (tw <= w - used) {
        pushText(line, token, span.style);
        used += tw;
        continue;
      }
      for (const ch of graphemes(token)) {
        const cw = charWidth(ch);
        if (used + cw > w && used > 0) breakLine();
        pushText(line, ch, span.style);
        used += cw;
      }
    }
  }
  lines.push(line);
  return lines;
}

/** Cuts a line of spans to `width` cells, ending in "…" when cut. */
export function truncateSpans(spans: readonly Span[], width: number): Span[] {
  if (spansWidth(spans) <= width) return [...spans];
  const out: Span[] = [];
  let used = 0;
  for (const span of spans) {
    for (const ch of graphemes(span.text)) {
      const cw = charWidth(ch);
      if (used + cw > width - 1) {
        pushText(out, '…', span.style);
        return out;
      }
      pushText(out, ch, span.style);
      used += cw;
    }
  }
  return out;
}
