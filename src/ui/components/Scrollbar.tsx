import { Box, Text } from 'ink';
import { scrollbar } from '../models/scroll.js';
import { theme } from '../theme.js';

/** A one-cell scrollbar: a track with a thumb where the window stands; nothing when everything fits. */
export function Scrollbar({ total, start, height }: { total: number; start: number; height: number }) {
  const bar = scrollbar(total, start, height);
  if (!bar) return null;
  return (
    <Box flexDirection="column" width={1} height={height} flexShrink={0}>
      {Array.from({ length: height }, (_, i) => (
        <Text key={i} color={theme.muted}>{i >= bar.from && i < bar.to ? '█' : '│'}</Text>
      ))}
    </Box>
  );
}
