import { Box, Text, useInput } from 'ink';
import { describeProgress, loadFraction, type LoadProgress } from '../core/progress.js';
import { visibleText } from '../core/text/safe.js';
import { keyNames } from '../keys/resolve.js';
import { theme } from './theme.js';
import { truncate } from './text-width.js';

/** Props of Loading. */
export interface LoadingProps {
  corpusName: string;
  progress: LoadProgress | null;
  width: number;
  /** Every key typed while loading, named as the keymap names them: the explorer quits or keeps them to replay. */
  onKeys: (names: string[]) => void;
}

/** A progress bar of `width` cells for a fraction from 0 to 1. */
export function progressBar(fraction: number, width: number): string {
  const filled = Math.round(Math.max(0, Math.min(1, fraction)) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

/**
 * What the explorer shows while the corpus loads in a worker: a bar with the stage and its counts.
 * Keys go to the explorer (q and Ctrl-C quit; the rest wait for the corpus).
 */
export function Loading({ corpusName, progress, width, onKeys }: LoadingProps) {
  useInput((input, key) => onKeys(keyNames(input, key)));
  const barWidth = Math.max(10, Math.min(50, width - 10));
  const fraction = progress ? loadFraction(progress) : 0;
  return (
    <Box flexDirection="column" width={width}>
      <Text>
        <Text bold color={theme.accent}>newsx </Text>
        <Text color={theme.muted}>{truncate(`loading ${visibleText(corpusName)}`, Math.max(1, width - 7))}</Text>
      </Text>
      <Text> </Text>
      <Text>  {progressBar(fraction, barWidth)} {String(Math.round(fraction * 100)).padStart(3)}%</Text>
      <Text>  {truncate(progress ? describeProgress(progress) : 'starting…', Math.max(1, width - 3))}</Text>
      <Text> </Text>
      <Text color={theme.muted}>  q quit</Text>
    </Box>
  );
}
