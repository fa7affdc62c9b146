import type { Corpus } from '../core/types.js';
import type { CommandId } from '../keys/commands.js';
import { resolveKey } from '../keys/resolve.js';
import type { AppState } from '../state/app-state.js';
import { focusOf, scopesOf } from '../state/focus.js';
import { reduce, type Action, type ViewContext } from '../state/reducer.js';
import type { CorpusIndex } from './corpus-index.js';
import { helpLines, warningLines } from './overlays.js';
import { paneFunctions } from './panes/registry.js';

/** The smallest terminal newsx draws its panes in. */
export const MIN_SIZE = { columns: 40, rows: 10 } as const;

/** A key press, resolved against the state when the reducer takes it; `replay`: one typed while the corpus loaded. */
export type KeyAction = { type: 'key'; name: string } | { type: 'replay'; name: string };

/** The command a key runs in a state; in a too-small terminal only quitting works. */
export function commandForKey(state: AppState, name: string): CommandId | null {
  const { columns, rows } = state.size;
  if (columns < MIN_SIZE.columns || rows < MIN_SIZE.rows) return name === 'q' || name === 'ctrl+c' ? 'app.quit' : null;
  return resolveKey(scopesOf(state), name)?.command ?? null;
}

/** What the focused view offers the reducer, from the same layout App draws. */
export function viewContextOf(corpus: Corpus, index: CorpusIndex, state: AppState): ViewContext {
  const { width, height } = paneBox(state);
  const context = paneFunctions[state.pane]({ corpus, index, state, width, height }).context;
  if (!state.overlay) return context;
  const lines = state.overlay.kind === 'help' ? helpLines() : warningLines(corpus);
  return { ...context, lineCount: lines.length, pageSize: Math.max(1, height - 3) };
}

/** The pane's box: the terminal less the pane bar, the status bar, the filter line and one spare row. */
export function paneBox(state: AppState): { width: number; height: number } {
  const filterRow = state.editing !== null || isFiltered(state) ? 1 : 0;
  return { width: state.size.columns, height: Math.max(1, state.size.rows - 1 - 2 - filterRow) };
}

/** True when the focused list or reader has a filter or search to show. */
export function isFiltered(state: AppState): boolean {
  const focus = focusOf(state);
  if (focus === 'reader') return state.reader!.search !== '';
  return state.lists[state.pane].filter !== '' && (focus === 'articles' || focus === 'actors' || focus === 'chronology' || focus === 'pairs');
}

/**
 * The app's reducer over keys and actions: keys are resolved inside it, against the state they arrive
 * in, so a burst of keys (fast typing, a paste) never reads a frame that has not been drawn yet.
 */
export function appReducer(corpus: Corpus, index: CorpusIndex) {
  const runKey = (current: AppState, name: string): AppState => {
    const command = commandForKey(current, name);
    return command ? reduce(current, { type: 'command', command, view: viewContextOf(corpus, index, current) }) : current;
  };
  // The text input is not drawn yet when typed-ahead keys replay, so their text is added here.
  const replay = (current: AppState, name: string): AppState => {
    const text = name === 'space' ? ' ' : name;
    if (current.editing && [...text].length === 1 && !resolveKey(['filter'], name)) {
      const now = current.editing === 'reader' ? current.reader?.search ?? '' : current.lists[current.editing].filter;
      return reduce(current, { type: 'filterText', text: now + text });
    }
    return runKey(current, name);
  };
  return (current: AppState, action: Action | KeyAction): AppState => {
    if (action.type === 'replay') return replay(current, action.name);
    if (action.type === 'key') return runKey(current, action.name);
    return reduce(current, action);
  };
}
