import type { CommandId } from '../keys/commands.js';
import { panes, type AppState, type ListPaneId } from './app-state.js';
import { focusOf } from './focus.js';
import { clamp, movedIndex, stepMark } from './movement.js';
import { positionOf } from './positions.js';

/** Where Enter on a detail row leads. */
export type Link =
  | { kind: 'article'; articleId: string; paragraph: number | null }
  | { kind: 'actorChronology'; actorId: string }
  | { kind: 'actor'; actorId: string };

/**
 * What the focused view looks like right now, computed by the UI from the corpus and the state. The
 * reducer stays pure and small by receiving it rather than knowing the corpus.
 */
export interface ViewContext {
  /** Ids of the focused list's rows after filtering, in order. */
  rowIds: readonly string[];
  /** How many rows or lines a page moves. */
  pageSize: number;
  /** Lines (reader) or rows (detail, comparison) of the focused scrolling view. */
  lineCount: number;
  /** Lines with search matches (reader) or rows with differences (comparison), ascending, for n / N. */
  marks: readonly number[];
  /** The closest other version of an article, for `c` with fewer than two marked. */
  closestTo: (articleId: string) => string | null;
  /** The cross-link behind a detail row. */
  linkAt: (row: number) => Link | null;
  /** The first line a scrolling view shows now, where it differs from the state (a focused paragraph). */
  position?: number;
}

/** Everything that changes the state. */
export type Action =
  | { type: 'command'; command: CommandId; view: ViewContext }
  | { type: 'filterText'; text: string }
  | { type: 'resize'; columns: number; rows: number }
  | { type: 'select'; pane: ListPaneId; id: string };

/** The one reducer: pure, total, and the only code that makes a new AppState. */
export function reduce(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'resize': return { ...state, size: { columns: action.columns, rows: action.rows } };
    case 'select': return withList(state, action.pane, { selectedId: action.id });
    case 'filterText': return filterText(state, action.text);
    case 'command': return runCommand({ ...state, message: null }, action.command, action.view);
  }
}

function filterText(state: AppState, text: string): AppState {
  if (state.editing === 'reader' && state.reader) return { ...state, reader: { ...state.reader, search: text, match: 0 } };
  if (state.editing && state.editing !== 'reader') return withList(state, state.editing, { filter: text });
  return state;
}

function withList(state: AppState, pane: ListPaneId, patch: Partial<AppState['lists'][ListPaneId]>): AppState {
  return { ...state, lists: { ...state.lists, [pane]: { ...state.lists[pane], ...patch } } };
}

function runCommand(state: AppState, command: CommandId, view: ViewContext): AppState {
  switch (command) {
    case 'app.quit': return { ...state, quit: true };
    case 'help.toggle': return { ...state, overlay: state.overlay?.kind === 'help' ? null : { kind: 'help', top: 0 } };
    case 'warnings.show': return { ...state, overlay: { kind: 'warnings', top: 0 } };
    case 'pane.next': case 'pane.previous': {
      const step = command === 'pane.next' ? 1 : panes.length - 1;
      return { ...state, editing: null, pane: panes[(panes.indexOf(state.pane) + step) % panes.length]! };
    }
    case 'pane.articles': return { ...state, pane: 'articles' };
    case 'pane.actors': return { ...state, pane: 'actors' };
    case 'pane.chronology': return { ...state, pane: 'chronology' };
    case 'pane.compare': return { ...state, pane: 'compare' };
    case 'filter.start': return startFilter(state);
    case 'filter.accept': return { ...state, editing: null };
    case 'filter.cancel': return cancelFilter(state);
    case 'back': return back(state);
    case 'open': return open(state, view);
    case 'compare.mark': return mark(state, view);
    case 'compare.run': return runCompare(state, view);
    case 'compare.differencesOnly':
      return state.compare ? { ...state, compare: { ...state.compare, differencesOnly: !state.compare.differencesOnly, row: 0 } } : state;
    case 'reader.raw': return state.reader ? { ...state, reader: { ...state.reader, raw: !state.reader.raw, top: 0, match: 0 } } : state;
    case 'actor.chronology': return actorChronology(state, view);
    case 'search.next': case 'search.previous': return stepSearch(state, view, command === 'search.next' ? 1 : -1);
    default: return move(state, command, view);
  }
}

function startFilter(state: AppState): AppState {
  const focus = focusOf(state);
  if (focus === 'reader') return { ...state, editing: 'reader' };
  if (focus === 'articles' || focus === 'actors' || focus === 'chronology' || focus === 'pairs') return { ...state, editing: state.pane };
  return state;
}

function cancelFilter(state: AppState): AppState {
  if (state.editing === 'reader' && state.reader) return { ...state, editing: null, reader: { ...state.reader, search: '', match: 0 } };
  if (state.editing && state.editing !== 'reader') return withList({ ...state, editing: null }, state.editing, { filter: '' });
  return { ...state, editing: null };
}

function back(state: AppState): AppState {
  switch (focusOf(state)) {
    case 'overlay': return { ...state, overlay: null };
    case 'reader': return { ...state, reader: null, pane: state.reader!.returnTo ?? state.pane };
    case 'actorDetail': return { ...state, actorDetail: null };
    case 'chronologyDetail': return { ...state, chronologyDetail: null };
    case 'comparison': return { ...state, compare: null };
    case 'chronology':
      if (state.chronologyActor) return { ...state, chronologyActor: null };
      return withList(state, state.pane, { filter: '' });
    default: return withList(state, state.pane, { filter: '' });
  }
}

