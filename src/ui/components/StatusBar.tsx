import { Box, Text } from 'ink';
import { commands } from '../../keys/commands.js';
import { keymap, type Scope } from '../../keys/keymap.js';
import { keyLabel } from '../../keys/resolve.js';
import { theme } from '../theme.js';

/** Short key hints for the scopes in focus, read from the keymap (global keys left to the help). */
export function keyHints(scopes: readonly Scope[], limit = 7): string {
  const hints: string[] = [];
  for (const scope of scopes) {
    if (scope === 'global') continue;
    for (const binding of keymap[scope]) {
      if (binding.command.startsWith('move.')) continue;
      hints.push(`${keyLabel(binding.keys[0]!)} ${commands[binding.command].short}`);
    }
  }
  return [...new Set(hints)].slice(0, limit).concat('? help').join(' · ');
}

/** The status bar: where you are, counts, the filter, a message, and the keys that matter here. */
export function StatusBar({ left, hints, message, width }: { left: string; hints: string; message: string | null; width: number }) {
  return (
    <Box width={width} height={1} overflow="hidden">
      <Text inverse wrap="truncate-end">
        {` ${left} `}
        {message ? <Text color={theme.warning}>{` ${message} `}</Text> : null}
        <Text>{` ${hints}`.padEnd(Math.max(0, width))}</Text>
      </Text>
    </Box>
  );
}
