/**
 * The filter language, parsed once per keystroke: fuse.js's extended syntax (`'exact`, `!not`,
 * `^prefix`, `suffix$`, `=whole`) plus `field:value` qualifiers (`text:WORD` on article bodies,
 * `actor:NAME`, `outlet:NAME`), all ANDed like fzf's space-separated terms.
 */

/** One term of a query. */
export type QueryTerm =
  | { kind: 'fuzzy' | 'include' | 'exclude' | 'prefix' | 'suffix' | 'whole'; text: string }
  | { kind: 'field'; field: string; text: string };

/** A parsed query; `terms` is empty for a blank one (everything matches). */
export interface ParsedQuery {
  source: string;
  terms: QueryTerm[];
}

/** Parses a filter query; total, so half-typed input ("'", "text:") simply matches more. */
export function parseQuery(source: string, fieldNames: readonly string[]): ParsedQuery {
  const terms: QueryTerm[] = [];
  for (const raw of words(source.toLowerCase())) {
    const qualifier = /^([a-z]+):(.*)$/s.exec(raw);
    if (qualifier && fieldNames.includes(qualifier[1]!)) {
      const text = unquote(qualifier[2]!);
      if (text) terms.push({ kind: 'field', field: qualifier[1]!, text });
      continue;
    }
    // A quoted phrase ("press tv") is one exact term, as in fzf.
    const term = raw.startsWith('"') ? { kind: 'include' as const, text: unquote(raw) } : plainTerm(raw);
    if (term.text) terms.push(term);
  }
  return { source, terms };
}

/** Splits on spaces outside double quotes; an unclosed quote (still being typed) runs to the end. */
function words(source: string): string[] {
  return source.match(/(?:[^\s"]+|"[^"]*(?:"|$))+/g) ?? [];
}

function unquote(text: string): string {
  return text.replace(/"/g, '').trim();
}

function plainTerm(raw: string): QueryTerm {
  if (raw.startsWith('!')) return { kind: 'exclude', text: raw.slice(1).replace(/^'/, '') };
  if (raw.startsWith("'")) return { kind: 'include', text: raw.slice(1) };
  if (raw.startsWith('=')) return { kind: 'whole', text: raw.slice(1) };
  if (raw.startsWith('^')) return { kind: 'prefix', text: raw.slice(1) };
  if (raw.endsWith('$') && raw.length > 1) return { kind: 'suffix', text: raw.slice(0, -1) };
  return { kind: 'fuzzy', text: raw };
}

/**
 * True when every result of `next` is sure to be among the results of `previous`, so the search can
 * narrow: each earlier term is kept, at most extended by typing (never for `!` or `=`, which widen).
 */
export function narrows(previous: ParsedQuery, next: ParsedQuery): boolean {
  if (previous.terms.length === 0) return true;
  if (next.terms.length < previous.terms.length) return false;
  return previous.terms.every((term, i) => {
    const later = next.terms[i]!;
    if (later.kind !== term.kind) return false;
    if (term.kind === 'field' && later.kind === 'field' && term.field !== later.field) return false;
    if (term.kind === 'exclude' || term.kind === 'whole') return later.text === term.text;
    if (term.kind === 'suffix') return later.text.endsWith(term.text);
    return later.text.startsWith(term.text);
  });
}