function selectedIn(state: AppState, view: ViewContext): string | null {
  const { selectedId } = state.lists[state.pane];
  if (positionOf(view.rowIds, selectedId) !== -1) return selectedId;
  return view.rowIds[0] ?? null;
}

function open(state: AppState, view: ViewContext): AppState {
  const focus = focusOf(state);
  if (focus === 'actorDetail' || focus === 'chronologyDetail') {
    const detail = focus === 'actorDetail' ? state.actorDetail! : state.chronologyDetail!;
    const link = view.linkAt(detail.row);
    if (link?.kind === 'article') return openArticle(state, link.articleId, link.paragraph);
    if (link?.kind === 'actorChronology') return { ...state, pane: 'chronology', chronologyActor: link.actorId, chronologyDetail: null };
    if (link?.kind === 'actor') return { ...withList(state, 'actors', { selectedId: link.actorId }), pane: 'actors', actorDetail: { id: link.actorId, row: 0 } };
    return state;
  }
  if (focus === 'comparison') return state;
  const id = selectedIn(state, view);
  if (id === null) return state;
  const selected = withList(state, state.pane, { selectedId: id });
  switch (focus) {
    case 'articles': return openArticle(selected, id, null);
    case 'actors': return { ...selected, actorDetail: { id, row: 0 } };
    case 'chronology': return { ...selected, chronologyDetail: { id, row: 0 } };
    case 'pairs': {
      const [a, b] = id.split('\u0000');
      return a && b ? { ...selected, compare: { a, b, differencesOnly: false, row: 0 } } : selected;
    }
    default: return state;
  }
}

/** Opens the reader on an article, optionally at a paragraph (cross-links from actors and events). */
export function openArticle(state: AppState, articleId: string, paragraph: number | null): AppState {
  const returnTo = state.pane === 'articles' ? null : state.pane;
  const reader = { articleId, raw: false, top: 0, search: '', match: 0, focusParagraph: paragraph, returnTo };
  return { ...withList(state, 'articles', { selectedId: articleId }), pane: 'articles', reader };
}

function mark(state: AppState, view: ViewContext): AppState {
  const id = selectedIn(state, view);
  if (id === null) return state;
  if (state.marked.includes(id)) return { ...state, marked: state.marked.filter((m) => m !== id) };
  const marked = [...state.marked, id].slice(-2);
  const message = marked.length === 2 ? 'Two marked: press c to compare them' : 'Marked: mark another with Space, then c';
  return { ...state, marked, message };
}

function runCompare(state: AppState, view: ViewContext): AppState {
  let pair: [string, string] | null = null;
  if (state.marked.length === 2) pair = [state.marked[0]!, state.marked[1]!];
  else {
    const base = state.reader?.articleId ?? state.marked[0] ?? selectedIn(state, view);
    const other = base ? view.closestTo(base) : null;
    if (base && other) pair = [base, other];
  }
  if (!pair) return { ...state, message: 'No other version of this story to compare with: mark two articles with Space' };
  return { ...state, pane: 'compare', marked: [], compare: { a: pair[0], b: pair[1], differencesOnly: false, row: 0 } };
}

function actorChronology(state: AppState, view: ViewContext): AppState {
  const id = state.actorDetail?.id ?? selectedIn(state, view);
  if (!id) return state;
  return { ...state, pane: 'chronology', chronologyActor: id, chronologyDetail: null };
}

function stepSearch(state: AppState, view: ViewContext, direction: 1 | -1): AppState {
  if (state.reader) {
    if (view.marks.length === 0) return { ...state, message: state.reader.search ? 'No matches' : 'Search with / first' };
    const match = (state.reader.match + direction + view.marks.length) % view.marks.length;
    const line = view.marks[match]!;
    return { ...state, reader: { ...state.reader, match, top: Math.max(0, line - 2), focusParagraph: null } };
  }
  if (state.compare) {
    const row = stepMark(view.marks, state.compare.row, direction);
    return row === null ? { ...state, message: 'No differences' } : { ...state, compare: { ...state.compare, row } };
  }
  return state;
}

function move(state: AppState, command: CommandId, view: ViewContext): AppState {
  const focus = focusOf(state);
  const scroll = (current: number, count: number) => clamp(movedIndex(current, command, view.pageSize, count), 0, Math.max(0, count - 1));
  switch (focus) {
    case 'overlay': return { ...state, overlay: { ...state.overlay!, top: scroll(state.overlay!.top, view.lineCount) } };
    case 'reader': {
      const lastTop = Math.max(0, view.lineCount - view.pageSize);
      const top = clamp(movedIndex(view.position ?? state.reader!.top, command, view.pageSize, view.lineCount), 0, lastTop);
      return { ...state, reader: { ...state.reader!, top, focusParagraph: null } };
    }
    case 'actorDetail': return { ...state, actorDetail: { ...state.actorDetail!, row: scroll(state.actorDetail!.row, view.lineCount) } };
    case 'chronologyDetail':
      return { ...state, chronologyDetail: { ...state.chronologyDetail!, row: scroll(state.chronologyDetail!.row, view.lineCount) } };
    case 'comparison': return { ...state, compare: { ...state.compare!, row: scroll(state.compare!.row, view.lineCount) } };
    case 'filter': case 'articles': case 'actors': case 'chronology': case 'pairs': {
      if (view.rowIds.length === 0) return state;
      const pane = state.editing && state.editing !== 'reader' ? state.editing : state.pane;
      const current = Math.max(0, positionOf(view.rowIds, selectedIn(state, view)));
      const index = scroll(current, view.rowIds.length);
      return withList(state, pane, { selectedId: view.rowIds[index]! });
    }
  }
}
