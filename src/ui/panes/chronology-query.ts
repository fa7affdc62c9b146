/**
 * The Chronology filter's query as the shared filter reads it. Outlets and actors have names of several
 * words, and people quote them (`outlet:"press tv"`); the shared parser splits on spaces and would read
 * the quotes as text, so a quoted qualifier becomes one qualifier per word (each must match).
 */
import { parseQuery } from '../../core/search/query.js';

/** The fields the Chronology filter declares (CorpusIndex). */
export const CHRONOLOGY_FIELDS = ['text', 'actor', 'outlet', 'date'] as const;

const QUOTED_QUALIFIER = /\b([a-z]+):"([^"]*)("|$)/gi;

/** `outlet:"press tv" sanctions` -> `outlet:press outlet:tv sanctions`; an unclosed quote (still typing) counts too. */
export function chronologyQuery(filter: string): string {
  return filter.replace(QUOTED_QUALIFIER, (whole, field: string, value: string) => {
    if (!(CHRONOLOGY_FIELDS as readonly string[]).includes(field.toLowerCase())) return whole;
    const words = value.split(/\s+/).filter(Boolean);
    return words.length ? words.map((w) => `${field}:${w}`).join(' ') : '';
  });
}

/** The words to highlight in an entry's text: plain terms and `text:` qualifiers, not exclusions. */
export function textHighlights(filter: string): string[] {
  return parseQuery(chronologyQuery(filter), CHRONOLOGY_FIELDS).terms
    .filter((t) => (t.kind === 'field' ? t.field === 'text' : t.kind !== 'exclude'))
    .map((t) => t.text);
}

/** The words to highlight among the outlets: `outlet:` qualifiers. */
export function outletHighlights(filter: string): string[] {
  return parseQuery(chronologyQuery(filter), CHRONOLOGY_FIELDS).terms
    .flatMap((t) => (t.kind === 'field' && t.field === 'outlet' ? [t.text] : []));
}
