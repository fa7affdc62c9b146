import { Box } from 'ink';
import type { ReactNode } from 'react';
import type { ScrollModel } from '../models/scroll.js';
import { Scrollbar } from './Scrollbar.js';

/** Props of ScrollView. */
export interface ScrollViewProps<Line> {
  model: ScrollModel<Line>;
  width: number;
  /** Draws one line; `index` is its place among all the lines. */
  renderLine: (line: Line, index: number) => ReactNode;
}

/** Draws a scroll model: the lines in view and a scrollbar, for the reader, the details, the comparison and overlays. */
export function ScrollView<Line>({ model, width, renderLine }: ScrollViewProps<Line>) {
  const bar = model.lines.length > model.height;
  const lineWidth = bar ? width - 1 : width;
  return (
    <Box flexDirection="row" height={model.height} width={width}>
      <Box flexDirection="column" width={lineWidth}>
        {model.visible.map((line, i) => (
          <Box key={model.top + i} height={1} width={lineWidth} overflow="hidden">{renderLine(line, model.top + i)}</Box>
        ))}
      </Box>
      {bar && <Scrollbar total={model.lines.length} start={model.top} height={model.height} />}
    </Box>
  );
}
