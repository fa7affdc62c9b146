import { Box, Text } from 'ink';
import type { ReactNode } from 'react';

/** Props of ListWindow. */
export interface ListWindowProps<Row> {
  rows: readonly Row[];
  selected: number;
  height: number;
  width: number;
  renderRow: (row: Row, selected: boolean, width: number) => ReactNode;
  empty?: string;
}

/** Which rows a window of `height` shows so that `selected` is in view, roughly centred when scrolling. */
export function windowStart(count: number, selected: number, height: number): number {
  if (count <= height) return 0;
  const half = Math.floor(height / 2);
  return Math.min(Math.max(0, selected - half), count - height);
}

/** A windowed list: only the visible rows render, whatever the list's length. */
export function ListWindow<Row>({ rows, selected, height, width, renderRow, empty }: ListWindowProps<Row>) {
  if (rows.length === 0) return <Box height={height}><Text dimColor>{empty ?? 'Nothing to show.'}</Text></Box>;
  const start = windowStart(rows.length, selected, height);
  const visible = rows.slice(start, start + height);
  return (
    <Box flexDirection="column" height={height}>
      {visible.map((row, i) => (
        <Box key={start + i} width={width} height={1} overflow="hidden">
          {renderRow(row, start + i === selected, width)}
        </Box>
      ))}
    </Box>
  );
}
