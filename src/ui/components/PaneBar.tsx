import { Box, Text } from 'ink';
import { panes, type PaneId } from '../../state/app-state.js';
import { visibleText } from '../../core/text/safe.js';
import { theme } from '../theme.js';

const TITLES: Record<PaneId, string> = { articles: 'Articles', actors: 'Actors', chronology: 'Chronology', compare: 'Compare' };
const SHORT: Record<PaneId, string> = { articles: 'Art', actors: 'Act', chronology: 'Chron', compare: 'Cmp' };

/** Below this width the other panes' tabs shorten, so all four always show in full words or short ones. */
const NARROW = 72;

/** The pane bar: the four panes with their number keys, the current one highlighted; the corpus folder gives way first. */
export function PaneBar({ current, corpusName, width }: { current: PaneId; corpusName: string; width: number }) {
  return (
    <Box width={width} height={1} overflow="hidden">
      <Box flexShrink={0}>
        <Text bold color={theme.accent}>newsx </Text>
        {panes.map((pane, i) => {
          const title = pane === current || width >= NARROW ? TITLES[pane] : SHORT[pane];
          return <Text key={pane} inverse={pane === current} bold={pane === current}>{` ${i + 1} ${title} `}</Text>;
        })}
      </Box>
      <Box flexShrink={1} overflow="hidden">
        <Text color={theme.muted} wrap="truncate-start"> {visibleText(corpusName)}</Text>
      </Box>
    </Box>
  );
}

/** The pane whose tab is at column `x` (0-based) of the pane bar, or null. */
export function tabAt(x: number, current: PaneId, width: number): PaneId | null {
  let at = 'newsx '.length;
  for (const [i, pane] of panes.entries()) {
    const title = pane === current || width >= NARROW ? TITLES[pane] : SHORT[pane];
    const cells = ` ${i + 1} ${title} `.length;
    if (x >= at && x < at + cells) return pane;
    at += cells;
  }
  return null;
}

/** A pane's title, for the status bar. */
export function paneTitle(pane: PaneId): string {
  return TITLES[pane];
}
