import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { ListModel } from '../models/list.js';
import { theme } from '../theme.js';
import { Scrollbar } from './Scrollbar.js';

/** Props of ListView. */
export interface ListViewProps<Row> {
  model: ListModel<Row>;
  width: number;
  renderRow: (row: Row, selected: boolean, width: number) => ReactNode;
}

/** Draws a list model: banner, column header, the rows in view and a scrollbar; knows nothing of keys or of the corpus. */
export function ListView<Row>({ model, width, renderRow }: ListViewProps<Row>) {
  const bar = model.rowCount > model.height;
  const rowWidth = bar ? width - 1 : width;
  return (
    <Box flexDirection="column" width={width}>
      {model.banner && <Box height={1} overflow="hidden"><Text color={theme.accent} wrap="truncate-end">{model.banner}</Text></Box>}
      {model.header && <Box height={1} width={width} overflow="hidden"><Text color={theme.muted} bold wrap="truncate-end">{model.header}</Text></Box>}
      {model.ids.length === 0
        ? <Box height={model.height}><Text dimColor wrap="wrap">{model.empty}</Text></Box>
        : (
          <Box flexDirection="row" height={model.height}>
            <Box flexDirection="column" width={rowWidth}>
              {model.visible.map(({ row, selected }, i) => (
                <Box key={model.start + i} width={rowWidth} height={1} overflow="hidden">{renderRow(row, selected, rowWidth)}</Box>
              ))}
            </Box>
            {bar && <Scrollbar total={model.rowCount} start={model.start} height={model.height} />}
          </Box>
        )}
    </Box>
  );
}
