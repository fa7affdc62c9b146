import type { Scope } from '../keys/keymap.js';
import type { AppState } from './app-state.js';

/** What has the keyboard: one of these views at a time. */
export type Focus =
  | 'overlay' | 'filter' | 'reader' | 'actorDetail' | 'chronologyDetail' | 'comparison'
  | 'articles' | 'actors' | 'chronology' | 'pairs';

/** The view that has the keyboard, derived from the state (never stored, so it cannot drift). */
export function focusOf(state: AppState): Focus {
  if (state.overlay) return 'overlay';
  if (state.editing) return 'filter';
  switch (state.pane) {
    case 'articles': return state.reader ? 'reader' : 'articles';
    case 'actors': return state.actorDetail ? 'actorDetail' : 'actors';
    case 'chronology': return state.chronologyDetail ? 'chronologyDetail' : 'chronology';
    case 'compare': return state.compare ? 'comparison' : 'pairs';
  }
}

const SCOPES: Record<Focus, readonly Scope[]> = {
  overlay: ['overlay'],
  filter: ['filter'],
  reader: ['reader', 'global'],
  actorDetail: ['detail', 'actors', 'global'],
  chronologyDetail: ['detail', 'global'],
  comparison: ['compare', 'global'],
  articles: ['articles', 'list', 'global'],
  actors: ['actors', 'list', 'global'],
  chronology: ['list', 'global'],
  pairs: ['list', 'global'],
};

/** The keymap scopes offered a key, in order, for the current focus (DESIGN.md §5). */
export function scopesOf(state: AppState): readonly Scope[] {
  return SCOPES[focusOf(state)];
}
