/**
 * Where the quotes of a paragraph are. Scrapes mix curly and straight quotes (“…" and "…”), so a
 * straight mark's direction comes from its neighbours, not its glyph. The Nordic and French press open
 * a quoted paragraph with a dash ("– I think it will be so, Witkoff tells CNN."): that is a quote too.
 */

/** A quote: offsets of its text inside the paragraph, and of the marks around it. */
export interface QuoteSpan {
  /** Offset of the opening mark (or the dash). */
  open: number;
  /** Offset just after the closing mark; for a dash quote, the comma before its attribution. */
  close: number;
  textStart: number;
  textEnd: number;
  dash: boolean;
}

const OPENING_CONTEXT = /[\s(\[–—\-:]/;

/** Finds double-quoted spans (curly, straight or mixed) and single curly ones (‘…’) in a paragraph. */
export function findQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  let single = false;
  for (let i = 0; i < text.length; i++) {
    // Only quote marks matter: the characters around one are read when one is found.
    const c = text.charCodeAt(i);
    if (c !== 0x201c && c !== 34 && c !== 0x201d && c !== 0x2018 && c !== 0x2019) continue;
    const prev = i > 0 ? text[i - 1]! : ' ';
    if (c === 0x201c || (c === 34 && open < 0 && OPENING_CONTEXT.test(prev))) {
      if (open < 0 || single) {
        open = i;
        single = false;
      }
    } else if (c === 0x201d || c === 34) {
      if (open >= 0 && !single) {
        spans.push({ open, close: i + 1, textStart: open + 1, textEnd: i, dash: false });
        open = -1;
      }
    } else if (c === 0x2018 && open < 0 && OPENING_CONTEXT.test(prev)) {
      open = i;
      single = true;
    } else if (c === 0x2019 && open >= 0 && single && !/\p{L}/u.test(i + 1 < text.length ? text[i + 1]! : ' ')) {
      spans.push({ open, close: i + 1, textStart: open + 1, textEnd: i, dash: false });
      open = -1;
    }
  }
  return spans.filter((s) => text.slice(s.textStart, s.textEnd).trim().length > 0);
}

/** The dash that opens a dash-quoted paragraph, with the space after it. */
export const DASH_QUOTE = /^[–—-]\s+/;

/**
 * A dash quote: the paragraph opens with a dash; the quote runs to the comma before the closing
 * attribution clause (", Witkoff tells CNN.", ", says one of them."), found by `attributionComma`.
 */
export function findDashQuote(text: string, attributionComma: (text: string) => number): QuoteSpan | null {
  const m = DASH_QUOTE.exec(text);
  if (!m) return null;
  const comma = attributionComma(text);
  const end = comma > m[0].length ? comma : text.length;
  return { open: 0, close: end, textStart: m[0].length, textEnd: end, dash: true };
}

/** The text of a quote as shown: trimmed, without a trailing comma. */
export function quoteText(text: string, span: QuoteSpan): string {
  return text.slice(span.textStart, span.textEnd).trim().replace(/[,;]$/, '').trim();
}
