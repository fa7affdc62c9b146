/** What the Chronology filter's query highlights (the shared parser reads quoted qualifiers: `outlet:"press tv"`). */
import { parseQuery } from '../../core/search/query.js';

import { filterFields } from '../corpus-index.js';

const CHRONOLOGY_FIELDS = filterFields.chronology;

/** The words to highlight in an entry's text: plain terms and `text:` qualifiers, not exclusions. */
export function textHighlights(filter: string): string[] {
  return parseQuery(filter, CHRONOLOGY_FIELDS).terms
    .filter((t) => (t.kind === 'field' ? t.field === 'text' : t.kind !== 'exclude'))
    .map((t) => t.text);
}

/** The words to highlight among the outlets: `outlet:` qualifiers. */
export function outletHighlights(filter: string): string[] {
  return parseQuery(filter, CHRONOLOGY_FIELDS).terms
    .flatMap((t) => (t.kind === 'field' && t.field === 'outlet' ? [t.text] : []));
}
