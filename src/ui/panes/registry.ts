import type { PaneId } from '../../state/app-state.js';
import { actorsPane } from './ActorsPane.js';
import { articlesPane } from './ArticlesPane.js';
import { chronologyPane } from './ChronologyPane.js';
import { comparePane } from './ComparePane.js';
import type { Pane } from './pane.js';

/** Each pane id's function. */
export const paneFunctions: Record<PaneId, Pane> = {
  articles: articlesPane,
  actors: actorsPane,
  chronology: chronologyPane,
  compare: comparePane,
};
