import { Box, Text, useApp, useInput, useStdout } from 'ink';
import { useEffect, useMemo, useReducer } from 'react';
import type { Corpus } from '../core/types.js';
import { keyNames } from '../keys/resolve.js';
import { initialState } from '../state/app-state.js';
import { scopesOf } from '../state/focus.js';
import { FilterLine } from './components/FilterLine.js';
import { Overlay } from './components/Overlay.js';
import { PaneBar, paneTitle } from './components/PaneBar.js';
import { keyHints, StatusBar } from './components/StatusBar.js';
import { CorpusIndex } from './corpus-index.js';
import { helpLines, warningLines } from './overlays.js';
import { paneFunctions } from './panes/registry.js';
import { appReducer, isFiltered, MIN_SIZE, paneBox } from './layout.js';

export { MIN_SIZE };

/** Props of App. */
export interface AppProps {
  corpus: Corpus;
  /** Size to start with (tests); otherwise the terminal's. */
  size?: { columns: number; rows: number };
  /** Called once when the user quits. */
  onQuit?: () => void;
  /** Keys typed while the corpus loaded, replayed once on the first frame. */
  typeahead?: readonly string[];
}

/** The explorer: owns the state, the one `useInput`, and lays out the pane bar, the pane and the status bar. */
export function App({ corpus, size, onQuit, typeahead }: AppProps) {
  const { stdout } = useStdout();
  const { exit } = useApp();
  const index = useMemo(() => new CorpusIndex(corpus), [corpus]);
  const start = size ?? { columns: stdout.columns || 80, rows: stdout.rows || 24 };
  const reducer = useMemo(() => appReducer(corpus, index), [corpus, index]);
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

  const { columns, rows } = state.size;
  // One row less than the terminal: a frame as tall as the screen makes Ink clear it (flicker).
  const height = rows - 1;
  const showFilter = state.editing !== null || isFiltered(state);
  const paneHeight = paneBox(state).height;
  const tooSmall = columns < MIN_SIZE.columns || rows < MIN_SIZE.rows;
  const view = tooSmall ? null : paneFunctions[state.pane]({ corpus, index, state, width: columns, height: paneHeight });
  const overlayLines = state.overlay?.kind === 'help' ? helpLines() : state.overlay ? warningLines(corpus) : [];

  useEffect(() => {
    for (const name of typeahead ?? []) dispatch({ type: 'replay', name });
    // Once, on mount: later keys arrive through useInput.
  }, []);

  useInput((input, key) => {
    for (const name of keyNames(input, key)) dispatch({ type: 'key', name });
  });

  if (tooSmall) {
    return (
      <Box width={columns} flexDirection="column">
        <Text wrap="wrap">newsx needs a terminal of at least {MIN_SIZE.columns}x{MIN_SIZE.rows}; this one is {columns}x{rows}. Enlarge it, or press q to quit.</Text>
      </Box>
    );
  }
  const filterValue = state.editing === 'reader' ? state.reader?.search ?? '' : state.lists[state.pane].filter;
  const status = `${paneTitle(state.pane)} · ${view!.status}`;
  return (
    <Box flexDirection="column" width={columns} height={height}>
      <PaneBar current={state.pane} corpusName={corpus.root} width={columns} />
      {showFilter && (
        <FilterLine label={state.editing === 'reader' ? 'Search:' : 'Filter:'} value={filterValue} editing={state.editing !== null}
          onChange={(text) => dispatch({ type: 'filterText', text })} width={columns} />
      )}
      <Box height={paneHeight} flexDirection="column">
        {state.overlay
          ? <Overlay title={state.overlay.kind === 'help' ? 'Keys' : 'Warnings'} lines={overlayLines} top={state.overlay.top} width={columns} height={paneHeight} />
          : view!.element}
      </Box>
      <StatusBar left={status} hints={keyHints(scopesOf(state))} message={state.message} width={columns} />
    </Box>
  );
}
