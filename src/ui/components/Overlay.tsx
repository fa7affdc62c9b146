import { Box, Text } from 'ink';
import { theme } from '../theme.js';
import { pad } from '../text-width.js';

/** One line of an overlay. */
export interface OverlayLine {
  text: string;
  tone?: 'heading' | 'muted' | 'warning' | 'normal';
}

/** A boxed, scrollable overlay (help, warnings) over the panes. */
export function Overlay({ title, lines, top, width, height }: { title: string; lines: readonly OverlayLine[]; top: number; width: number; height: number }) {
  const inner = Math.max(1, height - 2);
  const start = Math.min(top, Math.max(0, lines.length - inner));
  const visible = lines.slice(start, start + inner);
  const more = lines.length > inner ? `  ${start + 1}-${start + visible.length} of ${lines.length} · ↑↓ scroll` : '';
  return (
    <Box flexDirection="column" borderStyle="round" borderColor={theme.accent} width={width} height={height} paddingX={1}>
      <Text bold color={theme.accent} wrap="truncate-end">{title}<Text color={theme.muted}>{more} · Esc close</Text></Text>
      {visible.slice(0, inner - 1).map((line, i) => (
        <Text key={start + i} wrap="truncate-end" bold={line.tone === 'heading'}
          color={line.tone === 'muted' ? theme.muted : line.tone === 'warning' ? theme.warning : line.tone === 'heading' ? theme.accent : undefined}>
          {pad(line.text, Math.max(1, width - 4))}
        </Text>
      ))}
    </Box>
  );
}
