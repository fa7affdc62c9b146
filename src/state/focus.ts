import type { Scope } from '../keys/keymap.js';
import type { AppState } from './app-state.js';

/** What has the keyboard: one of these views at a time. */
export type Focus =
  | 'overlay' | 'filter' | 'reader' | 'actorDetail' | 'chronologyDetail' | 'comparison'
  | 'articles' | 'actors' | 'chronology' | 'pairs';

/** The view that has the keyboard, derived from the state (never stored, so it cannot drift). */
export function focusOf(state: AppState): Focus {
  if (state.editing) return 'filter';
  if (state.overlay) return 'overlay';
  return viewOf(state);
}

/** The view the pane shows under any overlay or filter line. */
export function viewOf(state: AppState): Exclude<Focus, 'overlay' | 'filter'> {
  switch (state.pane) {
    case 'articles': return state.reader ? 'reader' : 'articles';
    case 'actors': return state.actorDetail ? 'actorDetail' : 'actors';
    case 'chronology': return state.chronologyDetail ? 'chronologyDetail' : 'chronology';
    case 'compare': return state.compare ? 'comparison' : 'pairs';
  }
}

/** True when the view is one of the four lists. */
export function isListView(focus: Focus): focus is 'articles' | 'actors' | 'chronology' | 'pairs' {
  return focus === 'articles' || focus === 'actors' || focus === 'chronology' || focus === 'pairs';
}

const SCOPES: Record<Focus, readonly Scope[]> = {
  overlay: ['overlay', 'move'],
  filter: ['filter'],
  reader: ['reader', 'move', 'global'],
  actorDetail: ['detail', 'actors', 'move', 'global'],
  chronologyDetail: ['detail', 'move', 'global'],
  comparison: ['compare', 'move', 'global'],
  articles: ['articles', 'list', 'move', 'global'],
  actors: ['actors', 'list', 'move', 'global'],
  chronology: ['list', 'move', 'global'],
  pairs: ['list', 'move', 'global'],
};

/** The keymap scopes offered a key, in order, for the current focus (docs/DESIGN.md §5). */
export function scopesOf(state: AppState): readonly Scope[] {
  return SCOPES[focusOf(state)];
}

/** The scopes of the view under the overlay and filter: where help opens. */
export function viewScopes(state: AppState): readonly Scope[] {
  return SCOPES[viewOf(state)];
}
