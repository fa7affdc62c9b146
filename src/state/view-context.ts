/**
 * What the reducer is told about the focused view (the pane models compute it), so the reducer stays
 * pure and knows nothing of the corpus.
 */

/** Where Enter on a detail row leads. */
export type Link =
  | { kind: 'article'; articleId: string; paragraph: number | null; search?: string }
  | { kind: 'actorChronology'; actorId: string }
  | { kind: 'actor'; actorId: string };

/**
 * What the focused view looks like right now: the UI's pane model computes it from the corpus and the
 * state. The reducer stays pure and small by receiving it rather than knowing the corpus.
 */
export interface ViewContext {
  /** Ids of the focused list's rows after filtering, in order. */
  rowIds: readonly string[];
  /** The row the list shows selected (the selection, or the first row when it is filtered out), and its index. */
  selectedId: string | null;
  selectedIndex: number;
  /** How many rows or lines a page moves. */
  pageSize: number;
  /** Lines (reader, overlay) or rows (detail, comparison) of the focused scrolling view. */
  lineCount: number;
  /** Lines with search matches (reader) or rows with differences (comparison), ascending, for n / N. */
  marks: readonly number[];
  /** Lines of the raw text that cleaning removed (in part or whole), ascending, for ] / [. */
  removals: readonly number[];
  /** The first line a scrolling view shows now, where it differs from the state (a focused paragraph). */
  position?: number;
  /** The closest other version of an article, for `c` with fewer than two marked. */
  closestTo: (articleId: string) => { id: string; sameStory: boolean } | null;
  /** The cross-link behind a detail or comparison row. */
  linkAt: (row: number) => Link | null;
  /** What `y` copies (the selection) and `Y` (all the view lists), as citations; null when nothing is there. */
  cite: (scope: 'one' | 'all') => string | null;
}

/** A ViewContext with nothing in it, for commands that do not read the view. */
export const emptyContext: ViewContext = {
  rowIds: [], selectedId: null, selectedIndex: -1, pageSize: 1, lineCount: 0, marks: [], removals: [],
  closestTo: () => null, linkAt: () => null, cite: () => null,
};
