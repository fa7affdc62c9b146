import { Box, Text, useApp, useInput, useStdin, useStdout } from 'ink';
import { useEffect, useMemo, useReducer } from 'react';
import { alignmentSimilarity } from '../core/compare/index.js';
import type { Corpus } from '../core/types.js';
import { mouseReport } from '../keys/mouse.js';
import { keyNames } from '../keys/resolve.js';
import { initialState } from '../state/app-state.js';
import { scopesOf, viewOf } from '../state/focus.js';
import { editedText } from '../state/reducer.js';
import { FilterLine } from './components/FilterLine.js';
import { Overlay } from './components/Overlay.js';
import { PaneBar, paneTitle } from './components/PaneBar.js';
import { keyHints, StatusBar } from './components/StatusBar.js';
import { CorpusIndex } from './corpus-index.js';
import { appReducer } from './layout.js';
import { MIN_SIZE, PaneModels, paneBox, showsFilterLine, tooSmall } from './models/index.js';
import { PaneView } from './panes/PaneView.js';
import { osc52 } from './clipboard.js';
import { suspendProcess } from './suspend.js';

export { MIN_SIZE };

/** Pairs measured in one go after a frame: enough for a screenful, little enough to keep input quick. */
const MEASURE_BATCH = 12;

/** Props of App. */
export interface AppProps {
  corpus: Corpus;
  /** Size to start with (tests); otherwise the terminal's. */
  size?: { columns: number; rows: number };
  /** Called once when the user quits. */
  onQuit?: () => void;
  /** Keys typed while the corpus loaded, replayed once on the first frame. */
  typeahead?: readonly string[];
  /** Ctrl-Z: stops the process until the shell continues it (tests pass their own). */
  onSuspend?: () => Promise<void>;
  /** Where y / Y / e send citations (tests pass their own; by default OSC 52 on the terminal, no file). */
  citations?: CitationSink;
}

/** Where the explorer's citations go: the terminal clipboard, or a file named back to the user. */
export interface CitationSink {
  /** Sends text to the clipboard; false when it is too long for the terminal to take (default: OSC 52 on Ink's stdout). */
  copy?: (text: string) => boolean;
  /** Appends text to a citations file; gives the file's path. */
  save?: (text: string) => string;
}

/** The explorer: owns the state, the one `useInput`, and lays out the pane bar, the pane and the status bar. */
export function App({ corpus, size, onQuit, typeahead, onSuspend, citations }: AppProps) {
  const { stdout } = useStdout();
  const { setRawMode } = useStdin();
  const { exit } = useApp();
  const models = useMemo(() => new PaneModels(corpus, new CorpusIndex(corpus)), [corpus]);
  const skipped = useMemo(() => corpus.warnings.filter((w) => w.skipped).length, [corpus]);
  const start = size ?? { columns: stdout.columns || 80, rows: stdout.rows || 24 };
  const reducer = useMemo(() => appReducer(models), [models]);
  const [state, dispatch] = useReducer(reducer, undefined, () => initialState(start));

  useEffect(() => {
    if (size) return;
    const onResize = () => dispatch({ type: 'resize', columns: stdout.columns, rows: stdout.rows });
    stdout.on('resize', onResize);
    return () => void stdout.off('resize', onResize);
  }, [stdout, size]);

  useEffect(() => {
    if (!state.quit) return;
    onQuit?.();
    exit();
  }, [state.quit, exit, onQuit]);

  useEffect(() => {
    if (!state.suspend) return;
    const suspend = onSuspend ?? (() => suspendProcess(setRawMode, (text) => stdout.write(text)));
    void suspend().then(() => dispatch({ type: 'resumed' }));
  }, [state.suspend, onSuspend, setRawMode, stdout]);

  // y, Y and e: the reducer says what to copy; sending it is a side effect, reported back as a message.
  useEffect(() => {
    const asked = state.copy;
    if (!asked) return;
    const copy = citations?.copy ?? ((text: string) => {
      const bytes = osc52(text);
      if (bytes) stdout.write(bytes);
      return bytes !== null;
    });
    const save = citations?.save;
    const lines = asked.text.split('\n').length;
    const what = lines === 1 ? 'the citation' : `${lines} lines of citations`;
    let message: string;
    if (asked.toFile) {
      try {
        message = save ? `Wrote ${what} to ${save(asked.text)}` : 'Writing citations to a file is not available here';
      } catch (error) {
        message = `Could not write the citations: ${(error as Error).message}`;
      }
    } else {
      message = copy(asked.text) ? `Copied ${what} (terminal clipboard) · e writes it to a file` : 'Too long for the terminal clipboard: e writes it to a file';
    }
    dispatch({ type: 'copied', message });
  }, [state.copy, citations, stdout]);

  useEffect(() => {
    for (const name of typeahead ?? []) dispatch({ type: 'replay', name });
    // Once, on mount: later keys arrive through useInput.
  }, []);

  useInput((input, key) => {
    const report = mouseReport(input);
    if (report) return dispatch({ type: 'mouse', report });
    for (const name of keyNames(input, key)) dispatch({ type: 'key', name });
  });

  const small = tooSmall(state);
  const model = small ? null : models.pane(state);
  const overlay = small ? null : models.overlay(state);

  // Measuring a pair aligns two articles: done after the frame is drawn, a batch at a time, and fed
  // back as an action, so the order of the list is a function of the state.
  const unmeasured = model?.view === 'pairs' ? model.unmeasured : null;
  useEffect(() => {
    if (!unmeasured || unmeasured.length === 0) return;
    const timer = setTimeout(() => {
      const similarity: Record<string, number> = {};
      for (const id of unmeasured.slice(0, MEASURE_BATCH)) {
        const pair = models.index.pairById.get(id);
        if (pair) similarity[id] = alignmentSimilarity(pair.a, pair.b);
      }
      dispatch({ type: 'measured', similarity });
    }, 0);
    return () => clearTimeout(timer);
  }, [unmeasured, models]);

  const { columns, rows } = state.size;
  if (small) {
    return (
      <Box width={columns} flexDirection="column">
        <Text wrap="wrap">newsx needs a terminal of at least {MIN_SIZE.columns}x{MIN_SIZE.rows}; this one is {columns}x{rows}. Enlarge it, or press q to quit.</Text>
      </Box>
    );
  }
  // One row less than the terminal: a frame as tall as the screen makes Ink clear it (flicker).
  const height = rows - 1;
  const box = paneBox(state);
  const searching = state.editing === 'reader' || (!state.editing && !state.overlay && viewOf(state) === 'reader');
  const label = searching ? 'Search:' : 'Filter:';
  const filterValue = state.editing ? editedText(state) : state.overlay ? state.overlay.filter : state.reader && state.pane === 'articles' ? state.reader.search : state.lists[state.pane].filter;
  const status = overlay ? `${overlay.title} · ${overlay.scroll.lines.length} lines` : `${paneTitle(state.pane)} · ${model!.status}`;
  return (
    <Box flexDirection="column" width={columns} height={height}>
      <PaneBar current={state.pane} corpusName={corpus.root} width={columns} />
      {showsFilterLine(state) && <FilterLine label={label} value={filterValue} cursor={state.cursor} editing={state.editing !== null} width={columns} />}
      <Box height={box.height} flexDirection="column">
        {overlay ? <Overlay model={overlay} width={columns} height={box.height} /> : <PaneView model={model!} width={columns} height={box.height} />}
      </Box>
      <StatusBar left={status} hints={keyHints(scopesOf(state))} message={state.message} skipped={skipped} width={columns} />
    </Box>
  );
}
