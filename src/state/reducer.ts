import type { CommandId } from '../keys/commands.js';
import { panes, type AppState, type ListPaneId, type Place, type ReaderState } from './app-state.js';
import { focusOf, isListView, viewOf } from './focus.js';
import { editLine, insertText, isEditCommand } from './line-edit.js';
import { clamp, movedIndex, stepMark } from './movement.js';
import type { Link, ViewContext } from './view-context.js';

/** Everything that changes the state. */
export type Action =
  | { type: 'command'; command: CommandId; view: ViewContext }
  | { type: 'type'; text: string }
  | { type: 'filterText'; text: string }
  | { type: 'resize'; columns: number; rows: number }
  | { type: 'select'; pane: ListPaneId; id: string }
  | { type: 'measured'; similarity: Readonly<Record<string, number>> }
  | { type: 'resumed' }
  /** The App copied (or wrote) what `copy` asked for: how it went, for the status bar. */
  | { type: 'copied'; message: string };

/** How many places Esc can go back through. */
const HISTORY = 50;

/** The one reducer: pure, total, and the only code that makes a new AppState. */
export function reduce(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'resize': return { ...state, size: { columns: action.columns, rows: action.rows } };
    case 'select': return withList(state, action.pane, { selectedId: action.id });
    case 'type': return withEditLine(state, insertText(editLineOf(state), action.text));
    case 'filterText': return withEditLine(state, { text: action.text, cursor: action.text.length });
    case 'measured': return { ...state, similarity: { ...state.similarity, ...action.similarity } };
    case 'resumed': return { ...state, suspend: false };
    case 'copied': return { ...state, copy: null, message: action.message };
    case 'command': return runCommand({ ...state, message: null }, action.command, action.view);
  }
}

/** The text being edited and its cursor. */
export function editLineOf(state: AppState): { text: string; cursor: number } {
  return { text: editedText(state), cursor: state.cursor };
}

/** The text of the line being edited (a list's filter, the reader's search, the help filter). */
export function editedText(state: AppState): string {
  if (state.editing === 'reader') return state.reader?.search ?? '';
  if (state.editing === 'overlay') return state.overlay?.filter ?? '';
  if (state.editing) return state.lists[state.editing].filter;
  return '';
}

function withEditLine(state: AppState, line: { text: string; cursor: number }): AppState {
  const next = { ...state, cursor: line.cursor };
  if (state.editing === 'reader' && state.reader) return { ...next, reader: { ...state.reader, search: line.text, match: 0, landed: null } };
  if (state.editing === 'overlay' && state.overlay) return { ...next, overlay: { ...state.overlay, filter: line.text, top: 0 } };
  if (state.editing && state.editing !== 'reader' && state.editing !== 'overlay') return withList(next, state.editing, { filter: line.text });
  return state;
}

function withList(state: AppState, pane: ListPaneId, patch: Partial<AppState['lists'][ListPaneId]>): AppState {
  return { ...state, lists: { ...state.lists, [pane]: { ...state.lists[pane], ...patch } } };
}

/** Where the user is now, to come back to. */
export function placeOf(state: AppState): Place {
  const { pane, reader, actorDetail, chronologyDetail, chronologyActor, compare } = state;
  return { pane, reader, actorDetail, chronologyDetail, chronologyActor, compare };
}

/** `next`, reached by a jump from `state`: Esc comes back. */
function jump(state: AppState, next: AppState): AppState {
  return { ...next, history: [...state.history, placeOf(state)].slice(-HISTORY) };
}

function runCommand(state: AppState, command: CommandId, view: ViewContext): AppState {
  if (isEditCommand(command)) return withEditLine(state, editLine(editLineOf(state), command));
  switch (command) {
    case 'app.quit': return { ...state, quit: true };
    case 'app.suspend': return { ...state, suspend: true };
    case 'copy.selection': case 'copy.all': case 'copy.toFile': {
      const text = view.cite(command === 'copy.all' ? 'all' : 'one');
      if (!text) return { ...state, message: 'Nothing here to copy' };
      return { ...state, copy: { text, toFile: command === 'copy.toFile', serial: (state.copy?.serial ?? 0) + 1 } };
    }
    case 'help.toggle': return { ...state, overlay: state.overlay?.kind === 'help' ? null : { kind: 'help', top: 0, filter: '' } };
    case 'warnings.show': return { ...state, overlay: { kind: 'warnings', top: 0, filter: '' } };
    case 'pane.next': case 'pane.previous': {
      const step = command === 'pane.next' ? 1 : panes.length - 1;
      return { ...state, editing: null, history: [], pane: panes[(panes.indexOf(state.pane) + step) % panes.length]! };
    }
    case 'pane.articles': return { ...state, history: [], pane: 'articles' };
    case 'pane.actors': return { ...state, history: [], pane: 'actors' };
    case 'pane.chronology': return { ...state, history: [], pane: 'chronology' };
    case 'pane.compare': return { ...state, history: [], pane: 'compare' };
    case 'filter.start': case 'search.start': return startFilter(state);
    case 'filter.accept': return { ...state, editing: null };
    case 'filter.cancel': return cancelFilter(state);
    case 'back': return back(state);
    case 'open': return open(state, view);
    case 'compare.mark': return mark(state, view);
    case 'compare.run': return runCompare(state, view);
    case 'compare.differencesOnly':
      return state.compare ? { ...state, compare: { ...state.compare, differencesOnly: !state.compare.differencesOnly, row: 0 } } : state;
    case 'reader.raw': return withReader(state, (r) => ({ ...r, raw: !r.raw, top: 0, match: 0, landed: null, focusParagraph: null }));
    case 'reader.header': return withReader(state, (r) => ({ ...r, header: !r.header, top: 0, landed: null }));
    case 'reader.nextRemoval': case 'reader.previousRemoval': return stepRemoval(state, view, command === 'reader.nextRemoval' ? 1 : -1);
    case 'actor.chronology': return actorChronology(state, view);
    case 'search.next': case 'search.previous': return stepSearch(state, view, command === 'search.next' ? 1 : -1);
    default: return move(state, command, view);
  }
}

