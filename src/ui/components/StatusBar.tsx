import { Box, Text } from 'ink';
import { commands } from '../../keys/commands.js';
import { keymap, type Scope } from '../../keys/keymap.js';
import { keyLabel } from '../../keys/resolve.js';
import { textWidth, truncate } from '../text-width.js';
import { theme } from '../theme.js';

/** Short key hints for the scopes in focus, read from the keymap (moves and global keys are left to the help). */
export function keyHints(scopes: readonly Scope[]): string[] {
  const hints: string[] = [];
  for (const scope of scopes) {
    if (scope === 'global' || scope === 'move') continue;
    for (const binding of keymap[scope]) {
      if (binding.command.startsWith('edit.')) continue;
      hints.push(`${keyLabel(binding.keys[0]!)} ${commands[binding.command].short}`);
    }
  }
  return [...new Set(hints)];
}

const HELP = '? help';
const SEP = ' · ';

/**
 * The status bar's text in `width` cells: where you are, a message, the skipped files, as many hints as
 * fit whole, and always `? help` at the end. The place gives way first (cut with "…"), then hints.
 */
export function fitStatus(left: string, message: string | null, hints: readonly string[], skipped: number, width: number) {
  const tail = [...(skipped > 0 ? [`${skipped} skipped · w`] : []), HELP].join(SEP);
  const fixed = textWidth(tail) + 2;
  const shownMessage = message ? truncate(message, Math.max(0, width - fixed - 12)) : '';
  const placeRoom = Math.max(0, width - fixed - (shownMessage ? textWidth(shownMessage) + 2 : 0) - 2);
  const place = truncate(left, placeRoom);
  let room = width - 2 - textWidth(place) - (shownMessage ? textWidth(shownMessage) + 2 : 0) - fixed;
  const kept: string[] = [];
  for (const hint of hints) {
    const w = textWidth(hint) + SEP.length;
    if (w > room) break;
    kept.push(hint);
    room -= w;
  }
  return { place, message: shownMessage, hints: [...kept, tail].join(SEP) };
}

/** The status bar: where you are, counts, a message, skipped files, and the keys that matter here; never wider than the terminal. */
export function StatusBar({ left, hints, message, skipped, width }: { left: string; hints: readonly string[]; message: string | null; skipped: number; width: number }) {
  const fitted = fitStatus(left, message, hints, skipped, width);
  const used = 2 + textWidth(fitted.place) + (fitted.message ? textWidth(fitted.message) + 2 : 0) + textWidth(fitted.hints);
  return (
    <Box width={width} height={1} overflow="hidden">
      <Text inverse wrap="truncate-end">
        {` ${fitted.place} `}
        {fitted.message ? <Text color={theme.warning}>{` ${fitted.message} `}</Text> : null}
        <Text>{' '.repeat(Math.max(0, width - used))}{fitted.hints}</Text>
      </Text>
    </Box>
  );
}
