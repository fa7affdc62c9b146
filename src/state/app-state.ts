/** The panes, in Tab order. */
export const panes = ['articles', 'actors', 'chronology', 'compare'] as const;

/** A pane's id. */
export type PaneId = (typeof panes)[number];

/** Every pane opens on a filterable list (Compare's lists the pairs worth comparing). */
export type ListPaneId = PaneId;

/** A list's state: the selection is an id, not a row number, so filtering never moves it. */
export interface ListState {
  selectedId: string | null;
  filter: string;
}

/** The article reader (the Articles pane drilled in). */
export interface ReaderState {
  articleId: string;
  raw: boolean;
  /** First visible line of the wrapped text. */
  top: number;
  /** Text search inside the reader; `match` indexes its matches. */
  search: string;
  match: number;
  /** A paragraph to bring into view and mark (opened from an actor's mention or a chronology source). */
  focusParagraph: number | null;
  /** The pane the reader was opened from (an actor's mention, an event's source): Esc goes back there. */
  returnTo: PaneId | null;
}

/** A drilled-in detail view (actor or chronology entry): which record, and which of its rows is selected. */
export interface DetailState {
  id: string;
  row: number;
}

/** Two articles side by side. */
export interface CompareState {
  a: string;
  b: string;
  differencesOnly: boolean;
  /** Index into the rows shown (all rows, or only the differences). */
  row: number;
}

/** Where typed text goes while the filter input is open. */
export type EditTarget = ListPaneId | 'reader';

/** The whole TUI state: plain data, changed only by the reducer. */
export interface AppState {
  pane: PaneId;
  lists: Record<ListPaneId, ListState>;
  editing: EditTarget | null;
  reader: ReaderState | null;
  actorDetail: DetailState | null;
  chronologyDetail: DetailState | null;
  /** The actor whose chronology the Chronology pane is narrowed to (`t` in Actors), by actor id. */
  chronologyActor: string | null;
  overlay: { kind: 'help' | 'warnings'; top: number } | null;
  /** Articles marked for comparison, oldest first; at most two. */
  marked: string[];
  compare: CompareState | null;
  /** A one-line message for the status bar ("Mark a second article to compare"). */
  message: string | null;
  size: { columns: number; rows: number };
  quit: boolean;
}

/** The state newsx starts in. */
export function initialState(size: { columns: number; rows: number }, firstIds: Partial<Record<ListPaneId, string>> = {}): AppState {
  const list = (pane: ListPaneId): ListState => ({ selectedId: firstIds[pane] ?? null, filter: '' });
  return {
    pane: 'articles',
    lists: { articles: list('articles'), actors: list('actors'), chronology: list('chronology'), compare: list('compare') },
    editing: null,
    reader: null,
    actorDetail: null,
    chronologyDetail: null,
    chronologyActor: null,
    overlay: null,
    marked: [],
    compare: null,
    message: null,
    size,
    quit: false,
  };
}