function withReader(state: AppState, change: (reader: ReaderState) => ReaderState): AppState {
  return state.reader && state.pane === 'articles' ? { ...state, reader: change(state.reader) } : state;
}

function startFilter(state: AppState): AppState {
  const focus = focusOf(state);
  if (focus === 'overlay') return { ...state, editing: 'overlay', cursor: state.overlay!.filter.length };
  if (focus === 'reader') return { ...state, editing: 'reader', cursor: state.reader!.search.length };
  if (isListView(focus)) return { ...state, editing: state.pane, cursor: state.lists[state.pane].filter.length };
  return state;
}

function cancelFilter(state: AppState): AppState {
  if (!state.editing) return state;
  return { ...withEditLine(state, { text: '', cursor: 0 }), editing: null };
}

function back(state: AppState): AppState {
  const focus = focusOf(state);
  if (focus === 'overlay') return { ...state, overlay: null };
  if (isListView(focus) && state.lists[state.pane].filter !== '') return withList(state, state.pane, { filter: '' });
  const last = state.history[state.history.length - 1];
  if (last) return { ...state, ...last, history: state.history.slice(0, -1) };
  switch (focus) {
    case 'reader': return { ...state, reader: null };
    case 'actorDetail': return { ...state, actorDetail: null };
    case 'chronologyDetail': return { ...state, chronologyDetail: null };
    case 'comparison': return { ...state, compare: null };
    case 'chronology': return state.chronologyActor ? { ...state, chronologyActor: null } : state;
    default: return state;
  }
}

function open(state: AppState, view: ViewContext): AppState {
  const focus = focusOf(state);
  if (focus === 'actorDetail' || focus === 'chronologyDetail' || focus === 'comparison') {
    const row = focus === 'actorDetail' ? state.actorDetail!.row : focus === 'chronologyDetail' ? state.chronologyDetail!.row : state.compare!.row;
    const link = view.linkAt(row);
    if (link?.kind === 'article') return jump(state, openArticle(state, link.articleId, link.paragraph));
    if (link?.kind === 'actorChronology') return jump(state, { ...state, pane: 'chronology', chronologyActor: link.actorId, chronologyDetail: null });
    if (link?.kind === 'actor') {
      return jump(state, { ...withList(state, 'actors', { selectedId: link.actorId }), pane: 'actors', actorDetail: { id: link.actorId, row: 0 } });
    }
    return state;
  }
  const id = view.selectedId;
  if (id === null || !isListView(focus)) return state;
  const selected = withList(state, state.pane, { selectedId: id });
  switch (focus) {
    case 'articles': {
      // A body search (`text:WORD`) opens the article at its first match, with the word searched for.
      const link = view.linkAt(view.selectedIndex);
      const opened = openArticle(selected, id, link?.kind === 'article' ? link.paragraph : null);
      return jump(state, link?.kind === 'article' && link.search ? { ...opened, reader: { ...opened.reader!, search: link.search } } : opened);
    }
    case 'actors': return jump(state, { ...selected, actorDetail: { id, row: 0 } });
    case 'chronology': return jump(state, { ...selected, chronologyDetail: { id, row: 0 } });
    case 'pairs': {
      const [a, b] = pairMembers(id);
      return a && b ? jump(state, { ...selected, compare: { a, b, differencesOnly: false, row: 0 } }) : selected;
    }
  }
}

/** The one way a pair of articles is named: A's id and B's id, joined by a character no id holds. */
export function pairId(a: string, b: string): string {
  return `${a}\u0000${b}`;
}

/** The two article ids a pair id names. */
export function pairMembers(id: string): [string | undefined, string | undefined] {
  const [a, b] = id.split('\u0000');
  return [a, b];
}

/** Opens the reader on an article, optionally at a paragraph (cross-links from actors and events). */
export function openArticle(state: AppState, articleId: string, paragraph: number | null): AppState {
  const reader: ReaderState = { articleId, raw: false, header: false, top: 0, search: '', match: 0, focusParagraph: paragraph, landed: null };
  return { ...withList(state, 'articles', { selectedId: articleId }), pane: 'articles', reader };
}

