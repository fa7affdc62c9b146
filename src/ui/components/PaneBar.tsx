import { Box, Text } from 'ink';
import { panes, type PaneId } from '../../state/app-state.js';
import { theme } from '../theme.js';

const TITLES: Record<PaneId, string> = { articles: 'Articles', actors: 'Actors', chronology: 'Chronology', compare: 'Compare' };

/** The pane bar: the four panes with their number keys, the current one highlighted. */
export function PaneBar({ current, corpusName, width }: { current: PaneId; corpusName: string; width: number }) {
  return (
    <Box width={width} height={1} overflow="hidden">
      <Text bold color={theme.accent}>newsx </Text>
      {panes.map((pane, i) => (
        <Text key={pane} inverse={pane === current} bold={pane === current}>{` ${i + 1} ${TITLES[pane]} `}</Text>
      ))}
      <Text color={theme.muted} wrap="truncate-start"> {corpusName}</Text>
    </Box>
  );
}

/** A pane's title, for the status bar. */
export function paneTitle(pane: PaneId): string {
  return TITLES[pane];
}
