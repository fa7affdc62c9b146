import { Box, Text } from 'ink';
import TextInput from 'ink-text-input';
import { safeText } from '../../core/text/safe.js';
import { theme } from '../theme.js';

/** Typed or pasted text as a filter can hold it: one line, no control characters. */
export function filterTextOf(typed: string): string {
  return safeText(typed).replace(/[\n\t]+/g, ' ');
}

/** The filter line: an input while typing, or the kept filter with how to clear it. */
export function FilterLine({ label, value, editing, onChange, width }: {
  label: string; value: string; editing: boolean; onChange: (text: string) => void; width: number;
}) {
  return (
    <Box width={width} height={1} overflow="hidden">
      <Text color={theme.accent} bold>{label} </Text>
      {editing
        ? <TextInput value={value} onChange={(text) => onChange(filterTextOf(text))} showCursor placeholder="type to filter · Enter keep · Esc clear" />
        : <Text>{value}<Text color={theme.muted}>{'  (/ edit · Esc clear)'}</Text></Text>}
    </Box>
  );
}
