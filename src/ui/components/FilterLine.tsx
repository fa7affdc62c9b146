import { Box, Text } from 'ink';
import { safeText } from '../../core/text/safe.js';
import { textWidth } from '../text-width.js';
import { theme } from '../theme.js';

/**
 * The filter line: the text being typed with its cursor (readline keys edit it; see the keymap), or
 * the kept filter with how to change it. Long text scrolls so the cursor stays in view.
 */
export function FilterLine({ label, value, cursor, editing, width }: {
  label: string; value: string; cursor: number; editing: boolean; width: number;
}) {
  const text = safeText(value);
  if (!editing) {
    return (
      <Box width={width} height={1} overflow="hidden">
        <Text wrap="truncate-end"><Text color={theme.accent} bold>{label} </Text>{text}<Text color={theme.muted}>{'  (/ edit · Esc clear)'}</Text></Text>
      </Box>
    );
  }
  const at = Math.min(cursor, text.length);
  const room = Math.max(4, width - textWidth(label) - 2);
  // Keep the cursor in view: show the end of what is before it when the line is longer than the room.
  let before = text.slice(0, at);
  while (textWidth(before) > room - 1 && before.length > 0) before = before.slice(1);
  const under = text.slice(at, at + 1) || ' ';
  const after = text.slice(at + 1);
  return (
    <Box width={width} height={1} overflow="hidden">
      <Text wrap="truncate-end">
        <Text color={theme.accent} bold>{label} </Text>
        {before}<Text inverse>{under}</Text>{after}
        {text === '' ? <Text color={theme.muted}>{' type to filter · Enter keep · Esc clear'}</Text> : null}
      </Text>
    </Box>
  );
}
