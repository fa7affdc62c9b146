import { compareView } from './CompareView.js';
import { pairsList } from './PairsList.js';
import type { Pane, PaneView } from './pane.js';

/** The Compare pane: the comparison that is open, else the list of pairs worth comparing. */
export const comparePane: Pane = (input): PaneView => (input.state.compare ? compareView(input) : pairsList(input));
