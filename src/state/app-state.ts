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
  /** The whole header (metadata, actors, warnings) rather than its one line. */
  header: boolean;
  /** First visible line of the wrapped text. */
  top: number;
  /** Text search inside the reader; `match` indexes its matches. */
  search: string;
  match: number;
  /** A paragraph to bring into view and mark (opened from an actor's mention or a chronology source). */
  focusParagraph: number | null;
  /** The line the last jump (n / N, ] / [) landed on: marked in the margin, which needs no colour. */
  landed: number | null;
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
  /** B is not a version of A's story, only the closest article to it (`c` with nothing marked). */
  otherStory?: boolean;
}

/** Where typed text goes while the filter input is open. */
export type EditTarget = ListPaneId | 'reader' | 'overlay';

/** The text being typed and where the cursor stands in it (a code-unit offset). */
export interface EditLine {
  text: string;
  cursor: number;
}

/** Where the user is: what a jump leaves and Esc comes back to. */
export interface Place {
  pane: PaneId;
  reader: ReaderState | null;
  actorDetail: DetailState | null;
  chronologyDetail: DetailState | null;
  chronologyActor: string | null;
  compare: CompareState | null;
}

/** An overlay over the panes: help (opened on a scope, filterable) or the warnings. */
export interface OverlayState {
  kind: 'help' | 'warnings';
  top: number;
  filter: string;
}

/** The whole TUI state: plain data, changed only by the reducer. */
export interface AppState extends Place {
  lists: Record<ListPaneId, ListState>;
  editing: EditTarget | null;
  /** The cursor of the line being edited (its text lives in the list, reader or overlay it filters). */
  cursor: number;
  overlay: OverlayState | null;
  /** Places left by a jump, most recent last: Esc goes back to the last one. */
  history: Place[];
  /** Articles marked for comparison, oldest first; at most two. */
  marked: string[];
  /** How alike each measured pair's versions are (pair id → [0, 1]), measured after drawing. */
  similarity: Readonly<Record<string, number>>;
  /** A one-line message for the status bar ("Mark a second article to compare"). */
  message: string | null;
  /**
   * Citations asked for by y, Y or e, for the App to copy (OSC 52) or write to a file; `serial` tells a
   * new request from the last. Cleared by the `copied` action that reports how it went.
   */
  copy: { text: string; toFile: boolean; serial: number } | null;
  size: { columns: number; rows: number };
  quit: boolean;
  /** Set by Ctrl-Z: the App suspends the process and clears it. */
  suspend: boolean;
}

/** The state newsx starts in. */
export function initialState(size: { columns: number; rows: number }, firstIds: Partial<Record<ListPaneId, string>> = {}): AppState {
  const list = (pane: ListPaneId): ListState => ({ selectedId: firstIds[pane] ?? null, filter: '' });
  return {
    pane: 'articles',
    lists: { articles: list('articles'), actors: list('actors'), chronology: list('chronology'), compare: list('compare') },
    editing: null,
    cursor: 0,
    reader: null,
    actorDetail: null,
    chronologyDetail: null,
    chronologyActor: null,
    overlay: null,
    history: [],
    marked: [],
    similarity: {},
    compare: null,
    message: null,
    copy: null,
    size,
    quit: false,
    suspend: false,
  };
}