function mark(state: AppState, view: ViewContext): AppState {
  const id = view.selectedId;
  if (id === null) return state;
  const marked = state.marked.includes(id) ? state.marked.filter((m) => m !== id) : [...state.marked, id].slice(-2);
  const message = marked.length === 2 ? 'Two marked: press c to compare them'
    : marked.length === 1 && !state.marked.includes(id) ? 'Marked: mark another with Space, then c' : null;
  // Space marks and moves on, so a run of articles is marked with a run of Spaces.
  return move({ ...state, marked, message }, 'move.down', view);
}

function runCompare(state: AppState, view: ViewContext): AppState {
  let pair: [string, string] | null = null;
  let otherStory = false;
  if (state.marked.length === 2) pair = [state.marked[0]!, state.marked[1]!];
  else {
    const base = state.reader?.articleId ?? state.marked[0] ?? view.selectedId;
    const other = base ? view.closestTo(base) : null;
    if (base && other) {
      pair = [base, other.id];
      otherStory = !other.sameStory;
    }
  }
  if (!pair) return { ...state, message: 'No other version of this story to compare with: mark two articles with Space' };
  const compare = { a: pair[0], b: pair[1], differencesOnly: false, row: 0, otherStory };
  const message = otherStory ? 'No other version of this story: B is the closest article of another story' : null;
  return jump(state, { ...state, pane: 'compare', marked: [], compare, message });
}

function actorChronology(state: AppState, view: ViewContext): AppState {
  const id = state.actorDetail?.id ?? view.selectedId;
  if (!id) return state;
  return jump(state, { ...state, pane: 'chronology', chronologyActor: id, chronologyDetail: null });
}

/** Puts a reader line in view two lines down and marks it as where the jump landed. */
function landOn(reader: ReaderState, line: number): ReaderState {
  return { ...reader, top: Math.max(0, line - 2), landed: line, focusParagraph: null };
}

function stepSearch(state: AppState, view: ViewContext, direction: 1 | -1): AppState {
  if (state.reader && viewOf(state) === 'reader') {
    if (view.marks.length === 0) return { ...state, message: state.reader.search ? 'No matches' : 'Search with / first' };
    const match = (state.reader.match + direction + view.marks.length) % view.marks.length;
    return { ...state, reader: { ...landOn(state.reader, view.marks[match]!), match } };
  }
  if (state.compare && viewOf(state) === 'comparison') {
    const row = stepMark(view.marks, state.compare.row, direction);
    return row === null ? { ...state, message: 'No differences' } : { ...state, compare: { ...state.compare, row } };
  }
  return state;
}

function stepRemoval(state: AppState, view: ViewContext, direction: 1 | -1): AppState {
  const reader = state.reader;
  if (!reader || viewOf(state) !== 'reader') return state;
  if (!reader.raw) return { ...state, message: 'Removals show in the raw text: press r' };
  const from = reader.landed ?? (view.position ?? reader.top) + (direction === 1 ? 1 : 2);
  const line = stepMark(view.removals, from, direction);
  if (line === null) return { ...state, message: 'Cleaning removed nothing here' };
  return { ...state, reader: landOn(reader, line) };
}

function move(state: AppState, command: CommandId, view: ViewContext): AppState {
  const focus = focusOf(state);
  const scroll = (current: number, count: number) => clamp(movedIndex(current, command, view.pageSize, count), 0, Math.max(0, count - 1));
  switch (focus) {
    case 'overlay': {
      const last = Math.max(0, view.lineCount - view.pageSize);
      return { ...state, overlay: { ...state.overlay!, top: clamp(movedIndex(view.position ?? state.overlay!.top, command, view.pageSize, view.lineCount), 0, last) } };
    }
    case 'reader': {
      const lastTop = Math.max(0, view.lineCount - view.pageSize);
      const top = clamp(movedIndex(view.position ?? state.reader!.top, command, view.pageSize, view.lineCount), 0, lastTop);
      return { ...state, reader: { ...state.reader!, top, focusParagraph: null, landed: null } };
    }
    case 'actorDetail': return { ...state, actorDetail: { ...state.actorDetail!, row: scroll(state.actorDetail!.row, view.lineCount) } };
    case 'chronologyDetail':
      return { ...state, chronologyDetail: { ...state.chronologyDetail!, row: scroll(state.chronologyDetail!.row, view.lineCount) } };
    case 'comparison': return { ...state, compare: { ...state.compare!, row: scroll(state.compare!.row, view.lineCount) } };
    case 'filter': case 'articles': case 'actors': case 'chronology': case 'pairs': {
      if (view.rowIds.length === 0 || state.editing === 'reader' || state.editing === 'overlay') return state;
      const index = scroll(Math.max(0, view.selectedIndex), view.rowIds.length);
      return withList(state, state.pane, { selectedId: view.rowIds[index]! });
    }
  }
}
