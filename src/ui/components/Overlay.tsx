import { Box, Text } from 'ink';
import type { OverlayModel } from '../models/types.js';
import { theme } from '../theme.js';
import { ScrollView } from './ScrollView.js';

/** A boxed, scrollable overlay (help, warnings) over the panes. */
export function Overlay({ model, width, height }: { model: OverlayModel; width: number; height: number }) {
  const { scroll } = model;
  const total = scroll.lines.length;
  const more = total > scroll.height ? `  ${scroll.top + 1}-${scroll.top + scroll.visible.length} of ${total} · ↑↓ G scroll` : '';
  return (
    <Box flexDirection="column" borderStyle="round" borderColor={theme.accent} width={width} height={height} paddingX={1}>
      <Text bold color={theme.accent} wrap="truncate-end">{model.title}<Text color={theme.muted}>{more} · / filter · Esc close</Text></Text>
      <ScrollView model={scroll} width={Math.max(1, width - 4)} renderLine={(line) => (
        <Text wrap="truncate-end" bold={line.tone === 'heading'}
          color={line.tone === 'muted' ? theme.muted : line.tone === 'warning' ? theme.warning : line.tone === 'heading' ? theme.accent : undefined}>
          {line.text || ' '}
        </Text>
      )} />
    </Box>
  );
}
