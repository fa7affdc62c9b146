import type { ReactNode } from 'react';
import type { Corpus } from '../../core/types.js';
import type { AppState } from '../../state/app-state.js';
import type { ViewContext } from '../../state/reducer.js';
import type { CorpusIndex } from '../corpus-index.js';
import { positionOf } from '../../state/positions.js';

/** What every pane is given: the data, the state, and the box it may draw in. */
export interface PaneInput {
  corpus: Corpus;
  index: CorpusIndex;
  state: AppState;
  width: number;
  height: number;
}

/** What a pane gives back: what to draw, what its keys act on, and what the status bar says. */
export interface PaneView {
  element: ReactNode;
  context: ViewContext;
  /** "3 of 5 articles", or a position such as "line 12 of 80". */
  status: string;
}

/** A pane is a function of its input. */
export type Pane = (input: PaneInput) => PaneView;

/** A ViewContext with nothing in it, for panes to spread their own parts over. */
export const emptyContext: ViewContext = {
  rowIds: [],
  pageSize: 1,
  lineCount: 0,
  marks: [],
  closestTo: () => null,
  linkAt: () => null,
};

/** Where the selection is among `rowIds`: its index, or the first row when it is filtered out. */
export function selectedIndex(rowIds: readonly string[], selectedId: string | null): number {
  return Math.max(0, positionOf(rowIds, selectedId));
}
